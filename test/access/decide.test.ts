import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessDecision } from '../../src/standards/access/index.js';
import { accessRequestKinds } from '../../src/models/index.js';
import { defineProfile, kunshan } from '../../src/index.js';
import { deepFreeze } from '../helpers.js';

const asOf = '2013-06-30';

// The four list situations of the issue (plus title matching on each list), each a request title and entry id.
const SITUATIONS = {
  // names duty-3 (调解民间纠纷) by id; the title alone would match nothing
  'duties-id': { title: '人民调解工作', listEntryId: 'duty-3' },
  // names assist-employment (劳动就业) by id
  'assist-id': { title: '就业援助', listEntryId: 'assist-employment' },
  // duty-3's English title in full-width letters with ideographic spaces
  'duties-title': { title: 'Ｍｅｄｉａｔｉｎｇ\u3000ｃｉｖｉｌ\u3000ｄｉｓｐｕｔｅｓ' },
  // assist-community-safety (社区安全) with a space inside and around
  'assist-title': { title: ' 社区 安全 ' },
  // on neither list
  'no-match': { title: '消防安全检查' },
} as const;

const APPROVALS = {
  none: [],
  partial: [{ body: '市纪委' }, { body: '市民政局' }],
  all: [{ body: '市纪委', date: '2013-05-01', reference: '昆准〔2013〕1号' }, { body: '市民政局' }, { body: '市法制办公室' }],
  // 市卫生局 is no review body: its approval does not count, so 市纪委 is missing
  unknown: [{ body: '市卫生局' }, { body: '市民政局' }, { body: '市法制办公室' }],
} as const;

// Columns: task, inspection, assessment, appraisal, training, stamp, compliance-upgrade, plaque.
// O = own-duty, A = admitted, R = refused. Then the basis of a task, and of the six other non-plaque kinds: the
// two lists describe work (paragraph 5 puts work tasks apart from 检查、考核、评比、培训、挂牌、盖章、达标升级), so only a
// task is decided by the lists; every other kind needs the joint approval whatever its title. Every plaque of
// these titles is outside the four plaques, so its basis is always the plaque rule.
const KINDS = ['task', 'inspection', 'assessment', 'appraisal', 'training', 'stamp', 'compliance-upgrade', 'plaque'] as const;
const TABLE = `
duties-id     none     O R R R R R R R   duties/id     review
duties-id     partial  O R R R R R R R   duties/id     review
duties-id     all      O A A A A A A R   duties/id     approval
duties-id     unknown  O R R R R R R R   duties/id     review
assist-id     none     A R R R R R R R   assist/id     review
assist-id     partial  A R R R R R R R   assist/id     review
assist-id     all      A A A A A A A R   assist/id     approval
assist-id     unknown  A R R R R R R R   assist/id     review
duties-title  none     O R R R R R R R   duties/title  review
duties-title  partial  O R R R R R R R   duties/title  review
duties-title  all      O A A A A A A R   duties/title  approval
duties-title  unknown  O R R R R R R R   duties/title  review
assist-title  none     A R R R R R R R   assist/title  review
assist-title  partial  A R R R R R R R   assist/title  review
assist-title  all      A A A A A A A R   assist/title  approval
assist-title  unknown  A R R R R R R R   assist/title  review
no-match      none     R R R R R R R R   not-listed    review
no-match      partial  R R R R R R R R   not-listed    review
no-match      all      A A A A A A A R   approval      approval
no-match      unknown  R R R R R R R R   not-listed    review
`;

const LETTER = { O: 'own-duty', A: 'admitted', R: 'refused' } as const;

function basisOf(d: AccessDecision): string {
  const b = d.basis;
  if (b.kind === 'list') return `${b.list}/${b.matchedBy}`;
  if (b.kind === 'approval') return 'approval';
  const rules: Record<string, string> = {
    'access.not-listed-not-approved': 'not-listed',
    'access.review-required': 'review',
    'access.plaque-outside-four': 'plaque',
  };
  return rules[b.rule] ?? 'invalid';
}

