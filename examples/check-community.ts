/**
 * `npx tsx examples/check-community.ts`: check one reference community — 泾河村, the report's 农夹居社区 — against a
 * few rules, print every finding, and explain one of them (its source sentence, the parameter it used with that
 * parameter's citation, what was expected and what was found), in Chinese and in English.
 */
import { referenceCommunities } from '../src/datasets/index.js';
import { check, explain, type Dataset, type Finding } from '../src/index.js';

const COMMUNITY = 'yushan-jinghe';
const AS_OF = '2013-06-30';

// The reference dataset holds four communities; keep 泾河村 and the records its centre refers to.
const all = referenceCommunities();
const centers = (all.serviceCenters ?? []).filter((c) => c.communityIds.includes(COMMUNITY));
const facilityIds = new Set(centers.flatMap((c) => c.facilityIds ?? []));
const itemIds = new Set(centers.flatMap((c) => c.serviceItemIds ?? []));
const dataset: Dataset = {
  communities: (all.communities ?? []).filter((c) => c.id === COMMUNITY),
  serviceCenters: centers,
  facilities: (all.facilities ?? []).filter((f) => facilityIds.has(f.id)),
  serviceItems: (all.serviceItems ?? []).filter((i) => itemIds.has(i.id)),
};

const RULES = ['hall.one-stop', 'hall.min-items', 'service.6x', 'model.template'];
const report = check(dataset, { asOf: AS_OF, rules: RULES });

const mark = (f: Finding) => (f.outcome === 'pass' ? '✓' : f.outcome === 'fail' ? '✗' : '·');
console.log(`泾河村 — ${report.rules.length} 条规则,截至 ${report.asOf}(配置:${report.profile})`);
for (const f of report.findings) {
  console.log(`${mark(f)} ${f.rule}${f.item === undefined ? '' : ` [${f.item}]`} — ${f.message}`);
}
const { pass, fail, notApplicable } = report.summary.total;
console.log(`合计 / total: ✓ ${pass}  ✗ ${fail}  · ${notApplicable}`);

// What did hall.min-items find? 泾河村's item list is partial (the report names three services and says 等), so
// it cannot fail: not applicable. explain() renders the finding with its source and parameters. A finding's message
// is in its report's locale, so the English explanation comes from a report checked with `locale: 'en'`.
const english = check(dataset, { asOf: AS_OF, rules: RULES, locale: 'en' });
for (const [checked, locale] of [[report, 'zh-CN'], [english, 'en']] as const) {
  const minItems = checked.findings.find((f) => f.rule === 'hall.min-items');
  if (minItems === undefined) continue;
  console.log();
  console.log(explain(minItems, { locale, parameters: checked.parameters }));
}
