/**
 * Synthetic burden-reduction records (减负增能, paragraph 5): work-access requests, ledgers and creation activities,
 * so that the rules `access.required`, `ledger.rationalize`, `evaluation.mandatory` and
 * `evaluation.resident-feedback` each have passes and failures in the Kunshan 2013 dataset. The report gives no
 * such records: every one of them is invented.
 *
 * @module
 */
import type { AccessRequest } from '../../standards/access/model.js';
import type { Community } from '../../models/community.js';
import type { CreationActivity } from '../../models/creation-activity.js';
import type { Ledger } from '../../standards/ledger/model.js';
import type { Random } from '../random.js';
import { shuffled } from './exact.js';

/** The synthetic burden-reduction records. */
export interface BurdenRecords {
  /** Work-access requests. */
  readonly accessRequests: AccessRequest[];
  /** Ledgers. */
  readonly ledgers: Ledger[];
  /** Creation activities. */
  readonly creationActivities: CreationActivity[];
}

const ALL_THREE = [
  { body: '市纪委', date: '2013-04-10', reference: '昆准〔2013〕7号' },
  { body: '市民政局', date: '2013-04-11', reference: '昆准〔2013〕7号' },
  { body: '市法制办公室', date: '2013-04-12', reference: '昆准〔2013〕7号' },
];

/**
 * The six access requests each chosen community receives, with the outcome `access.required` gives each under the
 * `kunshan` profile: a work task on the duties list (pass), a work task on the assist list (pass), a jointly
 * approved inspection (pass), an inspection titled like an assist-list entry without approval that reached the
 * community (fail), an appraisal approved by one body only that did not reach it (not applicable), and a plaque
 * outside the four, approved by all three, that reached it anyway (fail).
 */
const REQUESTS: readonly Omit<AccessRequest, 'id' | 'communityId'>[] = [
  { department: '市司法局', kind: 'task', title: '调解民间纠纷', approvals: [], requestedOn: '2013-03-04', reachedCommunity: true },
  { department: '市人社局', kind: 'task', title: '就业登记', listEntryId: 'assist-employment', approvals: [], requestedOn: '2013-03-12', reachedCommunity: true },
  { department: '市公安消防大队', kind: 'inspection', title: '消防安全检查', approvals: ALL_THREE, requestedOn: '2013-04-08', reachedCommunity: true },
  { department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [], requestedOn: '2013-04-22', reachedCommunity: true },
  { department: '市文明办', kind: 'appraisal', title: '文明楼道评比', approvals: [{ body: '市纪委', date: '2013-05-08' }], requestedOn: '2013-05-06', reachedCommunity: false },
  { department: '市老龄委', kind: 'plaque', title: '老年协会', approvals: ALL_THREE, requestedOn: '2013-06-03', reachedCommunity: true },
];

/**
 * The five ledgers each chosen community keeps, with the advice `ledger.rationalize` gives under the default
 * catalogue: two social-assistance ledgers sharing 4 of 5 fields (80% ≥ 60%: merge, merge), a convenience-service
 * ledger of catalogue fields (keep), a Party-building ledger of catalogue fields (keep), and an inspection ledger
 * of no catalogue category (abolish).
 */
const LEDGERS: readonly Omit<Ledger, 'id' | 'communityId'>[] = [
  { title: '低保台账', category: 'social-assistance', department: '市民政局', fields: ['姓名', '身份证号', '户号', '救助金额'] },
  { title: '低保复核台账', category: 'social-assistance', department: '市民政局', fields: ['姓名', '身份证号', '户号', '救助金额', '家庭人口'] },
  { title: '便民服务台账', category: 'service-log', fields: ['服务日期', '服务对象', '服务事项', '办理结果'] },
  { title: '党建工作台账', category: 'party-building', fields: ['党员姓名', '所在支部', '党费缴纳情况'] },
  { title: '创卫迎检台账', category: 'sanitary-city', department: '市爱卫办', fields: ['检查日期', '检查单位', '整改事项'] },
];

/**
 * The five creation activities of each chosen community, with the outcomes of `evaluation.mandatory` and
 * `evaluation.resident-feedback` (minimum share 50%):
 *
 * | activity | mandatory | resident feedback |
 * |---|---|---|
 * | 和谐社区创建活动, province, imposed; feedback 60 of 100 | pass | pass (60%) |
 * | 文明楼道评比, department, imposed; feedback 30 of 100 | fail | fail (30%) |
 * | 平安社区, state, imposed; no criteria | pass | not applicable |
 * | 星级社区评定, city, imposed, city-wide not said; feedback 50 of 100 | not applicable | pass (50%) |
 * | 绿色社区, district, joined voluntarily; department 100 | pass | fail (0%) |
 */
const ACTIVITIES: readonly Omit<CreationActivity, 'id' | 'communityId'>[] = [
  {
    title: '和谐社区创建活动',
    level: 'province',
    imposed: true,
    criteria: [
      { name: '居民满意度测评', weight: 60, source: 'resident-feedback' },
      { name: '部门考核', weight: 40, source: 'department' },
    ],
  },
  {
    title: '文明楼道评比',
    level: 'department',
    imposed: true,
    criteria: [
      { name: '居民评议', weight: 30, source: 'resident-feedback' },
      { name: '部门检查', weight: 70, source: 'department' },
    ],
  },
  { title: '平安社区', level: 'state', imposed: true },
  {
    title: '星级社区评定',
    level: 'city',
    imposed: true,
    criteria: [
      { name: '居民测评', weight: 50, source: 'resident-feedback' },
      { name: '社区自评', weight: 50, source: 'self-assessment' },
    ],
  },
  { title: '绿色社区', level: 'district', imposed: false, criteria: [{ name: '部门验收', weight: 100, source: 'department' }] },
];

/**
 * Makes the synthetic burden-reduction records: `count` communities picked at random each get the same six access
 * requests, five ledgers and five creation activities (the constants above), so that every rule over them has
 * passes and failures whose numbers can be worked out by hand (per community: access 3 pass / 2 fail / 1 not
 * applicable; ledgers 2 keep / 3 fail; mandatory 3 / 1 / 1; resident feedback 2 / 2 / 1). Ids are
 * `<community id>-ar1…`, `-lg1…`, `-ca1…`. Synthetic.
 *
 * @param random - the generator
 * @param communities - the synthetic communities to pick from
 * @param count - how many communities get the records
 * @returns the records
 * @example
 * ```ts
 * makeBurdenRecords(random, communities, 10).accessRequests.length; //=> 60
 * ```
 */
export function makeBurdenRecords(random: Random, communities: readonly Community[], count: number): BurdenRecords {
  const chosen = shuffled(random, communities).slice(0, count);
  chosen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const accessRequests: AccessRequest[] = [];
  const ledgers: Ledger[] = [];
  const creationActivities: CreationActivity[] = [];
  for (const c of chosen) {
    REQUESTS.forEach((r, i) => accessRequests.push({ id: `${c.id}-ar${i + 1}`, communityId: c.id, ...r, approvals: r.approvals.map((a) => ({ ...a })) }));
    LEDGERS.forEach((l, i) => ledgers.push({ id: `${c.id}-lg${i + 1}`, communityId: c.id, ...l, fields: [...l.fields] }));
    ACTIVITIES.forEach((a, i) =>
      creationActivities.push({
        id: `${c.id}-ca${i + 1}`,
        communityId: c.id,
        ...a,
        ...(a.criteria !== undefined && { criteria: a.criteria.map((k) => ({ ...k })) }),
      }),
    );
  }
  return { accessRequests, ledgers, creationActivities };
}
