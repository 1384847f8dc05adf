/**
 * Profile resolution and money arithmetic: calls per second, and the evidence that `check` resolves each
 * parameter once per run (its cache), not once per record.
 *
 * Run alone: `npx tsx bench/profile-money.bench.ts` (or `npm run bench -- profile-money`).
 */
import { generateDataset } from '../src/datasets/generate.js';
import { add, allocate, formatMoney, money, multiply, parseMoney, subtract, sum, yuan, type Money } from '../src/money/index.js';
import { check, findParameter, kunshan, parameter, rules, type Profile, type ResolvedParameter, type Rule } from '../src/index.js';
import { interleaved, table, type Case } from './harness.js';

let sink = 0;
/** A case of `iterations` calls of `fn` (timed by `interleaved`: the median of 5 rounds after a warm-up). */
const calls = (name: string, iterations: number, fn: (i: number) => unknown): Case => ({
  name,
  items: iterations,
  fn: () => {
    for (let i = 0; i < iterations; i++) if (fn(i) === undefined) sink++;
  },
});

const out: string[] = ['## Profile resolution and money\n'];

// --- parameters
const asOf = '2013-06-30';
const cache = new Map<string, ResolvedParameter>([['hall.minServiceItems', parameter(kunshan, 'hall.minServiceItems', asOf)]]);
const date = new Date('2013-06-30T04:00:00Z');
const N = 200_000;
const paramRows = interleaved([
  calls('baseline: `Map.get` of a resolved parameter (what a cached read costs)', N, () => cache.get('hall.minServiceItems')),
  calls("`parameter(kunshan, 'hall.minServiceItems', '2013-06-30')`", N, () => parameter(kunshan, 'hall.minServiceItems', asOf)),
  calls("`parameter(kunshan, 'funding.communityWork', '2013-06-30')` (dated values, a citation)", N, () => parameter(kunshan, 'funding.communityWork', asOf)),
  calls('`parameter(…)` with a `Date` (read in Asia/Shanghai)', N, () => parameter(kunshan, 'hall.minServiceItems', date)),
  calls("`findParameter(kunshan, 'area.perHundredHouseholds')` (inherited from `national`)", N, () => findParameter(kunshan, 'area.perHundredHouseholds')),
], 5);
out.push(`### Resolving a parameter\n\n${table(paramRows, 'calls')}\n`);

// --- what check does with them: count reads by rules and resolutions by the engine
function counting(profile: Profile, resolutions: Map<string, number>): Profile {
  const parameters = Object.fromEntries(
    Object.entries(profile.parameters).map(([id, d]) => [
      id,
      new Proxy(d, {
        get(t, k, r) {
          if (k === 'values') resolutions.set(id, (resolutions.get(id) ?? 0) + 1);
          return Reflect.get(t, k, r) as unknown;
        },
      }),
    ]),
  );
  return { ...profile, parameters, ...(profile.extends !== undefined && { extends: counting(profile.extends, resolutions) }) };
}
const COMMUNITIES = 10_000;
const dataset = generateDataset({ communities: COMMUNITIES, seed: 1 });
const resolutions = new Map<string, number>();
let reads = 0;
const countedRules = rules.map(
  (rule): Rule => ({
    ...rule,
    check: (subject, context) =>
      rule.check(subject as never, {
        ...context,
        param(id) {
          reads++;
          return context.param(id);
        },
      }),
  }),
);
const start = performance.now();
check(dataset, { asOf, profile: counting(kunshan, resolutions), rules: countedRules });
const checkMs = performance.now() - start;
const resolved = [...resolutions.values()].reduce((a, b) => a + b, 0);
const perCall = (paramRows[1]?.medianMs ?? 0) / N;
out.push(
  `### Parameters in a \`check\` run\n\n` +
    `\`check\` on ${COMMUNITIES.toLocaleString('en')} generated communities, every rule (rules wrapped to count their \`context.param\` reads; ` +
    `a profile copy that counts resolutions, i.e. reads of a definition's dated values):\n\n` +
    `| parameter reads by rules | resolutions by the engine | distinct parameters | reads per resolution |\n|---:|---:|---:|---:|\n` +
    `| ${reads.toLocaleString('en')} | ${resolved.toLocaleString('en')} | ${resolutions.size} | ${Math.round(reads / resolved).toLocaleString('en')} |\n\n` +
    `Each parameter is resolved once per run (test/robustness/parameter-cache.test.ts asserts it). Resolving on every read instead would ` +
    `have cost about ${Math.round(reads * perCall).toLocaleString('en')} ms more, against ${Math.round(checkMs).toLocaleString('en')} ms for the whole run.\n`,
);

// --- money
const a = money(123_456_789);
const b = money(987_654);
const amounts: Money[] = Array.from({ length: 100 }, (_, i) => money(i * 1_234 + 5));
const M = 1_000_000;
const moneyRows = interleaved([
  calls('baseline: plain `number` addition with a safe-integer check', M, (i) => (Number.isSafeInteger(i + 123_456_789) ? i : undefined)),
  calls('`add(a, b)`', M, () => add(a, b)),
  calls('`subtract(a, b)`', M, () => subtract(a, b)),
  calls("`multiply(a, { numerator: 7_500, denominator: 100 }, 'half-up')`", M, () => multiply(a, { numerator: 7_500, denominator: 100 }, 'half-up')),
  calls("`multiply(a, 3, 'half-even')`", M, () => multiply(a, 3, 'half-even')),
  calls('`allocate(a, [1, 1, 1])`', M / 10, () => allocate(a, [1, 1, 1])),
  calls('`allocate(a, [weights × 10])`', M / 10, () => allocate(a, [5, 3, 2, 7, 1, 1, 4, 9, 2, 6])),
  calls('`sum(100 amounts)`', M / 100, () => sum(amounts)),
  calls('`yuan(1370)`', M, () => yuan(1370)),
  calls("`yuan('1370.50')`", M / 10, () => yuan('1370.50')),
  calls("`parseMoney('3.4亿元')`", M / 10, () => parseMoney('3.4亿元')),
  calls('`formatMoney(a)` (zh-CN, unit chosen)', M / 10, () => formatMoney(a)),
  calls("`formatMoney(a, { locale: 'en' })`", M / 10, () => formatMoney(a, { locale: 'en' })),
], 5);
out.push(
  `### Money (integer fen; BigInt where a product or a share needs it)\n\n${table(moneyRows, 'calls')}\n\n` +
    'The baseline is the floor of any checked integer arithmetic; the money functions also check their arguments, freeze their results and, ' +
    'for multiplication and allocation, compute in BigInt so that no fen is lost (test/robustness/money-conservation.test.ts).\n',
);

console.log(out.join('\n'));
if (sink < 0) console.log(sink);
