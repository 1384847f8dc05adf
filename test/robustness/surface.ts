/**
 * The public surface under test: every function exported by every entry (enumerated at run time, so a new export
 * is covered without touching this file), a few functions those return, and — for mutation fuzzing — seed calls
 * with valid arguments, written from each function's TSDoc example.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as datasets from '../../src/datasets/index.js';
import * as geo from '../../src/geo/index.js';
import * as main from '../../src/index.js';
import * as interop from '../../src/interop/index.js';
import * as report from '../../src/report/index.js';
import * as time from '../../src/time/index.js';
import * as models from '../../src/models/index.js';
import * as money from '../../src/money/index.js';
import * as calculators from '../../src/calculators/index.js';
import * as statistics from '../../src/statistics/index.js';
import * as access from '../../src/standards/access/index.js';
import * as ledgerEntry from '../../src/standards/ledger/index.js';
import * as scale from '../../src/scale/index.js';
import * as matching from '../../src/matching/index.js';
import * as ruleEntry from '../../src/rules.js';
import * as xlsx from '../../src/xlsx/index.js';
import { indexDataset } from '../../src/engine/dataset-index.js';

/** The entries of the package, by their import specifier. */
export const entries: Readonly<Record<string, Record<string, unknown>>> = {
  'community-standards': main,
  'community-standards/time': time,
  'community-standards/datasets': datasets,
  'community-standards/interop': interop,
  'community-standards/geo': geo,
  'community-standards/models': models,
  'community-standards/money': money,
  'community-standards/calculators': calculators,
  'community-standards/statistics': statistics,
  'community-standards/access': access,
  'community-standards/ledgers': ledgerEntry,
  'community-standards/report': report,
  'community-standards/scale': scale,
  'community-standards/matching': matching,
  'community-standards/rules': ruleEntry,
  'community-standards/xlsx': xlsx,
};

/**
 * The only asynchronous public functions: the workbook ones of `community-standards/xlsx` (exceljs reads and writes
 * workbooks asynchronously). The synchronous guard cannot run them; test/xlsx/hostile-arguments.test.ts gives them
 * hostile arguments instead.
 */
export const asyncExports: ReadonlySet<string> = new Set(['readXlsx', 'validateXlsx', 'writeTemplate', 'renderXlsx']);

/** Every entry's exports in one namespace, for the seeds below. */
const all = { ...main, ...models, ...money, ...calculators, ...statistics, ...access, ...ledgerEntry };

type AnyFunction = (...args: never[]) => unknown;

/** One function under test. */
export interface Target {
  /** `entry:name`, or a description of a returned function. */
  readonly label: string;
  readonly name: string;
  readonly fn: AnyFunction;
  /** Most arguments to give it (its declared parameters plus one). */
  readonly maxArgs: number;
  /** What each declared parameter is, read from its type annotation (see {@link ParamKind}). */
  readonly params: readonly ParamKind[];
  /** Whether each declared parameter is optional (`?` or a default), i.e. may be `undefined` within the types. */
  readonly optional: readonly boolean[];
  /** What each declared parameter holds, read from its name and type (see {@link DataShape}). */
  readonly shapes: readonly DataShape[];
  /** Whether its TSDoc has a `@throws`. */
  readonly documentsThrows: boolean;
  /** Valid argument lists, built afresh on each call (see {@link seeds}). */
  readonly seeds?: () => unknown[][];
}

/**
 * A parameter, by its type annotation: `unknown` (anything is in contract), a primitive, an option bag
 * (`options`), or another type (a model, a Money, a profile…), whose values must keep their shape.
 */
export type ParamKind = 'unknown' | 'string' | 'number' | 'bigint' | 'boolean' | 'options' | 'typed';

/**
 * Whether a parameter takes data — an option bag, a profile, a list (an array type), a record (a parameter named
 * for one: `community`, `household`, `dataset`, `result`…), or anything (`unknown`) — into which a caller's data
 * flows, or another value (`other`: a Money, a Share, a locale…). A data parameter given a value of the wrong
 * shape gives an issue or a CommunityStandardsError, never a raw TypeError.
 */
