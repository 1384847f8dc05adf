/**
 * `npx tsx examples/validate-record.ts`: validate one community record — a good one (千灯大潭村, with the report's
 * figures) and a broken one — and print the issues in Chinese and in English. Validation never throws on data:
 * it returns `{ ok, value }` or `{ ok, issues }`, each issue with a code, a path and a message.
 */
import { validateRecord } from '../src/index.js';

// 千灯大潭村: 481 households, 1,603 people (report, paragraph 2).
const datan = {
  id: 'qiandeng-datan',
  name: '千灯大潭村',
  kind: 'rural',
  model: 'pure-rural',
  town: '千灯镇',
  households: { registered: 481 },
  population: { registered: 1603 },
};

// The same community typed in carelessly: a negative household count, a kind that does not exist, a population
// given as text, a field the model does not know, and no name at all.
const broken: unknown = {
  id: 'qiandeng-datan',
  kind: 'village',
  model: 'pure-rural',
  households: { registered: -481 },
  population: { registered: '1603' },
  mayor: '王',
};

const before = JSON.stringify(broken);

const good = validateRecord('community', datan);
console.log(good.ok ? `✓ ${good.value.name}: 校验通过 / valid` : '✗ unexpected');

for (const locale of ['zh-CN', 'en'] as const) {
  const result = validateRecord('community', broken, { locale });
  console.log();
  console.log(locale === 'zh-CN' ? `✗ 有 ${result.issues.length} 个问题:` : `✗ ${result.issues.length} issues:`);
  for (const issue of result.issues) console.log(`  [${issue.code}] ${issue.message}`);
}

// Validation never changes its input.
console.log();
console.log(JSON.stringify(broken) === before ? '输入未被修改 / input unchanged' : 'input changed!');
