import { describe, expect, it } from 'vitest';
import { check, defineProfile, kunshan, locales, parameterIds, ProfileDefinitionError, rules, type Profile, type Report } from '../../src/index.js';
import { referenceData } from '../helpers.js';
import { center, community, item, items, staff } from './fixtures.js';

const SIX = ['employment', 'social-insurance', 'charity-relief', 'elderly-care', 'health', 'culture-education'];
const ALL_STATIONS = ['government-affairs', 'health', 'culture-sports', 'daily-life', 'social-organization', 'social-work'];
const ids = (list: Record<string, unknown>[]) => list.map((i) => i['id'] as string);

/** Datasets that between them drive every rule below into every one of its codes. */
function corpus(): { data: unknown; asOf: string; profile?: Profile }[] {
  const twenty = items('t', 20);
  const six = SIX.map((c) => item(`six-${c}`, c));
  const featured = item('featured', 'other', { featured: true });
  const hall = {
    communities: ['h1', 'h2', 'h3', 's1', 's2', 's3', 'p1', 'p2'].map((id) => community(id)),
    serviceCenters: [
      center('h1c', ['h1'], { serviceItemIds: ids(twenty), serviceModes: ['one-door', 'one-stop', 'one-card'] }),
      center('h2c', ['h2'], { oneStopHall: false, serviceItemIds: ['t1'], serviceModes: ['one-door'] }),
      center('s1c', ['s1'], { serviceItemIds: [...ids(six), 'featured'], stations: ALL_STATIONS }),
      center('s2c', ['s2'], { serviceItemIds: [...ids(six).slice(1), 'featured'], stations: [] }),
      center('s3c', ['s3'], { serviceItemIds: ids(six) }),
      // Partial lists: 20 items (enough), and one item (not applicable; 6+X not shown).
      center('p1c', ['p1'], { serviceItemIds: ids(twenty), serviceItemsPartial: true }),
      center('p2c', ['p2'], { serviceItemIds: ['t1'], serviceItemsPartial: true }),
    ],
    serviceItems: [...twenty, ...six, featured],
  };
  const governance = {
    communities: [
      community('g1', {
        gridBased: true,
        governanceOfficeServices: ['policing', 'public-security', 'stability', 'mediation', 'petitions', 'legal-aid'],
      }),
      community('g2', { gridBased: true, governanceOfficeServices: ['policing'] }),
      community('g3', { gridBased: true }),
      community('g4', { gridBased: false }),
      // Governance bodies not reported at all.
      (({ governanceBodies: _bodies, ...rest }) => rest)(community('g5')),
      community('g6', { governanceBodies: ['party-organization'] }),
    ],
    grids: [
      { id: 'grid1', communityId: 'g1', name: 'grid1', responsibleStaffIds: ['st1'] },
      { id: 'grid2', communityId: 'g2', name: 'grid2', responsibleStaffIds: [] },
    ],
    staffMembers: [staff('st1', 'g1', { gridId: 'grid1', education: 'college' }), staff('st2', 'g2')],
  };
  const noGrids = { communities: [community('n', { gridBased: true })] };
  const area = {
    communities: [
      community('a1', { households: { resident: 1000 } }),
      community('a2', { households: { resident: 10_000 } }),
      community('a3', { households: { resident: 0 } }),
      community('a4', { households: { resident: 100 } }),
      community('a5'),
    ],
    serviceCenters: [
      center('a1c', ['a1'], { floorArea: { total: 1000 } }),
      center('a2c', ['a2'], { floorArea: { total: 1000 } }),
      center('a3c', ['a3'], { floorArea: { total: 1000 } }),
      center('a4c', ['a4']),
      center('a5c', ['a5'], { floorArea: { total: 1000 } }),
    ],
  };
  const signage = {
    communities: [community('p')],
    plaques: ['p党委', 'p居委会', 'p居民委员会', '江苏社区', '居家养老服务中心'].map((name, i) => ({
      id: `pl${i}`,
      communityId: 'p',
      name,
    })),
  };
  const models = {
    communities: [community('m1', { model: 'rural-urban-mixed' }), community('m2', { model: 'other' }), community('m3', { model: 'rural-urban-mixed' })],
    serviceCenters: [
      center('m1c', ['m1'], { facilityIds: [], serviceItemIds: [] }),
      center('m2c', ['m2']),
      center('orphan', ['nobody']),
      center('m3c', ['m3'], { serviceItemIds: [], serviceItemsPartial: true }),
    ],
  };
  // A profile that makes the "5+1" binding, for the codes of a missing required station.
  const note = { 'zh-CN': '五站与“+1”为硬性要求', en: 'the five stations and the "+1" are required' };
  const binding = defineProfile({
    extends: kunshan,
    id: 'binding-five-plus-one',
    name: note,
    parameters: { 'center.fivePlusOneStatus': { values: [{ value: { stations: 'required', plusOne: 'required' }, assumption: note }] } },
  });
  return [
    { data: referenceData(), asOf: '2013-06-30' },
    { data: referenceData(), asOf: '2020-01-01' },
    ...[hall, governance, noGrids, area, signage, models].map((data) => ({ data, asOf: '2020-01-01' })),
    { data: hall, asOf: '2020-01-01', profile: binding },
  ];
}