export type DataShape = 'options' | 'profile' | 'list' | 'record' | 'unknown' | 'other';

const RECORD_NAMES: ReadonlySet<string> = new Set([
  'community', 'household', 'dataset', 'result', 'record', 'input', 'center', 'spec', 'data', 'ledger', 'request', 'service', 'labels', 'rule', 'from', 'to',
]);

const isClass = (f: AnyFunction): boolean => /^class\b/.test(Function.prototype.toString.call(f));

/**
 * Every exported function of every entry (classes — the error classes — excluded: they are constructors).
 *
 * @returns the targets, in entry and export order
 */
export function exportedFunctions(): Target[] {
  const out: Target[] = [];
  const declared = declarations();
  for (const [entry, mod] of Object.entries(entries)) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function' || isClass(value as AnyFunction)) continue;
      if (entry === 'community-standards/xlsx' && asyncExports.has(name)) continue;
      const fn = value as AnyFunction;
      const d = declared.get(name);
      if (d === undefined) throw new Error(`no declaration found for the export ${entry}:${name}`);
      const seed = seeds[name];
      out.push({
        label: `${entry}:${name}`,
        name,
        fn,
        maxArgs: Math.min(5, Math.max(2, d.params.length + 1)),
        params: d.params,
        optional: d.optional,
        shapes: d.shapes,
        documentsThrows: d.throws,
        ...(seed !== undefined && { seeds: seed }),
      });
    }
  }
  return out;
}

/** Functions returned by public functions, which a caller can reach just as well (parameter kinds by hand). */
export function returnedFunctions(): Target[] {
  const random = datasets.createRandom(7);
  const taxonomy = interop.attributeTaxonomy(interop.HSDS_NAMESPACE, { locale: 'en' });
  const calendar = time.holidayCalendar();
  const index = indexDataset(datasets.referenceCommunities());
  const make = (label: string, fn: unknown, params: ParamKind[], seedArgs: unknown[][]): Target => ({
    label,
    name: label,
    fn: fn as AnyFunction,
    maxArgs: params.length + 1,
    params,
    optional: params.map(() => false),
    shapes: params.map(() => 'other' as const),
    documentsThrows: false,
    seeds: () => seedArgs.map((a) => [...a]),
  });
  return [
    make('hsdsIds(HSDS_NAMESPACE)', interop.hsdsIds(interop.HSDS_NAMESPACE), ['string', 'string', 'string'], [['community', 'yushan-lishe']]),
    make('uuidV5In(NAMESPACE_DNS)', interop.uuidV5In(interop.NAMESPACE_DNS), ['string'], [['www.example.com']]),
    make('createRandom(7).next', random.next.bind(random), [], [[]]),
    make('createRandom(7).int', random.int.bind(random), ['number', 'number'], [[1, 6]]),
    make('createRandom(7).pick', random.pick.bind(random), ['typed'], [[['a', 'b', 'c']]]),
    make('createRandom(7).chance', random.chance.bind(random), ['number'], [[0.5]]),
    make('attributeTaxonomy().term', taxonomy.term.bind(taxonomy), ['string'], [['station.health']]),
    make('holidayCalendar().lookup', calendar.lookup.bind(calendar), ['string'], [['2013-10-01']]),
    make('indexDataset().all', index.all.bind(index), ['string'], [['community']]),
    make('indexDataset().get', index.get.bind(index), ['string', 'string'], [['community', 'yushan-lishe']]),
    make('indexDataset().byCommunity', index.byCommunity.bind(index), ['string', 'string'], [['serviceCenter', 'qiandeng-datan']]),
  ];
}

/**
 * Strings that are members of the library's enumerations (kinds, modes, locales, rounding modes, units, bases…):
 * every string in an exported array of strings, every key of an exported label table, and the units and bases of
 * the shipped profiles' parameters. A field holding one is typed as that enumeration, so a `contract` mutation
 * leaves it alone (any other string would be a type error, which is `misuse`).
 */
