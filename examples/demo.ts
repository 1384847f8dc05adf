/**
 * `npm run demo`: the library's main job on the bundled Kunshan data — the whole of Kunshan's community service
 * system (the 2013 reference dataset) validated, counted against the report, checked rule by rule and funded.
 */
import { renderTable } from '../src/report/table.js';
import { kunshan2013, provenanceOf, referenceCommunities } from '../src/datasets/index.js';
import { check, formatPath, rules, validateDataset, formatParameterValue, kunshan, parameter, type Dataset, type Report } from '../src/index.js';
import { cityStatistics, compareWithReport, formatReportFigure, formatStatistic, openFacilitiesByCommunity } from '../src/statistics/index.js';
import { allocateWelfareBudget, centerUpgradeSpending, cityWorkFunds, featuredBrandBudget, registeredUnemploymentRate } from '../src/calculators/index.js';
import { premisesRouteLabels } from '../src/models/index.js';
import { isOpen } from '../src/time/index.js';
import { formatMoney, subtract } from '../src/money/index.js';
import { matchNeeds, unmetMessages, type UnmetCode } from '../src/matching/index.js';
import { accessLog } from './access-log.js';

const AS_OF = '2013-06-30';
const out: string[] = [];
const heading = (zh: string, en: string) => out.push('', `== ${zh} / ${en} ==`);
const started = performance.now();

out.push('community-standards — 昆山社区公共服务标准 / Kunshan community public-service standards');
out.push(`数据 / data: kunshan2013() — 308 个社区(4 个参照社区为报告实数,其余为合成数据);截至 / as of ${AS_OF}`);

