import { describe, expect, it } from 'vitest';
import { accessTally } from '../../src/standards/access/index.js';
import { InvalidOptionError } from '../../src/index.js';

const asOf = '2013-06-30';
const ALL = [{ body: '市纪委' }, { body: '市民政局' }, { body: '市法制办公室' }];

describe('accessTally', () => {
  it('counts decisions per department, by hand', () => {
    const requests = [
      // 市卫生局: the work task 医疗卫生 (assist) admitted; an inspection of the same title, reached, needs the joint
      // review → refused and reached without admission; 卫生评比 with 市纪委 only, not reached → pending;
      // 卫生评比 with 市纪委 only but reached → refused and reached without admission.
      { department: '市卫生局', kind: 'task', title: '医疗卫生', approvals: [], reachedCommunity: true },
      { department: '市卫生局', kind: 'inspection', title: '医疗卫生', approvals: [], reachedCommunity: true },
      { department: '市卫生局', kind: 'appraisal', title: '卫生评比', approvals: [{ body: '市纪委' }], reachedCommunity: false },
      { department: '市 卫生局', kind: 'appraisal', title: '卫生评比', approvals: [{ body: '市纪委' }], reachedCommunity: true },
      // 市司法局: duty-3 by id → own duty; a training with all three → admitted; a stamp with nothing → refused.
      { department: '市司法局', kind: 'task', title: '调解', listEntryId: 'duty-3', approvals: [] },
      { department: '市司法局', kind: 'training', title: '调解员培训', approvals: ALL },
      { department: '市司法局', kind: 'stamp', title: '证明盖章', approvals: [] },
      // 市老龄委: a plaque outside the four, fully approved, reached anyway → refused, reached without admission.
      { department: '市老龄委', kind: 'plaque', title: '老年协会', approvals: ALL, reachedCommunity: true },
      // invalid: unknown kind; blank department
      { department: '市某局', kind: 'visit', title: '走访', approvals: [] },
      { department: ' ', kind: 'task', title: '走访', approvals: [] },
    ];
    const tally = accessTally(requests, { asOf });
    expect(tally.departments).toEqual([
      { department: '市卫生局', total: 4, ownDuty: 0, admitted: 1, refused: 2, pending: 1, reachedWithoutAdmission: 2 },
      { department: '市司法局', total: 3, ownDuty: 1, admitted: 1, refused: 1, pending: 0, reachedWithoutAdmission: 0 },
      { department: '市老龄委', total: 1, ownDuty: 0, admitted: 0, refused: 1, pending: 0, reachedWithoutAdmission: 1 },
    ]);
    expect(tally.totals).toEqual({ total: 8, ownDuty: 1, admitted: 2, refused: 4, pending: 1, reachedWithoutAdmission: 3 });
    expect(tally.invalid.map((i) => [i.index, i.issues.map((x) => [x.code, x.path])])).toEqual([
      [8, [['invalid_value', [8, 'kind']]]],
      [9, [['blank_field', [9, 'department']]]],
    ]);
  });

  it('is empty for no requests, and throws for a non-array', () => {
    expect(accessTally([], { asOf })).toEqual({
      departments: [],
      totals: { total: 0, ownDuty: 0, admitted: 0, refused: 0, pending: 0, reachedWithoutAdmission: 0 },
      invalid: [],
    });
    expect(() => accessTally('x' as never, { asOf })).toThrow(InvalidOptionError);
  });
});
