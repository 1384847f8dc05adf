import { describe, expect, it } from 'vitest';
import { NoValueInForceError, ProfileDefinitionError, UnknownParameterError } from '../../src/errors.js';
import { serviceCircle } from '../../src/interop/service-circle.js';
import { defineProfile, kunshan, national } from '../../src/profiles/index.js';

const assumption = { 'zh-CN': '测试用', en: 'for the test' };

describe('serviceCircle', () => {
  it('gives 720 m for Kunshan: 15 min × 60 m/min ÷ 1.25', () => {
    const circle = serviceCircle(kunshan, '2013-06-30');
    expect(circle).toMatchObject({ minutes: 15, walkingSpeed: 60, detourFactor: 1.25, radiusMetres: 720 });
    expect(circle.parameters.map((p) => p.id)).toEqual(['circle.minutes', 'circle.walkingSpeed', 'circle.detourFactor']);
    expect(circle.parameters[0]?.citation?.paragraph).toBe(3);
  });

  it('follows a city’s own parameters: 10 min × 80 m/min ÷ 1 = 800 m', () => {
    const city = defineProfile({
      extends: kunshan,
      id: 'city',
      name: { 'zh-CN': '某市', en: 'A city' },
      parameters: {
        'circle.minutes': { values: [{ value: 10, assumption }] },
        'circle.walkingSpeed': { values: [{ value: 80, assumption }] },
        'circle.detourFactor': { values: [{ value: 1, assumption }] },
      },
    });
    expect(serviceCircle(city, '2020-01-01').radiusMetres).toBe(800);
  });

  it('reads the values in force at the date', () => {
    const dated = defineProfile({
      extends: kunshan,
      id: 'dated',
      name: { 'zh-CN': '某市', en: 'A city' },
      parameters: { 'circle.minutes': { values: [{ from: '2015-01-01', value: 10, assumption }] } },
    });
    expect(serviceCircle(dated, '2016-01-01').radiusMetres).toBe(480); // 10 × 60 ÷ 1.25
    expect(() => serviceCircle(dated, '2013-06-30')).toThrow(NoValueInForceError);
  });

  it('throws ProfileDefinitionError for a detour factor below 1 or a speed that is not positive', () => {
    const bad = (id: string, value: number) =>
      defineProfile({ extends: kunshan, id: 'bad', name: { 'zh-CN': 'x', en: 'x' }, parameters: { [id]: { values: [{ value, assumption }] } } });
    expect(() => serviceCircle(bad('circle.detourFactor', 0.8), '2013-06-30')).toThrow(ProfileDefinitionError);
    expect(() => serviceCircle(bad('circle.walkingSpeed', 0), '2013-06-30')).toThrow(ProfileDefinitionError);
  });

  it('throws UnknownParameterError for a profile without the circle parameters', () => {
    expect(() => serviceCircle(national, '2013-06-30')).toThrow(UnknownParameterError);
  });
});
