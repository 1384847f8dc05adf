import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { community, messages, rows, staff } from './fixtures.js';

const ASOF = '2013-06-30';
const ALL_BODIES = ['party-organization', 'residents-committee', 'livelihood-service-center', 'governance-office'];

describe('governance.structure', () => {
  it('is not applicable to the four reference communities: the report does not list their bodies', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['governance.structure'], locale: 'en' });
    expect(rows(report)).toEqual(
      ['qiandeng-yanwu', 'qiandeng-datan', 'yushan-jinghe', 'yushan-lishe'].map((id) => [id, undefined, 'not-applicable', 'not-reported']),
    );
    expect(messages(report, 'yushan-lishe')).toEqual(['the community’s governance bodies are not reported']);
  });

  it('names 居委会 or 村委会 by the community’s kind when only the committee is reported', () => {
    const report = check(
      { communities: [community('yanwu', { governanceBodies: ['residents-committee'] }), community('datan', { kind: 'rural', governanceBodies: ['villagers-committee'] })] },
      { asOf: ASOF, rules: ['governance.structure'] },
    );
    expect(messages(report, 'yanwu')).toEqual(['未设社区党组织', '设有社区居委会', '未设社区民生综合服务中心', '未设综合治理办公室']);
    expect(messages(report, 'datan')[1]).toBe('设有村委会');
  });

  it('passes a community with all four bodies; a villagers’ committee counts as the committee', () => {
    const report = check(
      {
        communities: [
          community('urban', { governanceBodies: ALL_BODIES }),
          community('village', {
            kind: 'rural',
            governanceBodies: ['party-organization', 'villagers-committee', 'livelihood-service-center', 'governance-office'],
          }),
        ],
      },
      { asOf: ASOF, rules: ['governance.structure'], locale: 'en' }
    );
    expect(report.findings.map((f) => f.outcome)).toEqual(Array(8).fill('pass'));
    expect(messages(report, 'village')[1]).toBe("has a villagers' committee");
  });

  it('names the missing committee by the community’s kind', () => {
    const report = check(
      {
        communities: [
          community('v', { kind: 'rural', governanceBodies: ['party-organization'] }),
          community('u', { governanceBodies: [] }),
        ],
      },
      { asOf: ASOF, rules: ['governance.structure'] }
    );
    expect(report.findings.filter((f) => f.item === 'committee').map((f) => [f.subject.id, f.message])).toEqual([
      ['v', '未设村委会'],
      ['u', '未设社区居委会'],
    ]);
  });
});

describe('governance.six-in-one', () => {
  it('is not applicable to the reference communities (services not reported)', () => {
    const report = check(referenceData(), { asOf: ASOF, rules: ['governance.six-in-one'] });
    expect(report.findings.map((f) => [f.outcome, f.code])).toEqual(Array(4).fill(['not-applicable', 'not-reported']));
  });

  it('names the missing services in Chinese, and passes all six', () => {
    const report = check(
      {
        communities: [
          community('four', { governanceOfficeServices: ['policing', 'public-security', 'stability', 'mediation'] }),
          community('six', {
            governanceOfficeServices: ['legal-aid', 'petitions', 'mediation', 'stability', 'public-security', 'policing'],
          }),
          community('none', { governanceOfficeServices: [] }),
        ],
      },
      { asOf: ASOF, rules: ['governance.six-in-one'] }
    );
    expect(report.findings.map((f) => [f.subject.id, f.outcome, f.message])).toEqual([
      ['four', 'fail', '综合治理办公室未提供:信访、法律援助'],
      ['six', 'pass', '综合治理办公室“六位一体”:警务、综治、维稳、调解、信访、法律援助'],
      ['none', 'fail', '综合治理办公室未提供:警务、综治、维稳、调解、信访、法律援助'],
    ]);
  });
});

describe('governance.grid', () => {
  const grid = (id: string, communityId: string, responsibleStaffIds: string[]) => ({ id, communityId, name: id, responsibleStaffIds });

  it('is not applicable unless the community runs grid-based service, and when grids are not reported', () => {
    const report = check(
      {
        communities: [community('unsaid'), community('no', { gridBased: false }), community('yes', { gridBased: true })],
      },
      { asOf: ASOF, rules: ['governance.grid'] }
    );
    expect(rows(report)).toEqual([
      ['unsaid', undefined, 'not-applicable', 'not-reported'],
      ['no', undefined, 'not-applicable', 'not-grid-based'],
      ['yes', undefined, 'not-applicable', 'grids-not-reported'],
    ]);
    expect(check(referenceData(), { asOf: ASOF, rules: ['governance.grid'] }).summary.total).toEqual({
      pass: 0,
      fail: 0,
      notApplicable: 4,
    });
  });

  it('passes when every grid has a responsible person and every full-time staff member a zone', () => {
    const report = check(
      {
        communities: [community('a', { gridBased: true })],
        grids: [grid('g1', 'a', ['s1']), grid('g2', 'a', ['s2', 's1'])],
        staffMembers: [staff('s1', 'a', { gridId: 'g1' }), staff('s2', 'a', { gridId: 'g2' }), staff('p1', 'a', { fullTime: false })],
      },
      { asOf: ASOF, rules: ['governance.grid'] }
    );
    expect(report.issues).toEqual([]);
    expect(rows(report)).toEqual([
      ['a', 'grids', 'pass', 'grids-staffed'],
      ['a', 'staff', 'pass', 'staff-zoned'],
    ]);
    expect(messages(report)).toEqual(['2 个网格均有责任人', '2 名专职人员均有服务责任区']);
  });

  it('names grids without an existing responsible person and staff without a zone of the community', () => {
    const report = check(
      {
        communities: [community('a', { gridBased: true }), community('b')],
        grids: [
          grid('第一网格', 'a', ['张三']),
          grid('第二网格', 'a', []),
          grid('第三网格', 'a', ['ghost']),
          grid('外网格', 'b', ['王五']),
        ],
        staffMembers: [
          staff('张三', 'a', { gridId: '第一网格' }),
          staff('李四', 'a'),
          staff('赵六', 'a', { gridId: '外网格' }),
          staff('王五', 'b', { gridId: '外网格' }),
        ],
      },
      { asOf: ASOF, rules: ['governance.grid'] }
    );
    // 'ghost' does not resolve: a validation issue, but the grid is still checked (and has nobody).
    expect(report.issues.map((i) => i.code)).toEqual(['unresolved_reference']);
    expect(rows(report)).toEqual([
      ['a', 'grids', 'fail', 'grids-unstaffed'],
      ['a', 'staff', 'fail', 'staff-unzoned'],
      ['b', undefined, 'not-applicable', 'not-reported'],
    ]);
    expect(messages(report, 'a')).toEqual(['3 个网格中无责任人的:第二网格、第三网格', '3 名专职人员中未划入本社区服务责任区的:李四、赵六']);
  });

  it('fails a grid-based community with no grid, and skips the staff part without full-time staff', () => {
    const report = check(
      {
        communities: [community('a', { gridBased: true }), community('b')],
        grids: [],
        staffMembers: [staff('x', 'b', { fullTime: false })],
      },
      { asOf: ASOF, rules: ['governance.grid'], locale: 'en' }
    );
    expect(rows(report).slice(0, 2)).toEqual([
      ['a', 'grids', 'fail', 'no-grids'],
      ['a', 'staff', 'not-applicable', 'no-full-time-staff'],
    ]);
    expect(messages(report, 'a')[0]).toBe('grid-based service, but no grid is recorded');
  });
});