/** The rules whose every message this corpus reaches (rules added later are checked for parity only). */
const COVERED = [
  'hall.one-stop',
  'hall.min-items',
  'hall.modes',
  'service.6x',
  'center.five-plus-one',
  'governance.structure',
  'governance.six-in-one',
  'governance.grid',
  'staff.professionalization',
  'area.per-households',
  'signage.four-plaques',
  'model.template',
];
const ENGINE_CODES = new Set(['parameter-not-in-force']);

describe('rule messages', () => {
  it('has the same message codes in every locale, for every rule of the registry', () => {
    for (const rule of rules) {
      const [first, ...others] = locales.map((l) => Object.keys(rule.messages[l]).sort());
      expect(first?.length, rule.id).toBeGreaterThan(0);
      for (const keys of others) expect(keys, rule.id).toEqual(first);
    }
  });

  it('renders a non-empty string for every message of these rules, whatever the values', () => {
    const samples = [{}, { count: 3, min: 20, gap: 17, missing: ['甲', '乙'], plaque: 'x', kind: 'y', model: 'z', ratio: 0.5 }];
    for (const rule of rules.filter((r) => COVERED.includes(r.id))) {
      for (const locale of locales) {
        for (const [code, message] of Object.entries(rule.messages[locale])) {
          for (const values of samples) {
            const text = message(values);
            expect(typeof text, `${rule.id} ${locale} ${code}`).toBe('string');
            expect(text.length, `${rule.id} ${locale} ${code}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('has both messages for every code a rule returns, and every message is reachable', () => {
    const seen = new Map<string, Set<string>>();
    for (const { data, asOf, profile } of corpus()) {
      for (const locale of locales) {
        // check() renders each finding's message in the report's locale, and throws for a code without one.
        const report: Report = check(data, { asOf, locale, ...(profile !== undefined && { profile }) });
        for (const f of report.findings) {
          if (ENGINE_CODES.has(f.code)) continue;
          for (const l of locales) expect(Object.keys(rules.find((r) => r.id === f.rule)!.messages[l]), `${f.rule} ${l}`).toContain(f.code);
          let codes = seen.get(f.rule);
          if (codes === undefined) seen.set(f.rule, (codes = new Set()));
          codes.add(f.code);
        }
      }
    }
    for (const id of COVERED) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, id).toBeDefined();
      expect([...(seen.get(id) ?? [])].sort(), id).toEqual(Object.keys(rule!.messages['zh-CN']).sort());
    }
  });
});

describe('rule definitions', () => {
  it('reads only declared parameters that the kunshan profile resolves', () => {
    const known = new Set(parameterIds(kunshan));
    for (const rule of rules) for (const id of rule.parameters) expect(known.has(id), `${rule.id}: ${id}`).toBe(true);
    for (const { data, asOf } of corpus()) {
      for (const f of check(data, { asOf }).findings) {
        const rule = rules.find((r) => r.id === f.rule)!;
        for (const id of f.parameters) expect(rule.parameters, f.rule).toContain(id);
      }
    }
  });

  it('quotes the report verbatim in every rule source that cites it', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8');
    const paragraphs = text.split('\n').filter((l) => l.length > 200);
    for (const rule of rules) {
      const { document, paragraph, quote } = rule.source;
      if (document !== '昆山市基本公共服务调研报告') continue;
      expect(paragraph, rule.id).toBeDefined();
      expect(quote, rule.id).toBeDefined();
      // Exact substrings: no elision (“……”) anywhere in a quote.
      expect(quote, rule.id).not.toContain('……');
      expect(paragraphs[paragraph! - 1], rule.id).toContain(quote);
    }
  });

  it('has unique ids', () => {
    const idsOfRules = rules.map((r) => r.id);
    expect(new Set(idsOfRules).size).toBe(idsOfRules.length);
  });
});

describe('malformed profile values', () => {
  it('throw ProfileDefinitionError from the rule that reads them (misuse, not bad data)', () => {
    const note = { 'zh-CN': '错误示例', en: 'a broken example' };
    const broken = (id: string, value: unknown) =>
      defineProfile({
        extends: kunshan,
        id: 'broken',
        name: note,
        parameters: { [id]: { values: [{ value: value as never, assumption: note }] } },
      });
    const data = {
      communities: [community('a', { households: { resident: 100 } })],
      serviceCenters: [center('x', ['a'], { floorArea: { total: 100 }, facilityIds: [] })],
      staffMembers: [staff('s', 'a')],
      plaques: [{ id: 'p', communityId: 'a', name: '社区居委会' }],
    };
    const cases: [string, string, unknown][] = [
      ['signage.four-plaques', 'signage.allowedPlaques', ['社区居委会', 42]],
      ['area.per-households', 'area.householdBasis', 'households'],
      ['staff.professionalization', 'staff.professionalised', { socialWorkerLevels: ['expert'], minEducation: 'college' }],
      ['model.template', 'model.template.oldTown', { facilities: [] }],
    ];
    for (const [rule, id, value] of cases) {
      expect(() => check(data, { asOf: '2020-01-01', rules: [rule], profile: broken(id, value) }), rule).toThrow(ProfileDefinitionError);
    }
  });
});