describe('decideAccess — every kind × list situation × approval set', () => {
  const rows = TABLE.trim().split('\n').map((line) => line.trim().split(/\s+/));
  it('has the whole table: 8 kinds × 5 situations × 4 approval sets', () => {
    expect([...accessRequestKinds].sort()).toEqual([...KINDS].sort());
    expect(rows).toHaveLength(20);
  });
  for (const [situation, approvals, ...rest] of rows) {
    const letters = rest.slice(0, 8);
    const [taskBasis, otherBasis] = rest.slice(8);
    KINDS.forEach((kind, i) => {
      it(`${kind} / ${situation} / approvals ${approvals}`, () => {
        const request = {
          department: '市某局',
          kind,
          approvals: APPROVALS[approvals as keyof typeof APPROVALS],
          ...SITUATIONS[situation as keyof typeof SITUATIONS],
        };
        const d = decideAccess(request, { asOf });
        expect(d.decision).toBe(LETTER[letters[i] as keyof typeof LETTER]);
        expect(basisOf(d)).toBe(kind === 'plaque' ? 'plaque' : kind === 'task' ? taskBasis : otherBasis);
        expect(d.issues.map((x) => [x.code, x.path])).toEqual(approvals === 'unknown' ? [['unknown_approver', ['approvals', 0, 'body']]] : []);
        expect(d.reason.length).toBeGreaterThan(0);
      });
    });
  }
});

describe('decideAccess — plaques', () => {
  const plaque = (title: string, approvals: readonly { body: string }[], listEntryId?: string) =>
    decideAccess({ department: '市民政局', kind: 'plaque', title, approvals, ...(listEntryId !== undefined && { listEntryId }) }, { asOf });

  it('decides a plaque within the four by the joint approval alone: the lists describe work, not plaques', () => {
    // 里厍社区 居民委员会 ends with 居民委员会: the residents' committee plaque.
    expect(plaque('里厍社区 居民委员会', APPROVALS.none).decision).toBe('refused');
    expect(plaque('里厍社区 居民委员会', APPROVALS.partial).decision).toBe('refused');
    expect(plaque('里厍社区 居民委员会', APPROVALS.all).decision).toBe('admitted');
    expect(plaque('里厍社区 居民委员会', APPROVALS.unknown).decision).toBe('refused');
    // Naming a list entry does not admit a plaque.
    expect(plaque('里厍社区居委会', [], 'duty-2').decision).toBe('refused');
    expect(plaque('里厍社区综治办', [], 'assist-community-safety').basis).toMatchObject({
      rule: 'access.review-required',
      sameTitleAs: { list: 'assist', entryId: 'assist-community-safety' },
    });
    expect(plaque('“江苏社区”标志', APPROVALS.all).decision).toBe('admitted');
  });

  it('always refuses a plaque outside the four, whatever it carries, and says so', () => {
    const d = plaque('社区警务室', APPROVALS.all, 'assist-community-safety');
    expect(d.decision).toBe('refused');
    expect(d.basis).toEqual({
      kind: 'rule',
      rule: 'access.plaque-outside-four',
      parameter: 'signage.allowedPlaques',
      allowed: ['社区党组织', '社区居委会', '社区服务中心', '综合治理办公室'],
      marks: ['“江苏社区”标志'],
    });
    expect(d.reason).toBe(
      '挂牌“社区警务室”不是社区可悬挂的社区党组织、社区居委会、社区服务中心、综合治理办公室四块牌子及“江苏社区”标志,一律不予准入;此判定依据推定的参数 signage.allowedPlaques',
    );
    expect(d.readings.map((r) => r.parameter)).toEqual(['signage.allowedPlaques']);
  });
});

