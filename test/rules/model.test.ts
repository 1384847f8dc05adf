import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, item, messages, rows } from './fixtures.js';

const ASOF = '2013-06-30';
const rule = { rules: ['model.template'] };
const facility = (id: string, kind: string) => ({ id, kind, name: id });

describe('model.template', () => {
  it('finds each reference centre complete against its own model (paragraph 2), where reported', () => {
    const report = check(referenceData(), { asOf: ASOF, ...rule });
    expect(rows(report)).toEqual([
      ['qiandeng-yanwu-center', 'new-rural:facilities', 'pass', 'facilities-complete'],
      ['qiandeng-yanwu-center', 'new-rural:services', 'not-applicable', 'services-not-reported'],
      ['qiandeng-datan-center', 'pure-rural:facilities', 'pass', 'facilities-complete'],
      ['yushan-jinghe-center', 'rural-urban-mixed:facilities', 'pass', 'facilities-complete'],
      ['yushan-jinghe-center', 'rural-urban-mixed:services', 'pass', 'services-complete'],
      ['yushan-lishe-center', 'old-town:facilities', 'not-applicable', 'facilities-not-reported'],
    ]);
    expect(messages(report, 'qiandeng-datan-center')).toEqual(['具备纯农村社区参照(千灯大潭村)的全部设施']);
    expect(report.findings[0]?.severity).toBe('info');
    expect(report.findings[0]?.parameters.map((id) => [id, report.parameters[id]?.citation?.paragraph])).toEqual([['model.template.newRural', 2]]);
  });

  it('lists the template facilities a pure-rural centre lacks', () => {
    const report = check(
      {
        communities: [community('v', { kind: 'rural', model: 'pure-rural' })],
        serviceCenters: [center('vc', ['v'], { kind: 'village-public-service-center', facilityIds: ['c', 'b'] })],
        facilities: [facility('c', 'clinic'), facility('b', 'basketball-court')],
      },
      { asOf: ASOF, ...rule }
    );
    // 大潭村: 室外运动器具, 篮球场, 医务室, 图书室, 谈心室, 村委会 — the centre has the clinic and the court.
    expect(messages(report)).toEqual(['对照纯农村社区参照(千灯大潭村),缺少设施:室外运动器具、图书室、谈心室、居(村)委会办公用房']);
    expect(report.findings[0]?.actual).toEqual(['basketball-court', 'clinic']);
  });

  it('counts the one-stop hall from the centre’s oneStopHall flag', () => {
    const data = referenceData();
    const yanwu = (data['serviceCenters'] as Record<string, unknown>[])[0]!;
    yanwu['oneStopHall'] = false;
    yanwu['facilityIds'] = (yanwu['facilityIds'] as string[]).filter((id) => id !== 'yanwu-hall');
    const report = check(data, { asOf: ASOF, ...rule, locale: 'en' });
    expect(report.findings[0]?.message).toBe(
      'lacks these facilities of the new rural community template (千灯炎武社区): one-stop service hall'
    );
  });

  it('lists the template services a rural–urban mixed centre lacks', () => {
    const report = check(
      {
        communities: [community('m', { kind: 'rural', model: 'rural-urban-mixed' })],
        serviceCenters: [center('mc', ['m'], { facilityIds: [], serviceItemIds: ['w', 'jh'] })],
        serviceItems: [item('w', 'convenience', { name: '水电维修服务' }), item('jh', 'family-planning', { name: '人口与家庭服务' })],
      },
      { asOf: ASOF, ...rule }
    );
    expect(messages(report)).toEqual([
      '对照农夹居社区参照(泾河村),缺少设施:党员服务站、电子阅览室、电教室、室内灯光草坪门球场、露天戏台',
      '对照农夹居社区参照(泾河村),缺少服务:城管服务',
    ]);
  });

  it('does not fail the services a partial item list does not show, and passes one that shows them all', () => {
    const data = (partial: boolean, itemIds: string[]) => ({
      communities: [community('m', { kind: 'rural', model: 'rural-urban-mixed' })],
      serviceCenters: [center('mc', ['m'], { serviceItemIds: itemIds, serviceItemsPartial: partial })],
      serviceItems: [
        item('w', 'convenience', { name: '水电维修服务' }),
        item('jh', 'family-planning', { name: '人口与家庭服务' }),
        item('cg', 'other', { name: '城管服务' }),
      ],
    });
    const partial = check(data(true, ['w', 'jh']), { asOf: ASOF, ...rule });
    // The first finding is the facilities (not reported); the second the services.
    expect(rows(partial)[1]).toEqual(['mc', 'rural-urban-mixed:services', 'not-applicable', 'services-partial']);
    expect(messages(partial)[1]).toBe('服务项目清单不完整,已列出的项目中未见农夹居社区参照(泾河村)的服务:城管服务,无法判断');
    const partialAll = check(data(true, ['w', 'jh', 'cg']), { asOf: ASOF, ...rule });
    expect(rows(partialAll)[1]).toEqual(['mc', 'rural-urban-mixed:services', 'pass', 'services-complete']);
  });

  it('compares a centre serving communities of two models with both templates, and skips “other”', () => {
    const report = check(
      {
        communities: [community('old', { model: 'old-town' }), community('odd', { model: 'other' })],
        serviceCenters: [center('x', ['old', 'odd'], { facilityIds: ['o'] })],
        facilities: [facility('o', 'committee-office')],
      },
      { asOf: ASOF, ...rule }
    );
    expect(rows(report)).toEqual([
      ['x', 'old-town:facilities', 'fail', 'facilities-lacking'],
      ['x', 'other', 'not-applicable', 'no-template'],
    ]);
    expect(messages(report)).toEqual(['对照老城区社区参照(里厍社区),缺少设施:活动室', '“其他”模式没有参照模板']);
  });
});
