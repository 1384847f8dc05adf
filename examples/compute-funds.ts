/**
 * `npx tsx examples/compute-funds.ts`: a community's work funds (社区工作经费) in 2011 and in 2013, with the
 * worked notes. The standard changed in 2012 from 8,000 元 per 100 registered (户籍) households to 15,000 元 per
 * 100 resident (常住) households (report, paragraph 7).
 */
import { communityWorkFunds } from '../src/calculators/index.js';
import { explain } from '../src/index.js';
import { formatMoney, subtract } from '../src/money/index.js';

// An illustrative community of 7,500 households, registered and resident alike (炎武社区 was planned for 7,500).
const community = { id: 'example', name: '示例社区', households: { registered: 7_500, resident: 7_500 } };

const before = communityWorkFunds(community, { asOf: '2011-06-30' });
const after = communityWorkFunds(community, { asOf: '2013-06-30' });

for (const result of [before, after]) {
  console.log(explain(result));
  console.log();
  console.log(explain(result, { locale: 'en' }));
  console.log();
}

if (before.ok && after.ok) {
  const change = subtract(after.value, before.value);
  console.log(`2011 → 2013: ${formatMoney(before.value)} → ${formatMoney(after.value)}(增加 ${formatMoney(change)})`);
  console.log(`2011 → 2013: ${formatMoney(before.value, { locale: 'en' })} → ${formatMoney(after.value, { locale: 'en' })} (up ${formatMoney(change, { locale: 'en' })})`);
}
