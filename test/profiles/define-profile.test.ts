import { describe, expect, it } from 'vitest';
import { check, defineProfile, InvalidParameterValueError, kunshan, parameter, ProfileDefinitionError, type ParameterValue } from '../../src/index.js';

const note = { 'zh-CN': '示例', en: 'example' };

describe('defineProfile', () => {
  it('derives a Suzhou-like profile that raises the per-100-household area, and the result changes', () => {
    const suzhou = defineProfile({
      extends: kunshan,
      id: 'suzhou-like',
      name: { 'zh-CN': '苏州(示例)', en: 'Suzhou-like (example)' },
      parameters: {
        'area.perHundredHouseholds': {
          unit: 'square-metres-per-100-households',
          values: [{ from: '2016-01-01', value: 40, assumption: note }],
        },
      },
    });
    expect(parameter(kunshan, 'area.perHundredHouseholds', '2020-01-01').value).toBe(30);
    const raised = parameter(suzhou, 'area.perHundredHouseholds', '2020-01-01');
    expect(raised.value).toBe(40);
    expect(raised.profile).toBe('suzhou-like');
    // Everything else is inherited unchanged.
    expect(parameter(suzhou, 'hall.minServiceItems', '2020-01-01').value).toBe(20);
    expect(parameter(suzhou, 'hall.minServiceItems', '2020-01-01').profile).toBe('kunshan');
  });

  it('raises hall.minServiceItems and a check result changes with it', () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `i${i}`, code: `C${i}`, name: `项目${i}`, category: 'other' }));
    const dataset = {
      communities: [{ id: 'c', name: '某社区', kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [] }],
      serviceCenters: [{ id: 'sc', name: '中心', kind: 'urban-community-service-center', communityIds: ['c'], oneStopHall: true, serviceItemIds: items.map((i) => i.id) }],
      serviceItems: items,
    };
    const stricter = defineProfile({
      extends: kunshan, id: 'stricter', name: note,
      parameters: { 'hall.minServiceItems': { unit: 'count', values: [{ value: 25, assumption: note }] } },
    });
    expect(check(dataset, { asOf: '2013-06-30', rules: ['hall.min-items'] }).findings[0]?.outcome).toBe('pass');
    const strict = check(dataset, { asOf: '2013-06-30', rules: ['hall.min-items'], profile: stricter });
    expect(strict.findings[0]?.outcome).toBe('fail');
    expect(strict.findings[0]?.message).toBe('服务项目 20 项,少于 25 项(差 5 项)');
  });

  it('adds dated values to a parameter in "add" mode', () => {
    const later = defineProfile({
      extends: kunshan, id: 'later', name: note,
      parameters: {
        'funding.communityWork': {
          mode: 'add',
          values: [{ from: '2000-01-01', to: '2004-12-31', value: 500_000, basis: 'registered-households', assumption: note }],
        },
      },
    });
    expect(parameter(later, 'funding.communityWork', '2003-01-01').value).toBe(500_000);
    expect(parameter(later, 'funding.communityWork', '2013-01-01').value).toBe(1_500_000);
  });

  const bad: Array<[string, () => unknown]> = [
    ['an unknown id', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'hall.minItems': { values: [{ value: 1, assumption: note }] } } })],
    ['a unit that does not match', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'hall.minServiceItems': { unit: 'minutes', values: [{ value: 1, assumption: note }] } } })],
    ['a value with no citation or assumption', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'hall.minServiceItems': { values: [{ value: 1 } as ParameterValue] } } })],
    ['overlapping dates', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'funding.communityWork': { mode: 'add', values: [{ from: '2011-01-01', value: 1, assumption: note }] } } })],
    ['a date that does not exist', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'hall.minServiceItems': { values: [{ from: '2013-02-29', value: 1, assumption: note }] } } })],
    ['an end before the start', () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { 'hall.minServiceItems': { values: [{ from: '2013-02-01', to: '2013-01-01', value: 1, assumption: note }] } } })],
    ['a new parameter that already exists', () => defineProfile({ extends: kunshan, id: 'x', name: note, newParameters: { 'hall.minServiceItems': { label: note, unit: 'count', values: [{ value: 1, assumption: note }] } } })],
    ['a malformed id', () => defineProfile({ id: 'x', name: note, newParameters: { Bad: { label: note, unit: 'count', values: [{ value: 1, assumption: note }] } } })],
    ['an empty id', () => defineProfile({ id: '', name: note })],
  ];
  it.each(bad)('throws ProfileDefinitionError for %s', (_what, define) => {
    expect(define).toThrow(ProfileDefinitionError);
  });
});

describe('each value is checked against its parameter (issue 17: a wrong type reached the rules as a raw TypeError)', () => {
  const note = { 'zh-CN': '示例', en: 'example' };
  const change = (id: string, value: unknown) =>
    () => defineProfile({ extends: kunshan, id: 'x', name: note, parameters: { [id]: { values: [{ value: value as never, assumption: note }] } } });
  it.each([
    ['hall.requiredModes', 'one-stop', 'value: expected array, received "one-stop"'],
    ['hall.requiredModes', [1], 'value[0]: invalid value 1; expected one of: one-door, one-stop, one-card'],
    ['funding.communityWork', 1_500_000.5, 'value: expected int, received 1500000.5'],
    ['funding.communityWork', '1500000', 'value: expected number, received "1500000"'],
    ['hall.minServiceItems', -1, 'value: too small — must be >= 0, received -1'],
    ['hall.minServiceItems', Number.NaN, 'value: expected number, received NaN'],
  ])('%s = %j is refused', (id, value, reason) => {
    // Issue 18: the refusal is an InvalidParameterValueError (a ProfileDefinitionError) naming the reason.
    expect(change(id, value)).toThrow(InvalidParameterValueError);
    expect(change(id, value)).toThrow(ProfileDefinitionError);
    expect(change(id, value)).toThrow(reason);
  });
  it('a value of the right shape is accepted, and a record field may be null', () => {
    expect(change('hall.requiredModes', ['one-stop'])).not.toThrow();
    expect(change('funding.communityWork', 1_600_000)).not.toThrow();
    expect(change('staff.professionalised', { socialWorkerLevels: ['junior'], minEducation: null })).not.toThrow();
  });
  it('the profile it returns is frozen all the way down, its values too', () => {
    const profile = change('hall.requiredModes', ['one-stop'])();
    const value = profile.parameters['hall.requiredModes']?.values[0]?.value as string[];
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => value.push('one-door')).toThrow(TypeError);
  });
});