export function enumerationMembers(): Set<string> {
  const members = new Set<string>();
  for (const mod of Object.values(entries)) {
    for (const [name, value] of Object.entries(mod)) {
      if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') members.add(v);
      if (name.endsWith('Labels') && typeof value === 'object' && value !== null) for (const k of Object.keys(value)) members.add(k);
    }
  }
  for (let p: main.Profile | undefined = main.kunshan; p !== undefined; p = p.extends) {
    for (const d of Object.values(p.parameters)) {
      members.add(d.unit);
      for (const v of d.values) if (v.basis !== undefined) members.add(v.basis);
    }
  }
  return members;
}

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = `${dir}${f}`;
    if (statSync(p).isDirectory()) return f === 'cli' ? [] : sourceFiles(`${p}/`);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** What the sources say about an exported function: its parameters' kinds and whether it documents throwing. */
export interface Declaration {
  readonly params: readonly ParamKind[];
  readonly shapes: readonly DataShape[];
  readonly optional: readonly boolean[];
  readonly throws: boolean;
}

function dataShape(p: ts.ParameterDeclaration): DataShape {
  const type = p.type?.getText().replace(/\s+/g, ' ') ?? '';
  const name = p.name.getText();
  if (/^(readonly )?unknown$/.test(type)) return 'unknown';
  if (name === 'options') return 'options';
  if (type === 'Profile') return 'profile';
  if (p.dotDotDotToken !== undefined) return 'other'; // a rest parameter: each argument is one element
  if (/\[\]( \| undefined)?$/.test(type)) return 'list';
  if (RECORD_NAMES.has(name)) return 'record';
  return 'other';
}

function paramKind(p: ts.ParameterDeclaration): ParamKind {
  const type = p.type?.getText().replace(/\s+/g, ' ') ?? '';
  if (/^(readonly )?unknown(\[\])?$/.test(type)) return 'unknown';
  if (type === 'string' || type === 'number' || type === 'bigint' || type === 'boolean') return type;
  if (p.name.getText() === 'options') return 'options';
  return 'typed';
}

/**
 * Reads every exported function declaration in src/ (syntax only, no type checking): its parameters' kinds and
 * whether any declaration of that name has a `@throws` tag. Overloads are read from the implementation.
 *
 * @returns name → declaration
 */