// 1. Validation
heading('一、数据校验', 'Validation');
const dataset = kunshan2013();
const validation = validateDataset(dataset);
const records = Object.values(dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
if (validation.ok) out.push(`✓ ${records.toLocaleString('en')} 条记录全部通过校验 / all ${records.toLocaleString('en')} records are valid`);
else for (const issue of validation.issues.slice(0, 20)) out.push(`✗ ${formatPath(issue.path)} — ${issue.message}`);

// 2. Statistics beside the report's table
heading('二、统计与报告对照', 'Statistics beside the report (spec §5)');
const comparison = compareWithReport(cityStatistics(dataset, { asOf: AS_OF }));
out.push(
  ...renderTable(
    ['指标 / figure', '计算值 / computed', '报告 / report', ''],
    comparison.map((row) => [
      row.label['zh-CN'],
      formatStatistic(row.statistic),
      formatReportFigure(row.report, row.statistic.unit),
      row.matches ? '✓' : '✗',
    ]),
    ['left', 'right', 'right', 'center'],
  ),
);

// 3. Compliance by rule
heading('三、规则检查汇总', 'Compliance by rule');
const report = check(dataset, { asOf: AS_OF });
out.push(
  ...renderTable(
    ['规则 / rule', '标题 / title', '✓', '✗', '✗ 依据报告 / on figures', '✗ 依据解读 / on readings', '·'],
    rules.map((rule) => {
      const c = report.summary.byRule[rule.id] ?? { pass: 0, fail: 0, notApplicable: 0 };
      const b = report.summary.failures.byRule[rule.id] ?? { onFigures: 0, onReadings: 0 };
      return [rule.id, rule.title['zh-CN'], String(c.pass), String(c.fail), String(b.onFigures), String(b.onReadings), String(c.notApplicable)];
    }),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right'],
  ),
);
const t = report.summary.total;
const b = report.summary.failures.total;
out.push(`合计 / total: ✓ ${t.pass}  ✗ ${t.fail}  · ${t.notApplicable}(✓ 符合 pass, ✗ 不符合 fail, · 不适用 not applicable)`);
out.push(
  `不符合项中依据报告数字 ${b.onFigures} 项,依据我们的解读(标为假设的参数)${b.onReadings} 项 / ` +
    `of the failures, ${b.onFigures} rest on the report's figures and ${b.onReadings} on our readings (parameters marked as assumptions)`,
);
const reportEn = check(dataset, { asOf: AS_OF, locale: 'en' });
out.push('', '不适用的原因 / why not applicable:');
out.push(
  ...renderTable(
    ['规则 / rule', '·', '原因 / reason'],
    rules.flatMap((rule) =>
      (report.summary.notApplicable[rule.id] ?? []).flatMap((reason, i) => [
        [rule.id, String(reason.count), reason.message],
        ['', '', reportEn.summary.notApplicable[rule.id]?.[i]?.message ?? ''],
      ]),
    ),
    ['left', 'right', 'left'],
  ),
);

// 4. The four reference communities, rule by rule
heading('四、四个参照社区', 'The four reference communities, rule by rule');
const reference = referenceCommunities();
out.push(...rulesByCommunity(reference, check(reference, { asOf: AS_OF })));
out.push('', '数据来源(逐字段)/ Where each field comes from: 报 = 报告所载 reported (段落 paragraph), 推 = 推断 inferred, 合 = 合成 synthetic');
out.push(...provenanceTable(reference));

// 5. Community work funds, 2011 vs 2013
heading('五、社区工作经费', 'Community work funds, 2011 vs 2013');
const funds2011 = cityWorkFunds(dataset, { asOf: '2011-06-30' });
const funds2013 = cityWorkFunds(dataset, { asOf: AS_OF });
out.push(
  ...renderTable(
    ['年度 / year', '标准 / standard', '社区 / communities', '合计 / total'],
    [
      ...[funds2011, funds2013].map((f) => [
        f.asOf.slice(0, 4),
        formatParameterValue(parameter(kunshan, 'funding.communityWork', f.asOf), { locale: 'zh-CN' }),
        `${f.computed} / ${f.breakdown.length}`,
        formatMoney(f.total, { unit: 'wan' }),
      ]),
    ],
    ['left', 'left', 'right', 'right'],
  ),
);
out.push(`增加 / increase: ${formatMoney(subtract(funds2013.total, funds2011.total), { unit: 'wan' })}`);
const missing = funds2011.breakdown.length - funds2011.computed + (funds2013.breakdown.length - funds2013.computed);
if (missing > 0) out.push(`(${missing} 项缺少所需户数,未计入 / left out for want of the household count they need)`);

// 6. Public-welfare venture budget
heading('六、2013 年公益创投预算分配', '2013 public-welfare venture budget allocation');
const venture = allocateWelfareBudget(dataset.welfareProjects ?? [], { programme: 'venture', asOf: AS_OF });
const applications = venture.decisions.filter((d) => d.outcome !== 'excluded');
out.push(
  `预算 / budget ${formatMoney(venture.budget, { unit: 'wan' })};申请 / applications ${applications.length} 项;` +
    `资助 / funded ${venture.funded.length} 项,共 ${formatMoney(venture.totalGranted, { unit: 'wan' })};` +
    `未资助 / unfunded ${applications.length - venture.funded.length} 项;` +
    `结余 / remainder ${formatMoney(venture.remainder)}`,
);
out.push(
  ...renderTable(
    ['名次 / rank', '项目 / project', '得分 / score', '申请 / requested', '资助 / granted'],
    venture.decisions
      .filter((d) => d.rank !== null)
      .slice(0, 8)
      .map((d) => [String(d.rank), d.title, String(d.score ?? ''), d.requested === null ? '' : formatMoney(d.requested), formatMoney(d.granted)]),
    ['right', 'left', 'right', 'right', 'right'],
  ),
  `…(其余 ${applications.length - 8} 项从略 / ${applications.length - 8} more not shown)`,
);

// 7. Access decisions
heading('七、工作准入记录(示例)', 'Work access log (example)');
out.push(...accessLog({ locale: 'zh-CN' }));

// 8. Property management and service brands (paragraph 3)
heading('八、物业管理与服务品牌', 'Property management and service brands (paragraph 3)');
const propertyRules = ['property.triad-workshop', 'property.joint-meeting', 'property.integration-pilot', 'brand.in-catalogue'];
const estates = dataset.residentialEstates ?? [];
const inPilot = estates.filter((e) => e.integrationPilot === true).length;
out.push(
  `住宅区 / estates ${estates.length} 个(合成 / synthetic),分属 ${new Set(estates.map((e) => e.communityId)).size} 个社区;` +
    `物业一体化试点 / in the integration pilot ${inPilot} 个,未纳入 / outside ${estates.filter((e) => e.integrationPilot === false).length} 个,未报送 / not said ${estates.filter((e) => e.integrationPilot === undefined).length} 个`,
);
out.push(
  ...renderTable(
    ['规则 / rule', '结果 / code', '数 / n', '示例 / example'],
    propertyRules.flatMap((id) => {
      const found = report.findings.filter((f) => f.rule === id && f.outcome !== 'not-applicable');
      const codes = [...new Set(found.map((f) => f.code))];
      return codes.map((code, i) => {
        const first = found.find((f) => f.code === code)!;
        return [i === 0 ? id : '', `${first.outcome === 'pass' ? '✓' : '✗'} ${code}`, String(found.filter((f) => f.code === code).length), first.message];
      });
    }),
    ['left', 'left', 'right', 'left'],
  ),
);
const families = parameter(kunshan, 'brand.families', AS_OF).value;
const catalogue = parameter(kunshan, 'brand.catalogue', AS_OF).value;
out.push('', '品牌目录(报告第3段)/ The brand catalogue (paragraph 3):');
out.push(
  ...renderTable(
    ['系列 / family', '品牌 / brands'],
    families.map((f) => [f.title['zh-CN'], catalogue.filter((b) => b.family === f.id).map((b) => b.name).join('、')]),
    ['left', 'left'],
  ),
);
const brandBudget = featuredBrandBudget({ from: 2005, to: 2013 });
out.push(
  `品牌投入 / brand budget: ${formatParameterValue(parameter(kunshan, 'funding.featuredBrands', AS_OF), { locale: 'zh-CN' })}(2005年以来,第7段 / since 2005, paragraph 7);` +
    `2005–2013 年合计 / total ${formatMoney(brandBudget.total, { unit: 'wan' })}`,
);

// 9. Employment: zero-employment households and the registered unemployment rate
heading('九、就业:零就业家庭与城镇登记失业率', 'Employment: zero-employment households, registered unemployment rate');
const employment = report.findings.filter((f) => f.rule === 'employment.zero-employment-cleared');
const byCode = new Map<string, number>();
for (const f of employment) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
out.push(`零就业家庭动态清零(清零期限 30 天为我们的解读)/ cleared within 30 days (our reading): ${employment.length} 户合成家庭 / synthetic households`);
out.push(...renderTable(['结果 / code', '户 / households'], [...byCode].map(([code, n]) => [code, String(n)]), ['left', 'right']));
const late = employment.find((f) => f.code === 'not-cleared');
if (late !== undefined) out.push(`例 / e.g. ${late.subject.id}: ${late.message}`);
const rate = registeredUnemploymentRate({ registeredUnemployed: 9_200, urbanEmployed: 390_800 });
out.push(
  `城镇登记失业率 = 城镇登记失业人员数 ÷ (城镇从业人员 + 城镇登记失业人员数);示例数(虚构)9,200 ÷ (390,800 + 9,200) = ${rate.percent ?? '—'}%` +
    (rate.ok && rate.reported !== undefined ? `;报告 / report ${rate.reported.value}%(第 ${rate.reported.citation.paragraph} 段)${rate.reported.matches ? ' ✓' : ' ✗'}` : ''),
  '(报告只给出 2.3%,未给出人数;以上人数仅为演示 / the report gives the rate only: the counts above are illustrative)',
);

// 10. Premises and the upgrade programme
heading('十、服务中心用房来源与提升工程', 'Centre premises and the upgrade programme');
const statistics = cityStatistics(dataset, { asOf: AS_OF }).figures;
const routeIds = { 'planned-site': 'premises.plannedSite', extension: 'premises.extension', 'developer-provided': 'premises.developerProvided', 'co-built': 'premises.coBuilt' } as const;
out.push(
  ...renderTable(
    ['用房来源 / route', '中心 / centres'],
    Object.entries(routeIds).map(([route, id]) => [`${premisesRouteLabels[route as keyof typeof routeIds]['zh-CN']} / ${premisesRouteLabels[route as keyof typeof routeIds].en}`, String(statistics[id].value)]),
    ['left', 'right'],
  ),
  `(${statistics['premises.coBuilt'].notReported ?? 0} 个中心未记用房来源 / centres record no route;来源为合成数据 / synthetic)`,
);
const upgrade = centerUpgradeSpending(dataset.serviceCenters ?? [], { asOf: AS_OF });
out.push(
  `报告 / report: ${formatMoney(upgrade.programme.total, { unit: 'yi' })} 用于 ${upgrade.programme.centersOver} 余个中心,平均每个低于 / below ${formatMoney(upgrade.programme.averageBelow, { unit: 'wan' })}`,
  `记录 / records(合成 / synthetic): ${upgrade.records.centers} 个中心,合计 ${formatMoney(upgrade.records.total, { unit: 'yi' })};` +
    `每个 / per centre ${upgrade.records.averagePerCenter === null ? '—' : formatMoney(upgrade.records.averagePerCenter)};` +
    `每平方米 / per m² ${upgrade.records.perSquareMetre === null ? '—' : formatMoney(upgrade.records.perSquareMetre)}(${upgrade.records.measured} 个有面积 / with floor area)`,
);

// 11. Partner units' facilities open to the public
heading('十一、共建单位服务设施面向社会开放', 'Partner units’ facilities open to the public');
const open = openFacilitiesByCommunity(dataset.communities ?? [], dataset.partnerUnits ?? []);
const reached = open.filter((r) => r.facilities > 0);
out.push(
  `${statistics['partnerUnits.openToPublic'].value} / ${statistics.partnerUnits.value} 个共建单位有设施面向社会开放(合成数据 / synthetic);惠及 ${reached.length} / ${open.length} 个社区 / communities reached`,
);
out.push(
  ...renderTable(
    ['社区 / community', '共建单位 / units', '开放单位 / open', '设施 / facilities', '每周开放小时 / hours a week'],
    [...reached].sort((x, y) => y.weeklyMinutes - x.weeklyMinutes || (x.communityId < y.communityId ? -1 : 1)).slice(0, 5).map((r) => [r.communityId, String(r.partnerUnits), String(r.unitsOpenToPublic), String(r.facilities), String(r.weeklyMinutes / 60)]),
    ['left', 'right', 'right', 'right', 'right'],
  ),
);
const sample = (dataset.partnerUnits ?? []).flatMap((u) => (u.publicFacilities ?? []).map((f) => ({ unit: u.name, facility: f }))).find((x) => x.facility.openingHours?.some((h) => h.day === 'sat'));
if (sample !== undefined) {
  const at = '2013-06-29T10:00:00+08:00'; // a Saturday
  out.push(`${sample.unit}·${sample.facility.name} 在 2013-06-29(周六)10:00 ${isOpen(sample.facility, at) ? '开放 / open' : '不开放 / closed'}(/time 的 isOpen)`);
}

// 12. Needs matched to providers
heading('十二、供需对接', 'Needs ↔ providers (synthetic catalogues)');
out.push(...needsMatching(dataset));

out.push('', `用时 / time: ${Math.round(performance.now() - started)} ms`);
console.log(out.join('\n'));

/**
 * One row per field of the reference communities and their centres, one column per community: where the value
 * comes from (报 §n reported in paragraph n, 推 inferred, 合 synthetic), blank when the record has no such field.
 */
function provenanceTable(data: Dataset): string[] {
  const communities = data.communities ?? [];
  const centers = data.serviceCenters ?? [];
  const mark = (kind: 'community' | 'serviceCenter', id: string, field: string): string => {
    const found = provenanceOf(data, kind, id, field);
    if (found.by === 'none') return '?';
    const source = found.by === 'default' ? found.source : found.entry.source;
    if (source === 'reported') return found.by === 'default' ? '报' : `报 §${found.entry.paragraph ?? '?'}`;
    return source === 'inferred' ? '推' : '合';
  };
  const fields = [
    ['community', 'kind'],
    ['community', 'model'],
    ['community', 'town'],
    ['community', 'households'],
    ['serviceCenter', 'oneStopHall'],
    ['serviceCenter', 'floorArea'],
    ['serviceCenter', 'facilityIds'],
    ['serviceCenter', 'serviceItemIds'],
    ['serviceCenter', 'serviceItemsPartial'],
  ] as const;
  const rows = fields.map(([kind, field]) => [
    `${kind === 'community' ? '社区' : '中心'}.${field}`,
    ...communities.map((c) => {
      const record = kind === 'community' ? c : centers.find((s) => s.communityIds.includes(c.id));
      if (record === undefined) return '';
      const value = (record as Record<string, unknown>)[field];
      const absent = value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
      return absent ? '' : mark(kind, record.id, field);
    }),
  ]);
  return renderTable(['字段 / field', ...communities.map((c) => c.name)], rows, ['left', ...communities.map(() => 'center' as const)]);
}

/** One row per rule, one column per community; a centre's findings count for the communities it serves. */
function rulesByCommunity(data: Dataset, report: Report): string[] {
  const communities = data.communities ?? [];
  const centers = data.serviceCenters ?? [];
  const communitiesOf = (kind: string, id: string) =>
    kind === 'community' ? [id] : kind === 'serviceCenter' ? (centers.find((c) => c.id === id)?.communityIds ?? []) : [];
  const rows = rules.map((rule) => [
    rule.id,
    ...communities.map((c) => {
      const outcomes = report.findings
        .filter((f) => f.rule === rule.id && communitiesOf(f.subject.kind, f.subject.id).includes(c.id))
        .map((f) => f.outcome);
      const fails = outcomes.filter((o) => o === 'fail').length;
      if (fails > 0) return fails > 1 ? `✗${fails}` : '✗';
      if (outcomes.includes('pass')) return '✓';
      return outcomes.length > 0 ? '·' : '';
    }),
  ]);
  return renderTable(['规则 / rule', ...communities.map((c) => c.name)], rows, ['left', ...communities.map(() => 'center' as const)]);
}

/**
 * The residents' needs of the dataset matched to its organisations and volunteers with the `kunshan` readings
 * (priority groups, 720 m): totals, the open needs by reason, the providers' spare capacity, one community in full.
 */
function needsMatching(data: Dataset): string[] {
  const priorityGroups = parameter(kunshan, 'service.matchPriorityGroups', AS_OF).value;
  const maxDistanceMetres = parameter(kunshan, 'service.matchMaxDistanceMetres', AS_OF).value;
  const result = matchNeeds(data.residentNeeds, { providerListings: data.providerListings, volunteers: data.volunteers }, { priorityGroups, maxDistanceMetres });
  const { summary } = result;
  const lines = [
    `需求 ${summary.needs} 项,已对接 ${summary.met} 项;优先服务对象(优抚对象、低收入群体、未成年人、老年人)${summary.tiers[0]?.met ?? 0}/${summary.tiers[0]?.needs ?? 0} 项,其他 ${summary.tiers[1]?.met ?? 0}/${summary.tiers[1]?.needs ?? 0} 项`,
    `${summary.needs} needs, ${summary.met} met; priority groups ${summary.tiers[0]?.met ?? 0}/${summary.tiers[0]?.needs ?? 0}, others ${summary.tiers[1]?.met ?? 0}/${summary.tiers[1]?.needs ?? 0} (optimal: priority groups first, then most needs, then least distance)`,
    '',
  ];
  const byCode = new Map<UnmetCode, number>();
  for (const u of result.unmet) byCode.set(u.code, (byCode.get(u.code) ?? 0) + 1);
  lines.push(
    ...renderTable(
      ['未对接原因 / why open', '项 / needs'],
      [...byCode].map(([code, count]) => [`${code}`, String(count)]),
      ['left', 'right'],
    ),
  );
  const limited = result.providers.filter((p) => p.spare !== null);
  const spare = limited.reduce((sum, p) => sum + (p.spare ?? 0), 0);
  const full = limited.filter((p) => p.spare === 0).length;
  lines.push('', `承接方 ${result.providers.length} 个(组织与志愿者),其中 ${full} 个已满,其余尚可承接 ${spare} 项 / ${result.providers.length} providers, ${full} full, room for ${spare} more needs`);
  const first = result.unmet.find((u) => u.code === 'capacity-taken');
  const community = first?.communityId;
  if (community !== undefined && community !== null) {
    lines.push('', `${community}:`);
    for (const need of (data.residentNeeds ?? []).filter((n) => n.communityId === community)) {
      const met = result.assignments.find((a) => a.needId === need.id);
      const open = result.unmet.find((u) => u.needId === need.id);
      lines.push(
        met !== undefined
          ? `  ✓ ${need.title} → ${met.provider.kind === 'volunteer' ? '志愿者' : '组织'} ${met.provider.id}`
          : `  ✗ ${need.title}:${open === undefined ? '' : unmetMessages['zh-CN'][open.code]({ category: need.category, targetGroup: need.targetGroup, candidates: open.candidates })}`,
      );
    }
  }
  return lines;
}
