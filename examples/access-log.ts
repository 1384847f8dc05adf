/**
 * A short work-access log (工作准入记录) for one community, 里厍社区 (玉山镇), with each request's decision and
 * its reason, then the tally per department that the electronic performance evaluation (电子绩效评估) needs.
 *
 * Run it with `npx tsx examples/access-log.ts` (add `en` for English); the demo calls {@link accessLog}.
 * The requests are illustrative, not from the report. A work task is decided by the two lists; an inspection,
 * appraisal, plaque or upgrade campaign needs the joint review whatever its title (市卫生局's inspection titled
 * 医疗卫生 is refused although its work task of that name is admitted). The default lists are readings, and the
 * reasons say so.
 */
import { pathToFileURL } from 'node:url';
import { accessTally, decideAccess } from '../src/standards/access/index.js';
import type { Locale } from '../src/locale.js';
import { accessMessages } from '../src/standards/access/decision-messages.js';

/** The date the log is drawn up: the end of the report's second quarter of 2013. */
export const ACCESS_LOG_AS_OF = '2013-06-30';

const ALL_THREE = [
  { body: '市纪委', date: '2013-04-10', reference: '昆准〔2013〕7号' },
  { body: '市民政局', date: '2013-04-11', reference: '昆准〔2013〕7号' },
  { body: '市法制办', date: '2013-04-12', reference: '昆准〔2013〕7号' },
];

/**
 * Illustrative requests to 里厍社区 (`yushan-lishe`) in the first half of 2013.
 *
 * @example
 * ```ts
 * lisheRequests.length; //=> 9
 * ```
 */
export const lisheRequests = [
  { id: 'ar-01', communityId: 'yushan-lishe', requestedOn: '2013-03-04', department: '市司法局', kind: 'task', title: '人民调解', listEntryId: 'duty-3', approvals: [], reachedCommunity: true },
  { id: 'ar-02', communityId: 'yushan-lishe', requestedOn: '2013-03-12', department: '市人社局', kind: 'task', title: '就业登记', listEntryId: 'assist-employment', approvals: [], reachedCommunity: true },
  { id: 'ar-03', communityId: 'yushan-lishe', requestedOn: '2013-04-02', department: '市卫生局', kind: 'task', title: '医疗 卫生', approvals: [], reachedCommunity: true },
  { id: 'ar-04', communityId: 'yushan-lishe', requestedOn: '2013-04-18', department: '市公安消防大队', kind: 'inspection', title: '消防安全检查', approvals: ALL_THREE, reachedCommunity: true },
  { id: 'ar-05', communityId: 'yushan-lishe', requestedOn: '2013-05-06', department: '市文明办', kind: 'appraisal', title: '文明楼道评比', approvals: [], reachedCommunity: true },
  { id: 'ar-06', communityId: 'yushan-lishe', requestedOn: '2013-05-20', department: '市档案局', kind: 'compliance-upgrade', title: '档案管理达标升级', approvals: [{ body: '市纪委', date: '2013-05-25' }], reachedCommunity: false },
  { id: 'ar-07', communityId: 'yushan-lishe', requestedOn: '2013-06-03', department: '市老龄委', kind: 'plaque', title: '老年协会', approvals: ALL_THREE, reachedCommunity: false },
  { id: 'ar-08', communityId: 'yushan-lishe', requestedOn: '2013-06-10', department: '市人社局', kind: 'task', title: '劳动就业培训', approvals: [], reachedCommunity: true },
  { id: 'ar-09', communityId: 'yushan-lishe', requestedOn: '2013-06-17', department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [], reachedCommunity: false },
] as const;

/**
 * The access log of 里厍社区 as lines of text: a heading, one line per request (date, department, decision,
 * reason), then one line per department with its tally.
 *
 * @param options - `locale` (default `zh-CN`)
 * @returns the lines
 * @example
 * ```ts
 * accessLog()[1]; //=> '2013-03-04 市司法局 → 本职事项:工作任务“人民调解”按条目编号 duty-3 列入《基层群众自治组织依法履行职责事项表》“调解民间纠纷”,属社区依法履行的职责'
 * ```
 */
export function accessLog(options: { readonly locale?: Locale } = {}): string[] {
  const locale = options.locale ?? 'zh-CN';
  const m = accessMessages[locale];
  const zh = locale === 'zh-CN';
  const lines = [zh ? `里厍社区工作准入记录(截至 ${ACCESS_LOG_AS_OF})` : `Work access log of 里厍社区 (as of ${ACCESS_LOG_AS_OF})`];
  for (const request of lisheRequests) {
    const { decision, reason } = decideAccess(request, { asOf: ACCESS_LOG_AS_OF, locale });
    lines.push(`${request.requestedOn} ${request.department} → ${m.decision[decision]}${zh ? ':' : ': '}${reason}`);
  }
  lines.push(zh ? '各部门汇总(电子绩效评估):' : 'Per department (electronic performance evaluation):');
  for (const d of accessTally(lisheRequests, { asOf: ACCESS_LOG_AS_OF, locale }).departments) {
    lines.push(
      zh
        ? `  ${d.department}:共 ${d.total} 项,本职 ${d.ownDuty},准入 ${d.admitted},不予准入 ${d.refused},待审 ${d.pending},未经准入进入社区 ${d.reachedWithoutAdmission}`
        : `  ${d.department}: ${d.total} in all, own duty ${d.ownDuty}, admitted ${d.admitted}, refused ${d.refused}, pending ${d.pending}, reached without admission ${d.reachedWithoutAdmission}`,
    );
  }
  return lines;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of accessLog({ locale: process.argv[2] === 'en' ? 'en' : 'zh-CN' })) console.log(line);
}
