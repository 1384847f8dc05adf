import { describe, expect, it } from 'vitest';
import { decideAccess } from '../../src/standards/access/index.js';
import { InvalidOptionError } from '../../src/index.js';

const asOf = '2013-06-30';
const valid = { department: '市卫生局', kind: 'inspection', title: '卫生检查', approvals: [] };

// Each bad request, with the issues (code and path) worked out from the AccessRequest model by hand.
const CASES: [string, unknown, [string, (string | number)[]][]][] = [
  ['an unknown kind', { ...valid, kind: 'tour' }, [['invalid_value', ['kind']]]],
  ['an empty department', { ...valid, department: '' }, [['too_small', ['department']]]],
  ['a department of spaces only (ideographic too)', { ...valid, department: ' \u3000 ' }, [['blank_field', ['department']]]],
  ['a title of spaces only', { ...valid, title: '\u3000' }, [['blank_field', ['title']]]],
  ['a missing title', { department: '市卫生局', kind: 'inspection', approvals: [] }, [['required', ['title']]]],
  ['approvals that are not a list', { ...valid, approvals: '市纪委' }, [['invalid_type', ['approvals']]]],
  ['an approval without a body', { ...valid, approvals: [{ date: '2013-01-01' }] }, [['required', ['approvals', 0, 'body']]]],
  ['a malformed approval date', { ...valid, approvals: [{ body: '市纪委', date: '2013-02-30' }] }, [['invalid_format', ['approvals', 0, 'date']]]],
  ['an unknown key', { ...valid, urgent: true }, [['unrecognized_keys', []]]],
  ['a __proto__ key', JSON.parse('{"department":"市卫生局","kind":"task","title":"x","approvals":[],"__proto__":{"x":1}}'), [['unrecognized_keys', []]]],
  ['null', null, [['invalid_type', []]]],
  ['a number', 42, [['invalid_type', []]]],
  ['a list', [], [['invalid_type', []]]],
  ['a title of 501 characters', { ...valid, title: '检'.repeat(501) }, [['too_big', ['title']]]],
  [
    'an unknown kind and an empty department together',
    { ...valid, kind: 'visit', department: '' },
    [
      ['too_small', ['department']],
      ['invalid_value', ['kind']],
    ],
  ],
];

describe('decideAccess — bad input gives issues, never an exception', () => {
  for (const [name, input, expected] of CASES) {
    it(name, () => {
      const d = decideAccess(input, { asOf });
      expect(d.decision).toBe('refused');
      expect(d.basis).toEqual({ kind: 'rule', rule: 'access.invalid-request', issueCount: expected.length });
      expect(d.issues.map((i) => [i.code, i.path])).toEqual(expected);
      expect(d.reason).toBe(`申请有 ${expected.length} 处问题,无法判定,不予准入`);
      for (const issue of d.issues) expect(issue.message.length).toBeGreaterThan(0);
    });
  }

  it('reads a request whose getters throw as unreadable', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const d = decideAccess(hostile, { asOf, locale: 'en' });
    expect(d.issues.map((i) => i.code)).toEqual(['unreadable_input']);
    expect(d.reason).toBe('the request has 1 problem(s) and cannot be decided: refused');
  });

  it('reports approvals from unknown bodies, and does not count them', () => {
    const approvals = [{ body: '市卫生局' }, { body: '市纪委' }, { body: '昆山市人民政府' }, { body: '市民政局' }, { body: '市法制办公室' }];
    const d = decideAccess({ ...valid, approvals }, { asOf, locale: 'en' });
    // The three review bodies approved, so it is admitted; the other two approvals are issues.
    expect(d.decision).toBe('admitted');
    expect(d.issues.map((i) => [i.code, i.path, i.received])).toEqual([
      ['unknown_approver', ['approvals', 0, 'body'], '市卫生局'],
      ['unknown_approver', ['approvals', 2, 'body'], '昆山市人民政府'],
    ]);
    expect(d.issues[0]?.message).toBe(
      'approvals[0].body: 市卫生局 is not an access review body (市纪委, 市民政局, 市法制办公室); its approval does not count',
    );
    const only = decideAccess({ ...valid, approvals: [{ body: '市卫生局' }, { body: '市政府' }, { body: '市委' }] }, { asOf });
    expect(only.decision).toBe('refused');
    expect(only.basis).toMatchObject({ approvedBy: [], missing: ['市纪委', '市民政局', '市法制办公室'] });
    expect(only.issues).toHaveLength(3);
  });
});

describe('decideAccess — misuse throws', () => {
  it('requires asOf, a valid date and a known locale', () => {
    expect(() => decideAccess(valid, {} as never)).toThrow(InvalidOptionError);
    expect(() => decideAccess(valid, undefined as never)).toThrow(InvalidOptionError);
    expect(() => decideAccess(valid, { asOf: '2013-13-01' })).toThrow(InvalidOptionError);
    expect(() => decideAccess(valid, { asOf, locale: 'fr' as never })).toThrow(InvalidOptionError);
  });
});
