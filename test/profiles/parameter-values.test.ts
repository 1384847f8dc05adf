import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  defineProfile,
  InvalidParameterValueError,
  kunshan,
  national,
  parameter,
  parameterIds,
  ProfileDefinitionError,
  type ParameterId,
} from '../../src/index.js';
import { builtInParameterSchemas } from '../../src/profiles/parameter-schemas.js';
import { parameterValueIssues } from '../../src/profiles/value-schema.js';

const note = { 'zh-CN': '示例', en: 'example' };

/** Changes one parameter of kunshan to one value in force from 2014-01-01. */
const change = (id: string, value: unknown, dates: { from?: string; to?: string } = { from: '2014-01-01' }) => () =>
  defineProfile({ extends: kunshan, id: 'x-city', name: note, parameters: { [id]: { values: [{ ...dates, value: value as never, assumption: note }] } } });

function refusal(define: () => unknown): InvalidParameterValueError {
  try {
    define();
  } catch (error) {
    if (error instanceof InvalidParameterValueError) return error;
    throw error;
  }
  throw new Error('expected an InvalidParameterValueError');
}

describe('defineProfile checks each value against its parameter (issue 18)', () => {
  // [parameter, value, how the value is shown, the reason in English, the reason in Chinese] — written by hand:
  // hall.minServiceItems is a count (a whole number from 0), evaluation.minResidentFeedbackShare a ratio (0–1),
  // hall.eveningUntil a time of day (HH:mm, hours 00–23).
  it.each([
    ['hall.minServiceItems', 'twenty', '"twenty"', 'value: expected number, received "twenty"', 'value:类型不符,应为 number,实为 "twenty"'],
    ['hall.minServiceItems', null, 'null', 'value: expected number, received null', 'value:类型不符,应为 number,实为 null'],
    ['hall.minServiceItems', -1, '-1', 'value: too small — must be >= 0, received -1', 'value:值过小,应 >= 0,实为 -1'],
    ['hall.minServiceItems', 1.5, '1.5', 'value: expected int, received 1.5', 'value:类型不符,应为 int,实为 1.5'],
    ['evaluation.minResidentFeedbackShare', 1.2, '1.2', 'value: too big — must be <= 1, received 1.2', 'value:值过大,应 <= 1,实为 1.2'],
    ['hall.eveningUntil', '25:00', '"25:00"', 'value: invalid format — expected HH:mm, received "25:00"', 'value:格式不符,应为 HH:mm 格式,实为 "25:00"'],
  ])('%s = %j is refused, naming the parameter, the date and the value', (id, value, shown, en, zh) => {
    const error = refusal(change(id, value));
    expect(error).toBeInstanceOf(ProfileDefinitionError);
    expect(error.code).toBe('INVALID_PARAMETER_VALUE');
    expect(error.message).toBe(`Parameter "${id}" of profile "x-city": the value ${shown} from 2014-01-01 is invalid (${en}).`);
    expect(error.details).toMatchObject({ parameter: id, profile: 'x-city', index: 0, from: '2014-01-01', value: shown });
    expect(error.details['to']).toBeUndefined();
    expect(error.details['messages']).toEqual({
      'zh-CN': `标准 "x-city" 的参数 ${id}:自 2014-01-01 起的值 ${shown} 无效(${zh})。`,
      en: error.message,
    });
    expect(error.details['issues']).toEqual([expect.objectContaining({ path: [], message: { 'zh-CN': zh, en } })]);
  });

  it('names both dates, an end date alone, or none, and the position of the value', () => {
    expect(refusal(change('hall.minServiceItems', -1, { from: '2014-01-01', to: '2015-12-31' })).message).toContain('the value -1 from 2014-01-01 to 2015-12-31 is invalid');
    expect(refusal(change('hall.minServiceItems', -1, { to: '2015-12-31' })).message).toContain('the value -1 until 2015-12-31 is invalid');
    expect(refusal(change('hall.minServiceItems', -1, {})).message).toContain('the value -1 with no dates (in force at any date) is invalid');
    const second = refusal(() =>
      defineProfile({
        extends: kunshan,
        id: 'x-city',
        name: note,
        parameters: { 'hall.minServiceItems': { values: [{ to: '2013-12-31', value: 20, assumption: note }, { from: '2014-01-01', value: 'twenty' as never, assumption: note }] } },
      }),
    );
    expect(second.details).toMatchObject({ index: 1, from: '2014-01-01' });
  });

  it('accepts the edges: 0 and a whole count, a ratio of 0 and 1, 00:00, 23:59 and 24:00', () => {
    for (const v of [0, 25]) expect(parameter(change('hall.minServiceItems', v)(), 'hall.minServiceItems', '2014-06-30').value).toBe(v);
    for (const v of [0, 1]) expect(change('evaluation.minResidentFeedbackShare', v)).not.toThrow();
    for (const v of ['00:00', '23:59', '24:00']) expect(change('hall.eveningUntil', v)).not.toThrow();
    for (const v of ['24:01', '7:00', '19:60', '1900']) expect(change('hall.eveningUntil', v)).toThrow(InvalidParameterValueError);
  });

  it('checks money as whole fen from 0, and the fields of a record against the parameter’s own schema', () => {
    expect(change('wage.minimum', 137_000)).not.toThrow();
    expect(refusal(change('wage.minimum', -100)).message).toContain('(value: too small — must be >= 0, received -100)');
    expect(refusal(change('wage.minimum', 1370.5)).message).toContain('(value: expected int, received 1370.5)');
    const hours = refusal(change('hall.ordinaryHours', { days: ['mon'], opens: '08:30', closes: '25:00' }));
    expect(hours.details['issues']).toEqual([expect.objectContaining({ path: ['closes'] })]);
    expect(hours.message).toContain('value.closes: invalid format — expected HH:mm, received "25:00"');
    expect(refusal(change('circle.distance15Minutes', { min: 1000, max: 800 })).message).toContain(
      '(value.max: the maximum must not be below the minimum)',
    );
    expect(refusal(change('funding.communityWorkRounding', 'nearest')).message).toContain('value: invalid value "nearest"');
  });

  it('checks a new parameter against its unit, and a list or record against the schema it declares', () => {
    const define = (definition: Record<string, unknown>) => () =>
      defineProfile({ extends: kunshan, id: 'x-city', name: note, newParameters: { 'city.thing': { label: note, values: [], ...definition } as never } });
    expect(define({ unit: 'count', values: [{ value: 3, assumption: note }] })).not.toThrow();
    expect(refusal(define({ unit: 'count', values: [{ from: '2020-01-01', value: 2.5, assumption: note }] })).details).toMatchObject({
      parameter: 'city.thing',
      from: '2020-01-01',
      value: '2.5',
    });
    // without a schema of its own, any list is a list, and any object a record
    expect(define({ unit: 'list', values: [{ value: [1, 'a'], assumption: note }] })).not.toThrow();
    expect(refusal(define({ unit: 'list', values: [{ value: 'a', assumption: note }] })).message).toContain('(value: expected array, received "a")');
    expect(refusal(define({ unit: 'record', values: [{ value: [], assumption: note }] })).message).toContain('(value: expected record, received array)');
    // with one, its members are checked
    const schema = z.array(z.enum(['a', 'b']));
    expect(define({ unit: 'list', schema, values: [{ value: ['a'], assumption: note }] })).not.toThrow();
    expect(refusal(define({ unit: 'list', schema, values: [{ value: ['c'], assumption: note }] })).message).toContain('value[0]: invalid value "c"');
    expect(define({ unit: 'list', schema: 'not a schema', values: [{ value: ['a'], assumption: note }] })).toThrow('has a schema that is not a zod schema');
  });

  it('keeps the schema of the base parameter in a profile derived from a derived one', () => {
    const city = change('hall.requiredModes', ['one-stop'])();
    expect(() =>
      defineProfile({ extends: city, id: 'district', name: note, parameters: { 'hall.requiredModes': { values: [{ value: ['one-window'] as never, assumption: note }] } } }),
    ).toThrow('value[0]: invalid value "one-window"; expected one of: one-door, one-stop, one-card');
  });

  it('loads the kunshan and national profiles, whose every parameter is in the typed map', () => {
    // Every id of ParameterTypes, listed by hand: a missing or extra key does not compile (the type test's host
    // parameter is declared by module augmentation, so it is left out here).
    const typed: Record<Exclude<ParameterId, 'suzhou.maxQueueMinutes'>, true> = {
      'access.assistList': true, 'access.bodyAliases': true, 'access.dutiesList': true, 'access.requiredApprovers': true,
      'access.reviewBodies': true, 'allowance.subsistence': true, 'area.householdBasis': true, 'area.perHundredHouseholds': true,
      'area.reportedAverageRural': true, 'area.reportedAverageUrban': true, 'brand.catalogue': true, 'brand.catalogueStatus': true,
      'brand.families': true, 'center.fivePlusOneStatus': true, 'center.plusOne': true,
      'center.stations': true, 'circle.detourFactor': true, 'circle.distance10Minutes': true, 'circle.distance15Minutes': true,
      'circle.distance5Minutes': true, 'circle.minutes': true, 'circle.walkingSpeed': true, 'employment.zeroEmploymentClearanceDays': true,
      'evaluation.mandatoryActivities': true,
      'evaluation.mandatoryLevels': true, 'evaluation.minResidentFeedbackShare': true, 'funding.biddingPilot': true,
      'funding.centerUpgrade': true, 'funding.centerUpgradeCenters': true, 'funding.communityWork': true, 'funding.communityWorkRounding': true, 'funding.featuredBrands': true,
      'funding.serviceWeb': true, 'funding.welfareVenture': true, 'governance.bodies': true, 'governance.sixInOneServices': true,
      'hall.eveningUntil': true, 'hall.minEveningWeekdays': true, 'hall.minServiceItems': true, 'hall.minWeekendDays': true,
      'hall.ordinaryHours': true, 'hall.requiredModes': true, 'ledger.catalogue': true, 'ledger.mergeThreshold': true,
      'model.template.newRural': true, 'model.template.oldTown': true, 'model.template.pureRural': true,
      'model.template.ruralUrbanMixed': true, 'points.maxHoursPerActivity': true, 'points.perHour': true, 'points.rounding': true,
      'points.starLevels': true, 'points.validityMonths': true, 'property.integrationPilotStatus': true,
      'property.jointMeetingWithinMonths': true, 'property.triadMeetingWithinMonths': true, 'property.triadParties': true, 'service.matchMaxDistanceMetres': true,
      'service.matchPriorityGroups': true, 'service.minFeatured': true, 'service.minNeedsMetShare': true, 'service.standardServices': true,
      'signage.allowedPlaques': true, 'signage.mark': true, 'staff.professionalised': true, 'wage.minimum': true,
    };
    expect(parameterIds(kunshan)).toEqual(Object.keys(typed).sort());
    expect(parameterIds(national)).toEqual(['area.perHundredHouseholds', 'circle.distance10Minutes', 'circle.distance15Minutes', 'circle.distance5Minutes']);
    expect(parameter(kunshan, 'hall.minServiceItems', '2013-06-30').value).toBe(20);
    expect(parameter(national, 'circle.distance15Minutes', '2020-01-01').value).toEqual({ min: 800, max: 1000 });
  });

  it('has a schema for every built-in list and record, and every built-in value fits its unit and schema', () => {
    // The built-in profiles are built without the value check (it would bring zod into a bundle that only reads
    // them), so this test is their check.
    const schemas: Readonly<Record<string, z.ZodType | undefined>> = builtInParameterSchemas;
    let checked = 0;
    for (const id of parameterIds(kunshan)) {
      const definition = kunshan.parameters[id] ?? national.parameters[id];
      if (definition === undefined) throw new Error(id);
      const schema = schemas[id];
      if (definition.unit === 'list' || definition.unit === 'record') expect(schema, id).toBeDefined();
      for (const v of definition.values) {
        expect(parameterValueIssues({ unit: definition.unit, schema }, v.value), id).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(67); // 66 parameters (3 of them for matching), funding.communityWork with two dated values
  });

  it('checks a new parameter of a built-in id against the built-in schema, in a profile built from nothing', () => {
    const define = (value: unknown) => () =>
      defineProfile({ id: 'bare', name: note, newParameters: { 'hall.requiredModes': { label: note, unit: 'list', values: [{ value: value as never, assumption: note }] } } });
    expect(define(['one-stop'])).not.toThrow();
    expect(refusal(define(['one-window'])).message).toContain('value[0]: invalid value "one-window"');
  });
});
