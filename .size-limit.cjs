// Size budgets per entry of the built ESM output, in size-limit's config format. They are measured by
// `npm run size` (scripts/size.ts, esbuild + brotli, dependencies included) because size-limit 14 needs Node 22;
// on Node 22 `npx size-limit` reads this same file. Paths come from package.json's "exports", so the budgets follow
// the build layout. Importing one function must bring only what it needs: see test/package/tree-shake.test.ts.
// Measured (brotli) when set, about 15% below each limit: main 75.8 kB, time 32.1 kB (chinese-days is 24 kB of
// it minified), datasets 46.7 kB, interop 52.9 kB, geo 5.1 kB, communityWorkFunds 14.8 kB, validateRecord 28.7 kB.
// Remeasured when the 1.0 entries were split out of the main entry (issue 18): main 60.8 kB, models 28.7 kB,
// money 3.0 kB, calculators 51.2 kB, statistics 43.7 kB, access 42.5 kB, ledgers 41.9 kB, communityWorkFunds
// 16.7 kB (from community-standards/calculators); report 43.5 kB (zod and the record kinds for its schema,
// string-width for the text tables). scale 62.2 kB when added (issue 19: it runs `check` with every rule and zod).
// Issue 19 added the validators compiled ahead of time from the JSON Schemas (src/validation/compiled.ts, generated
// by Ajv's standalone code): 7.7 kB brotli (76 kB minified) wherever validation goes. Measured then: main 71.3 kB,
// interop 67.6 kB, ledgers 48.7 kB, validateRecord alone 36.5 kB; their limits were raised by that cost (scale's too).
// Issue 20 (property management and brands) added two record kinds (their schemas, descriptions and compiled
// validators) and seven cited parameters to the Kunshan profile: interop measured 72.4 kB, so its limit is 75 kB.
// Issue 21 added community-standards/xlsx: exceljs's browser build alone is 180 kB brotli (862 kB minified), the
// reason the entry stays out of the main one. Measured when added: 247.3 kB (1,080 kB minified; zod and the models
// make the rest).
// Issue 20 (matching): the default rule set gained service.needs-matched, which runs the matching core (candidate
// pairs with kdbush, the min-cost-flow solver, the reasons' messages) on the validated dataset: the main entry
// measured 79.1 kB with it (over the 78 kB limit), so its limit was raised to 81 kB; community-standards/matching
// 42.3 kB (it validates its input, so it brings zod and the compiled validators), limit 45 kB.
// After the three issue-20 merges (2026-12-04): main 86.6 kB (the three new record kinds, the new fields and their
// compiled validators, nine new rules with their messages and cited parameters, and service.needs-matched bringing
// the matching solver and kdbush into the default rule set), datasets 56.8 kB, interop 75.2 kB, rules 53.1 kB, scale
// 84.5 kB, communityWorkFunds alone 19.3 kB (the larger Kunshan profile); each limit set about 4% above.
const { exports: map } = require('./package.json');

/** The ESM file an application's bundler gets for a subpath of the package (the `module` condition). */
const esm = (subpath) => map[subpath].import.module.replace(/^\.\//, '');

module.exports = [
  { name: 'community-standards (the whole main entry)', path: esm('.'), limit: '90 kB' },
  { name: 'community-standards/time', path: esm('./time'), limit: '38 kB' },
  { name: 'community-standards/datasets', path: esm('./datasets'), limit: '59 kB' },
  { name: 'community-standards/interop', path: esm('./interop'), limit: '79 kB' },
  { name: 'community-standards/geo', path: esm('./geo'), limit: '6 kB' },
  { name: 'community-standards/report', path: esm('./report'), limit: '52 kB' },
  { name: 'community-standards/models', path: esm('./models'), limit: '33 kB' },
  { name: 'community-standards/money', path: esm('./money'), limit: '3.5 kB' },
  { name: 'community-standards/calculators', path: esm('./calculators'), limit: '59 kB' },
  { name: 'community-standards/statistics', path: esm('./statistics'), limit: '50 kB' },
  { name: 'community-standards/access', path: esm('./access'), limit: '49 kB' },
  { name: 'community-standards/ledgers', path: esm('./ledgers'), limit: '56 kB' },
  { name: 'community-standards/rules', path: esm('./rules'), limit: '56 kB' },
  { name: 'community-standards/scale', path: esm('./scale'), limit: '88 kB' },
  { name: 'community-standards/xlsx', path: esm('./xlsx'), limit: '280 kB' },
  { name: 'community-standards/matching', path: esm('./matching'), limit: '45 kB' },
  { name: '{ communityWorkFunds } alone', path: esm('./calculators'), import: '{ communityWorkFunds }', limit: '20 kB' },
  { name: '{ validateRecord } alone', path: esm('.'), import: '{ validateRecord }', limit: '41 kB' },
];
