import { describe, expect, it } from 'vitest';
import * as errors from '../src/errors.js';
import {
  CommunityStandardsError,
  InvalidOptionError,
  InvalidParameterValueError,
  isCommunityStandardsError,
  MoneyError,
  NoValueInForceError,
  OutOfRangeError,
  ProfileDefinitionError,
  UnknownParameterError,
  UnknownRecordKindError,
  UnknownRuleError,
} from '../src/errors.js';

// Each error built as the library builds it, with its expected name, code, message and details written by hand.
const cases: Array<[string, () => CommunityStandardsError, string, string, Record<string, unknown>]> = [
  ['CommunityStandardsError', () => new CommunityStandardsError('OUT_OF_RANGE', 'base', { a: 1 }), 'OUT_OF_RANGE', 'base', { a: 1 }],
  [
    'UnknownParameterError', () => new UnknownParameterError('hall.minItems', 'kunshan'), 'UNKNOWN_PARAMETER',
    'Profile "kunshan" has no parameter "hall.minItems".', { id: 'hall.minItems', profile: 'kunshan' },
  ],
  [
    'NoValueInForceError', () => new NoValueInForceError('funding.communityWork', 'kunshan', '1990-01-01'), 'NO_VALUE_IN_FORCE',
    'Parameter "funding.communityWork" of profile "kunshan" has no value in force on 1990-01-01.',
    { id: 'funding.communityWork', profile: 'kunshan', asOf: '1990-01-01' },
  ],
  [
    'InvalidOptionError', () => new InvalidOptionError('locale', 'expected one of zh-CN, en', 'fr'), 'INVALID_OPTION',
    'Invalid option "locale": expected one of zh-CN, en', { option: 'locale', value: '"fr"' },
  ],
  ['UnknownRecordKindError', () => new UnknownRecordKindError('comunity'), 'UNKNOWN_RECORD_KIND', 'Unknown record kind "comunity".', { kind: '"comunity"' }],
  ['ProfileDefinitionError', () => new ProfileDefinitionError('no citation', { id: 'x' }), 'INVALID_PROFILE', 'no citation', { id: 'x' }],
  [
    'InvalidParameterValueError',
    () =>
      new InvalidParameterValueError('hall.minServiceItems', { profile: 'x', index: 0, from: '2014-01-01' }, 'twenty', [
        { code: 'invalid_type', path: [], message: { 'zh-CN': 'value:类型不符,应为 number,实为 "twenty"', en: 'value: expected number, received "twenty"' } },
      ]),
    'INVALID_PARAMETER_VALUE',
    'Parameter "hall.minServiceItems" of profile "x": the value "twenty" from 2014-01-01 is invalid (value: expected number, received "twenty").',
    {
      parameter: 'hall.minServiceItems',
      profile: 'x',
      index: 0,
      from: '2014-01-01',
      value: '"twenty"',
      issues: [{ code: 'invalid_type', path: [], message: { 'zh-CN': 'value:类型不符,应为 number,实为 "twenty"', en: 'value: expected number, received "twenty"' } }],
      messages: {
        'zh-CN': '标准 "x" 的参数 hall.minServiceItems:自 2014-01-01 起的值 "twenty" 无效(value:类型不符,应为 number,实为 "twenty")。',
        en: 'Parameter "hall.minServiceItems" of profile "x": the value "twenty" from 2014-01-01 is invalid (value: expected number, received "twenty").',
      },
    },
  ],
  ['MoneyError', () => new MoneyError('not an integer number of fen', { value: 1.5 }), 'INVALID_MONEY', 'not an integer number of fen', { value: 1.5 }],
  ['UnknownRuleError', () => new UnknownRuleError('hall.min-itemz'), 'UNKNOWN_RULE', 'Unknown rule "hall.min-itemz".', { id: 'hall.min-itemz' }],
  ['OutOfRangeError', () => new OutOfRangeError('no holidays for 1999', { year: 1999 }), 'OUT_OF_RANGE', 'no holidays for 1999', { year: 1999 }],
];

describe('errors', () => {
  it.each(cases)('%s has its name, code, message and frozen details', (name, make, code, message, details) => {
    const error = make();
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.details).toEqual(details);
    expect(Object.isFrozen(error.details)).toBe(true);
    expect(String(error)).toBe(`${name}: ${message}`);
  });

  it.each(cases)('%s is a CommunityStandardsError and an Error, and the guard recognises it', (_name, make) => {
    const error = make();
    expect(error).toBeInstanceOf(CommunityStandardsError);
    expect(error).toBeInstanceOf(Error);
    expect(isCommunityStandardsError(error)).toBe(true);
  });

  it('keeps each subclass distinct', () => {
    expect(new MoneyError('x')).not.toBeInstanceOf(OutOfRangeError);
    expect(new UnknownRuleError('x')).not.toBeInstanceOf(UnknownParameterError);
  });

  it('does not keep a reference to the details object it was given', () => {
    const details: Record<string, unknown> = { year: 1999 };
    const error = new OutOfRangeError('x', details);
    details['year'] = 2000;
    expect(error.details).toEqual({ year: 1999 });
  });

  it('describes odd values in details without echoing them whole', () => {
    expect(new UnknownRecordKindError({ toString: () => 'x' }).details).toEqual({ kind: 'object' });
    expect(new UnknownRecordKindError(undefined).message).toBe('Unknown record kind undefined.');
    expect(new InvalidOptionError('asOf', 'bad date', 'x'.repeat(100)).details['value']).toBe(`"${'x'.repeat(80)}…"`);
  });

  describe('isCommunityStandardsError', () => {
    it('recognises an error of another copy of the library (same name, a string code)', () => {
      const twin = Object.assign(new Error('Unknown rule "x".'), { name: 'UnknownRuleError', code: 'UNKNOWN_RULE' });
      expect(isCommunityStandardsError(twin)).toBe(true);
    });

    it.each([
      ['a plain Error', new Error('x')],
      ['a TypeError', new TypeError('x')],
      ['an Error named like ours but without a code', Object.assign(new Error('x'), { name: 'MoneyError' })],
      ['an Error with a code but a foreign name', Object.assign(new Error('x'), { name: 'SystemError', code: 'INVALID_MONEY' })],
      ['a look-alike object', { name: 'MoneyError', code: 'INVALID_MONEY', message: 'x', details: {} }],
      ['an object made from the prototype chain', Object.create(Error.prototype) as unknown],
      ['null', null],
      ['undefined', undefined],
      ['a string', 'MoneyError'],
    ])('does not recognise %s', (_what, value) => {
      expect(isCommunityStandardsError(value)).toBe(false);
    });

    it('recognises every exported error class by its name', () => {
      const classes = Object.values(errors).filter(
        (value): value is typeof CommunityStandardsError =>
          typeof value === 'function' && (value === CommunityStandardsError || value.prototype instanceof CommunityStandardsError),
      );
      expect(classes.map((c) => c.name).sort()).toEqual(cases.map(([name]) => name).sort());
      for (const cls of classes) {
        const twin = Object.assign(new Error('x'), { name: cls.name, code: 'X' });
        expect(isCommunityStandardsError(twin), cls.name).toBe(true);
      }
    });
  });
});