describe('decideAccess — reasons and bases, written out', () => {
  it('own duty by entry id', () => {
    const d = decideAccess({ department: '市司法局', kind: 'task', title: '人民调解工作', listEntryId: 'duty-3', approvals: [] }, { asOf });
    expect(d.reason).toBe(
      '工作任务“人民调解工作”按条目编号 duty-3 列入《基层群众自治组织依法履行职责事项表》“调解民间纠纷”,属社区依法履行的职责;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准',
    );
    expect(d.readings.map((r) => r.parameter)).toEqual(['access.dutiesList']);
    expect(d.basis).toMatchObject({ kind: 'list', list: 'duties', parameter: 'access.dutiesList', matchedBy: 'id', entry: { id: 'duty-3' } });
    const en = decideAccess({ department: '市司法局', kind: 'task', title: '人民调解工作', listEntryId: 'duty-3', approvals: [] }, { asOf, locale: 'en' });
    expect(en.reason).toBe(
      "task “人民调解工作” is entry duty-3 “Mediating civil disputes” of the list of duties performed by law: the community's own duty; the list's entries are our reading (the report does not print the list), to be replaced by the official list",
    );
  });

  it('admits a work task by title after normalisation, labelling the assist list as a reading', () => {
    const d = decideAccess({ department: '市公安局', kind: 'task', title: ' 社区 安全 ', approvals: [] }, { asOf });
    expect(d.reason).toBe(
      '工作任务“ 社区 安全 ”与《基层群众自治组织协助政府工作事项表》条目“社区安全”(assist-community-safety)名称一致,属协助政府工作事项,予以准入;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准',
    );
    expect(d.readings).toHaveLength(1);
    expect(d.readings[0]?.parameter).toBe('access.assistList');
    expect(d.readings[0]?.assumption['zh-CN']).toContain('第6段');
  });

  it('refuses an inspection titled like an assist-list entry: the lists describe work, not inspections', () => {
    // The issue's three cases: an inspection titled 医疗卫生, an appraisal titled 劳动就业, a stamp titled 调解民间纠纷.
    const inspection = decideAccess({ department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [] }, { asOf });
    expect(inspection.decision).toBe('refused');
    expect(inspection.basis).toEqual({
      kind: 'rule',
      rule: 'access.review-required',
      parameter: 'access.requiredApprovers',
      required: ['市纪委', '市民政局', '市法制办公室'],
      approvedBy: [],
      missing: ['市纪委', '市民政局', '市法制办公室'],
      sameTitleAs: { list: 'assist', entryId: 'assist-health', title: { 'zh-CN': '医疗卫生', en: 'Health care' } },
    });
    expect(inspection.reason).toBe(
      '检查“医疗卫生”未经联合审批,不予准入:检查不论名称均须经市纪委、市民政局、市法制办公室联合审批(名称虽与《基层群众自治组织协助政府工作事项表》条目“医疗卫生”(assist-health)相同,两份清单只列工作任务);此判定依据推定的参数 access.requiredApprovers',
    );
    expect(inspection.readings.map((r) => r.parameter)).toEqual(['access.requiredApprovers']);
    const appraisal = decideAccess({ department: '市人社局', kind: 'appraisal', title: '劳动就业', approvals: [] }, { asOf, locale: 'en' });
    expect(appraisal.decision).toBe('refused');
    expect(appraisal.reason).toBe(
      'appraisal “劳动就业” was not jointly approved: refused; whatever its title, a request of this kind needs the joint approval of 市纪委, 市民政局, 市法制办公室 (its title is that of entry assist-employment “Employment” of the list of work assisting the government, but the two lists describe work tasks only); this decision rests on our reading of access.requiredApprovers',
    );
    const stamp = decideAccess({ department: '市司法局', kind: 'stamp', title: '调解民间纠纷', approvals: [] }, { asOf });
    expect(stamp.decision).toBe('refused');
    expect(stamp.basis).toMatchObject({ rule: 'access.review-required', sameTitleAs: { list: 'duties', entryId: 'duty-3' } });
    // The same titles as work tasks are on the lists.
    expect(decideAccess({ department: '市卫生局', kind: 'task', title: '医疗卫生', approvals: [] }, { asOf }).decision).toBe('admitted');
    expect(decideAccess({ department: '市司法局', kind: 'task', title: '调解民间纠纷', approvals: [] }, { asOf }).decision).toBe('own-duty');
  });

  it('drops the reading when a city supplies its official assist list', () => {
    const official = [
      { id: 'ks-01', title: { 'zh-CN': '就业援助', en: 'Employment assistance' }, department: '市人社局', source: { document: '昆山市基层群众自治组织协助政府工作事项表' } },
    ];
    const city = defineProfile({
      id: 'city-with-list',
      name: { 'zh-CN': '某市', en: 'A city' },
      extends: kunshan,
      parameters: {
        'access.assistList': {
          values: [{ value: official, citation: { document: '昆山市基层群众自治组织协助政府工作事项表' } }],
        },
      },
    });
    const d = decideAccess({ department: '市人社局', kind: 'task', title: '就业援助', approvals: [] }, { profile: city, asOf });
    expect(d.decision).toBe('admitted');
    expect(d.basis).toMatchObject({ kind: 'list', list: 'assist', entry: { id: 'ks-01' } });
    expect(d.readings).toEqual([]);
    expect(d.reason).toBe('工作任务“就业援助”与《基层群众自治组织协助政府工作事项表》条目“就业援助”(ks-01)名称一致,属协助政府工作事项,予以准入');
    // The default's 劳动就业 is no longer listed: a task of that title is refused.
    expect(decideAccess({ department: '市人社局', kind: 'task', title: '劳动就业', approvals: [] }, { profile: city, asOf }).decision).toBe('refused');
  });

  it('admitted by the joint approval, reading 市法制办 as 市法制办公室', () => {
    const approvals = [{ body: '市纪委', reference: '昆准〔2013〕2号' }, { body: '市民政局' }, { body: '市法制办' }];
    const d = decideAccess({ department: '市消防大队', kind: 'inspection', title: '消防安全检查', approvals }, { asOf });
    expect(d.decision).toBe('admitted');
    expect(d.basis).toEqual({
      kind: 'approval',
      parameter: 'access.requiredApprovers',
      bodies: ['市纪委', '市民政局', '市法制办公室'],
      approvals: [{ body: '市纪委', reference: '昆准〔2013〕2号' }, { body: '市民政局' }, { body: '市法制办公室' }],
    });
    expect(d.reason).toBe('检查“消防安全检查”已经市纪委、市民政局、市法制办公室联合审批,予以准入');
    expect(d.readings).toEqual([]);
    const task = decideAccess({ department: '市消防大队', kind: 'task', title: '消防安全宣传', approvals }, { asOf });
    expect(task.reason).toBe('工作任务“消防安全宣传”未列入两份清单,已经市纪委、市民政局、市法制办公室联合审批,予以准入');
  });

  it('refused for missing approvals, naming those present and those missing', () => {
    const d = decideAccess({ department: '市档案局', kind: 'compliance-upgrade', title: '档案达标', approvals: [{ body: '市纪委' }] }, { asOf, locale: 'en' });
    expect(d.basis).toEqual({
      kind: 'rule',
      rule: 'access.review-required',
      parameter: 'access.requiredApprovers',
      required: ['市纪委', '市民政局', '市法制办公室'],
      approvedBy: ['市纪委'],
      missing: ['市民政局', '市法制办公室'],
    });
    expect(d.reason).toBe(
      'compliance / upgrade campaign “档案达标” was approved only by 市纪委, not by 市民政局, 市法制办公室: refused; whatever its title, a request of this kind needs the joint approval of 市纪委, 市民政局, 市法制办公室; this decision rests on our reading of access.requiredApprovers',
    );
    const task = decideAccess({ department: '市档案局', kind: 'task', title: '档案整理', approvals: [{ body: '市纪委' }] }, { asOf });
    expect(task.basis).toMatchObject({ rule: 'access.not-listed-not-approved', approvedBy: ['市纪委'] });
    expect(task.reason).toBe(
      '工作任务“档案整理”未列入两份清单,仅经市纪委审批,缺少市民政局、市法制办公室的审批,不予准入;此判定依据推定的参数 access.dutiesList、access.assistList、access.requiredApprovers',
    );
  });

  it('counts a body once, and not when it approved after the decision date', () => {
    const approvals = [{ body: '市纪委' }, { body: '市 纪委' }, { body: '市民政局' }, { body: '市法制办公室', date: '2013-07-01' }];
    const d = decideAccess({ department: '市某局', kind: 'stamp', title: '证明盖章', approvals }, { asOf });
    expect(d.decision).toBe('refused');
    expect(d.basis).toMatchObject({ approvedBy: ['市纪委', '市民政局'], missing: ['市法制办公室'] });
    expect(d.issues).toHaveLength(1);
    expect(d.issues[0]).toMatchObject({ code: 'approval_after_as_of', path: ['approvals', 3, 'date'], received: '2013-07-01', expected: '2013-06-30' });
    expect(d.issues[0]?.message).toBe('approvals[3].date:审批日期 2013-07-01 晚于判定日期 2013-06-30,其审批不计');
    // The same approvals a day later admit it.
    expect(decideAccess({ department: '市某局', kind: 'stamp', title: '证明盖章', approvals }, { asOf: '2013-07-01' }).decision).toBe('admitted');
  });

  it('falls back to the title when the entry id names no entry, and says so', () => {
    const d = decideAccess({ department: '市人社局', kind: 'task', title: '劳动就业', listEntryId: 'assist-jobs', approvals: [] }, { asOf });
    expect(d.decision).toBe('admitted');
    expect(d.basis).toMatchObject({ list: 'assist', matchedBy: 'title', entry: { id: 'assist-employment' } });
    expect(d.issues.map((i) => [i.code, i.path, i.message])).toEqual([['unknown_list_entry', ['listEntryId'], 'listEntryId:条目编号 assist-jobs 不在两份清单中']]);
    expect(d.reason).toBe(
      '工作任务“劳动就业”与《基层群众自治组织协助政府工作事项表》条目“劳动就业”(assist-employment)名称一致,属协助政府工作事项,予以准入;所填条目编号 assist-jobs 不在两份清单中;该清单条目为本库的推定(报告未列出清单条目),应以本地正式清单为准',
    );
  });

  it('never matches a resembling title, and names the resemblance', () => {
    const d = decideAccess({ department: '市人社局', kind: 'task', title: '劳动就业培训', approvals: [] }, { asOf });
    expect(d.decision).toBe('refused');
    expect(d.nearMatches).toEqual([{ list: 'assist', entryId: 'assist-employment', title: '劳动就业' }]);
    expect(d.reason).toBe(
      '工作任务“劳动就业培训”未列入两份清单,也未经市纪委、市民政局、市法制办公室联合审批,不予准入;名称与清单条目“劳动就业”(assist-employment)相近但不一致,未作模糊匹配;此判定依据推定的参数 access.dutiesList、access.assistList、access.requiredApprovers',
    );
    // For a training the lists do not apply, so no resemblance is reported.
    expect(decideAccess({ department: '市人社局', kind: 'training', title: '劳动就业培训', approvals: [] }, { asOf }).nearMatches).toEqual([]);
  });

  it('does not mutate the request', () => {
    const request = deepFreeze({ department: '市某局', kind: 'task', title: '劳动就业', approvals: [{ body: '市法制办' }] });
    expect(() => decideAccess(request, { asOf })).not.toThrow();
    expect(request.approvals[0]?.body).toBe('市法制办');
  });
});