export function declarations(): Map<string, Declaration> {
  const map = new Map<string, Declaration>();
  for (const file of sourceFiles(srcDir)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    sf.forEachChild((node) => {
      if (!ts.isFunctionDeclaration(node) || node.name === undefined) return;
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      const name = node.name.text;
      const throws = ts.getJSDocTags(node).some((t) => t.tagName.text === 'throws') || (map.get(name)?.throws ?? false);
      const previous = map.get(name);
      const keep = node.body === undefined && previous !== undefined;
      const params = keep ? previous.params : node.parameters.map(paramKind);
      const shapes = keep ? previous.shapes : node.parameters.map(dataShape);
      const optional = keep ? previous.optional : node.parameters.map((p) => p.questionToken !== undefined || p.initializer !== undefined);
      map.set(name, { params, shapes, optional, throws });
    });
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------------
// Seed calls: valid arguments, built afresh on every call (the suite freezes what it passes).

const yanwu = () => ({ id: 'yanwu', name: '千灯炎武社区', kind: 'urban', households: { registered: 7500, resident: 7500 } });
const staff = () => [
  { id: 'a', name: '甲', communityId: 'c', roles: ['committee-member'], fullTime: true, education: 'bachelor' },
  { id: 'b', name: '乙', communityId: 'c', roles: [], fullTime: true, socialWorkerLevel: 'junior' },
  { id: 'c', name: '丙', communityId: 'c', roles: [], fullTime: false, education: 'below-college' },
];
const hours = () => [
  { day: 'mon', opens: '08:30', closes: '12:00' },
  { day: 'mon', opens: '14:00', closes: '20:00' },
  { day: 'sat', opens: '09:00', closes: '11:30' },
];
const staggeredParams = () => ({
  ordinaryHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:30', closes: '17:00' },
  minWeekendDays: 1,
  eveningUntil: '19:00',
  minEveningWeekdays: 1,
});
const service = () => ({ id: 's1', volunteerId: 'v1', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 });
const ledger = () => {
  const update = all.accruePoints(all.createPointsLedger('v1'), service() as never);
  return update.ok ? update.ledger : all.createPointsLedger('v1');
};
const requests = () => [
  { department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [] },
  { department: '市卫生局', kind: 'appraisal', title: '卫生先进评比', approvals: [{ body: '市民政局' }] },
];
const ledgers = () => [
  { id: 'a', communityId: 'c', title: '低保台账', category: 'social-assistance', fields: ['姓名', '身份证号', '救助金额'] },
  { id: 'b', communityId: 'c', title: '救助对象台账', category: 'social-assistance', fields: ['姓名', '身份证号', '救助金额', '户号'] },
];
const projects = () => [
  { id: 'a', title: 'a', programme: 'bidding-pilot', year: 2013, score: 90, requestedFen: 200_000_000 },
  { id: 'b', title: 'b', programme: 'bidding-pilot', year: 2013, score: 80, requestedFen: 150_000_000 },
];
const asOf = () => ({ asOf: '2013-06-30' });
const smallDataset = () => datasets.referenceCommunities();
const center = () => ({ id: 'x', communityIds: ['a'], oneStopHall: true, floorArea: { office: 200, activity: 900 }, openingHours: hours() });
const stats = () => all.cityStatistics(smallDataset(), asOf());
const finding = () => all.check(smallDataset(), { asOf: '2013-06-30', rules: ['hall.min-items'] }).findings[0];
const calendarData = () => ({
  source: '国办发明电〔2012〕14号',
  firstYear: 2013,
  lastYear: 2013,
  days: { '2013-10-01': { kind: 'holiday', name: { 'zh-CN': '国庆节', en: 'National Day' } } },
});
const profileSpec = () => ({
  extends: all.kunshan,
  id: 'suzhou-like',
  name: { 'zh-CN': '苏州(示例)', en: 'Suzhou-like (example)' },
  parameters: {
    'area.perHundredHouseholds': {
      unit: 'square-metres-per-100-households',
      values: [{ from: '2016-01-01', value: 40, assumption: { 'zh-CN': '示例', en: 'example' } }],
    },
  },
});
const ruleSpec = () => ({
  id: 'example.has-name',
  subject: 'community',
  severity: 'info',
  title: { 'zh-CN': '有名称', en: 'Has a name' },
  source: { document: 'example' },
  parameters: [],
  messages: { 'zh-CN': { ok: () => '有名称' }, en: { ok: () => 'has a name' } },
  check: () => ({ outcome: 'pass', code: 'ok' }),
});
const indicator = () => all.kunshanIndicators.find((i) => i.id === 'housing.providentFundLoanHouseholds');
const scheduleContext = () => ({ id: interop.hsdsIds(interop.HSDS_NAMESPACE), locationId: 'loc', locale: 'zh-CN' });
const centersOf = () => (id: string) => (id === 'a' ? [center()] : []);

const scaleLines = () => [
  '{"$kind":"meta","asOf":"2013-06-30"}',
  `{"$kind":"community",${JSON.stringify(yanwu()).slice(1)}`,
];

const smallReport = () => main.check(smallDataset(), { asOf: '2013-06-30', locale: 'en' });

/** Seed argument lists by export name (the same name in two entries shares its seeds). */
export const seeds: Readonly<Record<string, () => unknown[][]>> = {
  // validation, engine, schema
  validateRecord: () => [['community', yanwu(), { locale: 'en' }], ['serviceCenter', smallDataset().serviceCenters?.[0]]],
  validateDataset: () => [[smallDataset(), { locale: 'en' }]],
  check: () => [[smallDataset(), { asOf: '2013-06-30', locale: 'en' }], [smallDataset(), { rules: ['hall.min-items', 'staff.professionalization'] }]],
  explain: () => [[finding(), { locale: 'en' }], [all.communityWorkFunds(yanwu() as never, asOf())]],
  indexDataset: () => [[smallDataset()]],
  // report
  renderText: () => [[smallReport(), { locale: 'en', maxFailures: 3 }], [report.toReportJSON(smallReport()), { brief: true }]],
  renderHtml: () => [[smallReport(), { locale: 'zh-CN' }], [report.toReportJSON(smallReport())]],
  toReportJSON: () => [[smallReport(), { profile: { id: 'kunshan', name: 'Kunshan' } }]],
  parseReportJSON: () => [[JSON.stringify(report.toReportJSON(smallReport())), { locale: 'en' }], [report.toReportJSON(smallReport())]],
  reportJSONSchema: () => [[]],
  // scale
  groupLines: () => [[scaleLines(), { window: 3 }]],
  createLineGrouper: () => [[() => undefined, { window: 10 }]],
  checkShard: () => [[{ shared: scaleLines().slice(0, 1), groups: [{ lines: scaleLines().slice(1), firstLine: 2, communities: 1 }], withShared: true }, { locale: 'en' }]],
  mergeSummaries: () => [[[scale.checkShard({ shared: scaleLines().slice(0, 1), groups: [], withShared: true }).summary]]],
  createSummaryMerger: () => [[]],
  // matching
  matchNeeds: () => [
    [smallDataset().residentNeeds ?? [], { providerListings: [{ id: 'p', name: 'p', categories: ['elderly-care'], capacity: 1 }] }, { locale: 'en' }],
    [[{ id: 'n', communityId: 'c', title: 't', category: 'health' }], { volunteers: [{ id: 'v', name: 'v', categories: ['health'] }] }],
  ],
  toJSONSchema: () => [['community'], ['dataset']],
  formatPath: () => [[['communities', 3, 'id']]],
  isRecordKind: () => [['community']],
  resolveLocale: () => [['en']],
  kunshanReport: () => [[3, '85%的社区服务项目达20个以上']],
  defineLabels: () => [[{ urban: { 'zh-CN': '城市社区', en: 'urban community' } }]],
  defineRule: () => [[ruleSpec()]],
  formatCitation: () => [[all.kunshanReport(3, '打造“15分钟社区服务圈”'), { locale: 'en' }]],
  formatParameterValue: () => [[all.parameter(all.kunshan, 'funding.communityWork', '2013-06-30'), { locale: 'en' }]],
  fenToYuanText: () => [[1_500_000], [59_050]],
  // profiles
  parameter: () => [[all.kunshan, 'funding.communityWork', '2013-06-30']],
  findParameter: () => [[all.kunshan, 'area.perHundredHouseholds']],
  parameterIds: () => [[all.kunshan]],
  defineProfile: () => [[profileSpec()]],
  toIsoDate: () => [['2013-06-30'], [new Date('2013-06-30T17:00:00Z')]],
  // money
  money: () => [[137_000]],
  fromFen: () => [[34_000_000_000n], [5]],
  isMoney: () => [[all.money(1)]],
  yuan: () => [[590], ['1370.50']],
  toYuanString: () => [[all.money(137_050)]],
  add: () => [[all.money(1), all.money(2)]],
  subtract: () => [[all.money(1), all.money(2)]],
  sum: () => [[[all.money(1), all.money(2)]]],
  compare: () => [[all.money(1), all.money(2)]],
  equals: () => [[all.money(1), all.money(1)]],
  isZero: () => [[all.money(0)]],
  min: () => [[all.money(3), all.money(1), all.money(2)]],
  max: () => [[all.money(3), all.money(1), all.money(2)]],
  resolveRounding: () => [['half-even']],
  divideRounded: () => [[5n, 2n, 'half-even']],
  multiply: () => [[all.yuan(15_000), { numerator: 7_500, denominator: 100 }, 'half-up'], [all.money(7), 3, 'down']],
  resolveRatio: () => [[{ numerator: 619, denominator: 1000 }]],
  allocate: () => [[all.money(100), [1, 1, 1]]],
  formatMoney: () => [[all.yuan(5_000_000), { locale: 'en' }], [all.yuan('1370.5'), { unit: 'yuan' }]],
  parseMoney: () => [['3.4亿元'], ['CNY 1.9 billion']],
  // access, ledgers
  normalizeTitle: () => [[' 调解 民间纠纷 ']],
  sameTitle: () => [['社区 居委会', '社区居委会']],
  matchAccessLists: () => [[{ title: '调解 民间纠纷' }, { duties: all.dutiesListDefault, assist: all.assistListDefault }, { locale: 'zh-CN' }]],
  decideAccess: () => [[requests()[1], asOf()]],
  accessTally: () => [[requests(), asOf()]],
  fieldOverlap: () => [[['姓名', '身份证号', '户号'], ['姓名', '身份证 号', '救助金额', '户号']]],
  rationalizeLedgers: () => [[ledgers(), asOf()]],
  // statistics
  cityStatistics: () => [[smallDataset(), asOf()]],
  compareWithReport: () => [[stats()]],
  readAsReport: () => [[stats().figures['hall.minItems'], all.kunshan2013ReportFigures['hall.minItems']]],
  formatStatistic: () => [[stats().figures['hall.minItems'], { locale: 'en' }]],
  formatReportFigure: () => [[all.kunshan2013ReportFigures['area.urbanAverage'], 'square-metres', { locale: 'en' }]],
  share: () => [[262, 308]],
  average: () => [[2631, 2]],
  wholePercent: () => [[all.share(1, 8)]],
  countForPercent: () => [[85, 308]],
  centerFloorArea: () => [[center()]],
  communitySpace: () => [[[{ ...yanwu(), id: 'a' }], centersOf(), 'urban']],
  oneStopShare: () => [[[{ ...yanwu(), id: 'a' }], centersOf()]],
  minItemsShare: () => [[[{ ...yanwu(), id: 'a' }], centersOf(), 20]],
  committeeStaff: () => [[staff(), [{ ...yanwu(), id: 'c' }], 'urban', { profile: all.kunshan, asOf: '2013-06-30' }]],
  isCommitteeMember: () => [[staff()[0]]],
  socialWorkersByLevel: () => [[staff()]],
  professionalizationRate: () => [[staff(), asOf()]],
  organizationsByType: () => [[[{ id: 'a', name: 'A', type: 'foundation', registeredOn: '2013-07-01' }], '2013-06-30']],
  welfareTallies: () => [[[{ id: 'p1', title: 'A', programme: 'venture', year: 2012, requestedFen: 100, fundedFen: 100 }]]],
  fundedCommunities: () => [[[{ id: 'p1', title: 'A', programme: 'venture', year: 2012, communityId: 'c1', requestedFen: 100, fundedFen: 100 }], 2012, 'venture']],
  // calculators
  communityWorkFunds: () => [[yanwu(), asOf()], [yanwu(), { asOf: '2011-06-30', locale: 'en' }]],
  cityWorkFunds: () => [[{ communities: [yanwu()] }, asOf()]],
  allocateWelfareBudget: () => [[projects(), { programme: 'bidding-pilot', asOf: '2013-06-30' }]],
  subsistenceAllowance: () => [[{ members: 3, monthlyIncome: all.yuan(1200) }, asOf()]],
  checkMinimumWage: () => [[all.yuan(1200), asOf()]],
  createPointsLedger: () => [['v1']],
  accruePoints: () => [[all.createPointsLedger('v1'), service()]],
  redeemPoints: () => [[ledger(), { points: 2 }, { asOf: '2013-06-01' }]],
  correctPoints: () => [[ledger(), { seq: 1, hours: 2, reason: '登记有误' }, { asOf: '2013-05-10' }]],
  pointsBalance: () => [[ledger(), { asOf: '2014-01-01' }]],
  starLevel: () => [[ledger(), { asOf: '2014-01-01' }]],
  formatPoints: () => [[250], [-33]],
  previousFromGrowth: () => [[6500, '61.9%', 'half-up'], [all.yuan(1000), { numerator: 1, denominator: 10 }, 'half-even']],
  resolveGrowth: () => [['61.9%'], ['0.638']],
  previousYearOf: () => [[indicator(), { rounding: 'half-up' }]],
  indicatorValueText: () => [[{ kind: 'count', value: 6500, unit: 'households' }, { locale: 'en' }]],
  // time
  staggeredHours: () => [[hours(), staggeredParams(), { locale: 'en' }]],
  calendarDay: () => [['2013-09-29'], [new Date('2013-09-29T01:00:00Z')]],
  isHoliday: () => [['2013-10-01']],
  isMakeUpWorkday: () => [['2013-09-29']],
  isWorkingDay: () => [['2013-09-29']],
  holidayName: () => [['2013-02-12']],
  defineHolidayCalendar: () => [[calendarData()]],
  openingHoursOn: () => [[{ openingHours: hours() }, '2013-10-08'], [{ openingHours: hours() }, '2013-10-01', { holidays: 'weekly' }]],
  isOpen: () => [[{ openingHours: hours() }, '2013-09-30T19:59:00+08:00']],
  dutyGaps: () => [[[{ id: 'd1', serviceCenterId: 'x', staffMemberId: 's1', date: '2013-02-09' }], { from: '2013-02-09', to: '2013-02-10' }]],
  sameDayResolutionRate: () => [[[{ id: 'a', communityId: 'j', title: '路灯', receivedAt: '2013-09-29T09:00:00+08:00', resolvedAt: '2013-09-29T15:00:00+08:00' }]]],
  parseClock: () => [['08:30']],
  formatClock: () => [[510]],
  parseInstant: () => [['2013-09-29T16:30:00Z']],
  shanghaiTime: () => [[Date.parse('2013-09-29T16:30:00Z')]],
  // datasets
  generateDataset: () => [[{ communities: 3, seed: 7 }]],
  createRandom: () => [[42]],
  toNdjson: () => [[smallDataset()]],
  provenanceOf: () => [[smallDataset(), 'serviceCenter', 'yushan-lishe-center', 'oneStopHall']],
  // interop
  toHsds: () => [[smallDataset(), { locale: 'en' }]],
  toSchedules: () => [[hours(), [], scheduleContext()]],
  serviceCircle: () => [[all.kunshan, '2013-06-30']],
  circlePolygon: () => [[{ lon: 0, lat: 0 }, 111195.08, 4]],
  attributeTaxonomy: () => [[interop.HSDS_NAMESPACE, { locale: 'en' }]],
  hsdsId: () => [[interop.HSDS_NAMESPACE, 'community', 'yushan-lishe']],
  hsdsIds: () => [[interop.HSDS_NAMESPACE]],
  hsdsName: () => [['serviceCenter', 'a/b', 'phone']],
  uuidV5: () => [[interop.NAMESPACE_DNS, 'www.example.com']],
  uuidV5In: () => [[interop.NAMESPACE_DNS]],
  isUuid: () => [['2ed6657d-e927-568b-95e1-2665a8aea6a2']],
  // geo
  serviceCircleCoverage: () => [
    [
      [
        { id: 'a', location: { lon: 121, lat: 31.003 }, households: 30 },
        { id: 'b', location: { lon: 121, lat: 31.02 }, households: 10 },
      ],
      [{ id: 'centre', location: { lon: 121, lat: 31 } }],
      { minutes: [5, 10, 15], walkingSpeed: 80, detourFactor: 1.2, locale: 'en' },
    ],
  ],
  sitesFromServiceCenters: () => [
    [[{ id: 'lishe-center', kind: 'urban-community-service-center', location: { lon: 120.95, lat: 31.39 } }, { id: 'datan-center', kind: 'village-public-service-center' }]],
  ],
  haversineDistance: () => [[{ lon: 120.98, lat: 31.38 }, { lon: 120.98, lat: 31.389 }]],
};
