import { describe, expect, it } from 'vitest';
import { InvalidOptionError, validateDataset, type ValidationIssue } from '../../src/index.js';
import { deepFreeze, referenceData } from '../helpers.js';

// Small hand-written records; every expectation below is worked out by hand from them.
const community = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `${id} 社区`, kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [], ...extra,
});
const center = (id: string, communityIds: string[], extra: Record<string, unknown> = {}) => ({
  id, name: `${id} 中心`, kind: 'urban-community-service-center', communityIds, oneStopHall: true, ...extra,
});
const staff = (id: string, communityId: string, extra: Record<string, unknown> = {}) => ({
  id, name: `工作人员 ${id}`, communityId, roles: ['center-staff'], fullTime: true, ...extra,
});
const item = (id: string, code: string) => ({ id, code, name: `项目 ${id}`, category: 'other' });
const grid = (id: string, communityId: string, responsibleStaffIds: string[]) => ({ id, communityId, name: `网格 ${id}`, responsibleStaffIds });

/** The issues as `[code, path]` pairs, in order. */
const summary = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.code, i.path.join('.')]);

describe('validateDataset', () => {
  it('accepts the reference dataset of the four communities and returns it unchanged', () => {
    const data = referenceData();
    const result = validateDataset(data);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).toEqual(data);
      expect(result.value.communities?.map((c) => c.id)).toEqual(['qiandeng-yanwu', 'qiandeng-datan', 'yushan-jinghe', 'yushan-lishe']);
    }
  });

  it('accepts an empty dataset', () => {
    expect(validateDataset({})).toEqual({ ok: true, value: {}, issues: [] });
  });

  it('accepts a centre that serves two communities, and a community served by two centres', () => {
    const result = validateDataset({
      communities: [community('a'), community('b')],
      serviceCenters: [center('ab', ['a', 'b']), center('a2', ['a'])],
    });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  describe('ids unique within a kind', () => {
    it('reports each repeat at its id, naming the first occurrence', () => {
      const result = validateDataset(
        { communities: [community('a'), community('b'), community('a'), community('a')] },
        { locale: 'en' },
      );
      expect(result.ok).toBe(false);
      expect(result.issues).toEqual([
        {
          code: 'duplicate_id', path: ['communities', 2, 'id'], params: { kind: 'community', id: 'a', first: 'communities[0].id' },
          message: 'communities[2].id: duplicate id a; the first record with it (communities[0].id) is kept, this one is left out',
        },
        {
          code: 'duplicate_id', path: ['communities', 3, 'id'], params: { kind: 'community', id: 'a', first: 'communities[0].id' },
          message: 'communities[3].id: duplicate id a; the first record with it (communities[0].id) is kept, this one is left out',
        },
      ]);
    });

    it('writes the message in Chinese by default', () => {
      const result = validateDataset({ facilities: [{ id: 'f', kind: 'clinic', name: '医务室' }, { id: 'f', kind: 'library', name: '图书室' }] });
      expect(result.issues.map((i) => i.message)).toEqual(['facilities[1].id:编号 f 重复;保留首次出现的记录(facilities[0].id),本条未参与检查']);
    });

    it('allows the same id in two different kinds', () => {
      const result = validateDataset({ communities: [community('x')], serviceCenters: [center('x', ['x'])] });
      expect(result.ok).toBe(true);
    });

    it('still names the first occurrence when that record is itself invalid', () => {
      const result = validateDataset({ communities: [{ id: 'a' }, community('a')] });
      const duplicate = result.issues.find((i) => i.code === 'duplicate_id');
      expect(duplicate?.path).toEqual(['communities', 1, 'id']);
      expect(duplicate?.params?.['first']).toBe('communities[0].id');
    });
  });

  describe('references resolve', () => {
    it("reports a centre's communityIds entry that names no community, at its index", () => {
      const result = validateDataset({ communities: [community('a')], serviceCenters: [center('c', ['a', 'nowhere'])] }, { locale: 'en' });
      expect(result.issues).toEqual([
        {
          code: 'unresolved_reference', path: ['serviceCenters', 0, 'communityIds', 1],
          params: { kind: 'community', kindLabel: 'community', id: 'nowhere' },
          message: 'serviceCenters[0].communityIds[1]: refers to community nowhere, which is not in the dataset',
        },
      ]);
      const zh = validateDataset({ communities: [community('a')], serviceCenters: [center('c', ['a', 'nowhere'])] });
      expect(zh.issues[0]?.message).toBe('serviceCenters[0].communityIds[1]:引用的社区 nowhere 不存在');
    });

    it("reports a staff member's communityId, serviceCenterId and gridId that resolve to nothing", () => {
      const result = validateDataset({
        communities: [community('a')],
        serviceCenters: [center('c', ['a'])],
        staffMembers: [staff('s1', 'a', { serviceCenterId: 'c' }), staff('s2', 'b', { serviceCenterId: 'd', gridId: 'g' })],
      });
      expect(summary(result.issues)).toEqual([
        ['unresolved_reference', 'staffMembers.1.communityId'],
        ['unresolved_reference', 'staffMembers.1.serviceCenterId'],
        ['unresolved_reference', 'staffMembers.1.gridId'],
      ]);
      expect(result.issues.map((i) => [i.params?.['kind'], i.params?.['id']])).toEqual([
        ['community', 'b'],
        ['serviceCenter', 'd'],
        ['grid', 'g'],
      ]);
    });

    it("reports a grid's responsibleStaffIds entry that names no staff member", () => {
      const result = validateDataset({
        communities: [community('a')],
        staffMembers: [staff('s1', 'a')],
        grids: [grid('g1', 'a', ['s1', 'ghost', 's1'])],
      });
      expect(summary(result.issues)).toEqual([['unresolved_reference', 'grids.0.responsibleStaffIds.1']]);
      expect(result.issues[0]?.params).toEqual({ kind: 'staffMember', kindLabel: '专职人员', id: 'ghost' });
    });

    it('reports references into a kind the dataset does not hold at all', () => {
      const result = validateDataset({ serviceCenters: [center('c', ['a'], { facilityIds: ['f'], serviceItemIds: ['i'] })] });
      expect(summary(result.issues)).toEqual([
        ['unresolved_reference', 'serviceCenters.0.communityIds.0'],
        ['unresolved_reference', 'serviceCenters.0.facilityIds.0'],
        ['unresolved_reference', 'serviceCenters.0.serviceItemIds.0'],
      ]);
    });

    it('does not ask optional references to be present', () => {
      const result = validateDataset({
        communities: [community('a')],
        staffMembers: [staff('s', 'a')],
        volunteers: [{ id: 'v', name: '志愿者' }],
        welfareProjects: [{ id: 'w', title: '公益创投', programme: 'venture', year: 2012, requestedFen: 0 }],
      });
      expect(result.issues).toEqual([]);
    });

    it('does not cascade: a record that fails validation still counts as present for references to it', () => {
      const result = validateDataset({
        communities: [community('a', { households: { registered: -1 } })],
        serviceCenters: [center('c', ['a'])],
        staffMembers: [staff('s', 'a')],
        grids: [grid('g', 'a', ['s'])],
      });
      expect(summary(result.issues)).toEqual([['too_small', 'communities.0.households.registered']]);
    });
  });

  describe('service-item codes unique within a centre', () => {
    const items = [item('i1', 'YL-01'), item('i2', 'YL-01'), item('i3', 'WS-01')];

    it('reports the second item with a code the centre already offers', () => {
      const result = validateDataset(
        { communities: [community('a')], serviceItems: items, serviceCenters: [center('c1', ['a'], { serviceItemIds: ['i1', 'i3', 'i2'] })] },
        { locale: 'en' },
      );
      expect(result.issues).toEqual([
        {
          code: 'duplicate_service_item_code', path: ['serviceCenters', 0, 'serviceItemIds', 2],
          params: { serviceCenterId: 'c1', code: 'YL-01' },
          message: 'serviceCenters[0].serviceItemIds[2]: service centre c1 offers two items with code YL-01',
        },
      ]);
    });

    it('allows the same code in two different centres', () => {
      const result = validateDataset({
        communities: [community('a')],
        serviceItems: items,
        serviceCenters: [center('c1', ['a'], { serviceItemIds: ['i1', 'i3'] }), center('c2', ['a'], { serviceItemIds: ['i2', 'i3'] })],
      });
      expect(result.issues).toEqual([]);
    });
  });

  describe('bad input', () => {
    it.each([null, undefined, 42, 'communities', [], true])('returns issues, and does not throw, for the non-object %j', (input) => {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues[0]?.path).toEqual([]);
    });

    it('reports a collection that is not a list', () => {
      const result = validateDataset({ communities: { a: community('a') } });
      expect(summary(result.issues)).toEqual([['invalid_type', 'communities']]);
    });

    it('reports unknown top-level keys (a misspelt kind, the singular), without touching any prototype', () => {
      const result = validateDataset({ communitys: [community('a')], serviceCenter: [] }, { locale: 'en' });
      expect(summary(result.issues)).toEqual([['unrecognized_keys', '']]);
      expect(result.issues[0]?.params?.['keys']).toEqual(['communitys', 'serviceCenter']);

      const polluted = validateDataset(JSON.parse('{"communities":[],"__proto__":{"polluted":true}}'));
      expect(polluted.issues[0]?.params?.['keys']).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('does not mutate its input (deep-frozen), valid or not', () => {
      const good = deepFreeze(referenceData());
      expect(validateDataset(good).ok).toBe(true);
      const bad = deepFreeze({
        communities: [community('a', { households: { registered: -1 } }), community('a')],
        serviceCenters: [center('c', ['a', 'b'], { extra: true })],
        serviceItems: [item('i1', 'X'), item('i2', 'X')],
      });
      const before = structuredClone(bad);
      expect(() => validateDataset(bad)).not.toThrow();
      expect(bad).toEqual(before);
    });

    it('reports every problem, not just the first', () => {
      const result = validateDataset({
        communities: [community('a'), community('a', { kind: 'suburban' })],
        serviceCenters: [center('c', ['b'])],
      });
      expect(summary(result.issues)).toEqual([
        ['invalid_value', 'communities.1.kind'],
        ['duplicate_id', 'communities.1.id'],
        ['unresolved_reference', 'serviceCenters.0.communityIds.0'],
      ]);
    });

    it('throws only on a bad option', () => {
      expect(() => validateDataset({}, { locale: 'fr' as never })).toThrow(InvalidOptionError);
    });
  });
});
