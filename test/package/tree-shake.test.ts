/**
 * Tree-shaking of the built package, in the spirit of zod's tree-shaking test: bundle a one-line application that
 * imports one function from the built main entry (esbuild: bundle, minify, ESM, neutral platform — what an
 * application's bundler does) and check that the bundle leaves out what that function does not need, by looking
 * for marker strings of each excluded part, and that it stays within a byte budget.
 *
 * Every marker is first shown to be present in a bundle that does include its part, so that a misspelt marker
 * cannot make the test pass. Needs `npm run build`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, esmFile, importOnly, type Bundle } from './built.js';

/** Strings that appear in the bundle exactly when the part is in it. */
const markers = {
  /** The rules: their ids. */
  rules: ['hall.min-items', 'signage.four-plaques', 'governance.six-in-one'],
  /** The rules' messages (the messages.ts of each src/standards family). */
  ruleLocales: ['提供“一站式”服务大厅', 'service items, fewer than'],
  /** The other calculators' worked notes (volunteer points, minimum wage). */
  otherCalculators: ['志愿服务记分', 'Volunteer service points: ', 'Minimum wage check, as of'],
  /** The official holiday tables of `chinese-days`. */
  holidays: ['Mid-autumn Festival,中秋'],
  /** The geo code: its messages, and kdbush (the spatial index it uses). */
  geo: ['未纳入服务圈计算', 'left out of the service circle', 'Unexpected numItems value'],
  /** zod, which the record models are built with. */
  models: ['$ZodType'],
  /** The Kunshan profile's parameters (with their citations). */
  profile: ['funding.communityWork', '85%的社区服务项目达20个以上'],
} as const;

type Part = keyof typeof markers;

function parts(code: string): Record<Part, boolean> {
  const found = {} as Record<Part, boolean>;
  for (const part of Object.keys(markers) as Part[]) found[part] = markers[part].some((m) => code.includes(m));
  return found;
}

function allMarkers(code: string, part: Part): Record<string, boolean> {
  return Object.fromEntries(markers[part].map((m) => [m, code.includes(m)]));
}

const everything = (subpath: string) => bundle(`export * from './${esmFile(subpath)}';`);

describe('the markers are found where their part is', () => {
  it('rules, rule messages and the profile in the whole main entry', async () => {
    const { code } = await everything('.');
    for (const part of ['rules', 'ruleLocales', 'profile', 'models'] as const) {
      expect(allMarkers(code, part), part).toEqual(Object.fromEntries(markers[part].map((m) => [m, true])));
    }
  });

  it('the other calculators in community-standards/calculators', async () => {
    const { code } = await everything('./calculators');
    expect(allMarkers(code, 'otherCalculators')).toEqual(Object.fromEntries(markers.otherCalculators.map((m) => [m, true])));
  });

  it('the holiday tables in community-standards/time', async () => {
    const { code } = await everything('./time');
    expect(allMarkers(code, 'holidays')).toEqual({ 'Mid-autumn Festival,中秋': true });
  });

  it('the geo code in community-standards/geo', async () => {
    const { code } = await everything('./geo');
    expect(allMarkers(code, 'geo')).toEqual(Object.fromEntries(markers.geo.map((m) => [m, true])));
  });
});

describe('the main entry leaves out what it does not export', () => {
  it('no holiday tables, no geo code but kdbush and no calculators, even when everything is imported', async () => {
    const found = parts((await everything('.')).code);
    expect({ holidays: found.holidays, otherCalculators: found.otherCalculators }).toEqual({ holidays: false, otherCalculators: false });
    // The default rules include service.needs-matched, whose matching finds providers within a distance with the k-d
    // tree (kdbush, whose error message is the marker) — but none of the 15-minute circle's code or messages.
    expect(allMarkers((await everything('.')).code, 'geo')).toEqual({ 未纳入服务圈计算: false, 'left out of the service circle': false, 'Unexpected numItems value': true });
  });
});

describe('importing communityWorkFunds alone', () => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundle(importOnly(['communityWorkFunds'], './calculators'));
  });

  it('brings the Kunshan profile it reads, and nothing else of the library', () => {
    expect(parts(result.code)).toEqual({
      rules: false,
      ruleLocales: false,
      otherCalculators: false,
      holidays: false,
      geo: false,
      models: false,
      profile: true,
    });
  });

  it('stays within 70 KB minified', () => {
    // Measured at 48.9 KB, of which the Kunshan profile (every parameter with its citation) is 30.6 KB; 64.5 KB after
    // issue 20 added the brand catalogue, the property, employment and matching parameters (each quoting the report
    // or stating its assumption) to the profile.
    expect(result.bytes).toBeLessThanOrEqual(70 * 1024);
  });
});

describe('importing validateRecord alone', () => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundle(importOnly(['validateRecord']));
  });

  it('brings the models (zod) and nothing else of the library', () => {
    expect(parts(result.code)).toEqual({
      rules: false,
      ruleLocales: false,
      otherCalculators: false,
      holidays: false,
      geo: false,
      models: true,
      profile: false,
    });
  });

  it('stays within 230 KB minified', () => {
    // Measured at 110.8 KB, of which zod is 88.5 KB; 187 KB since issue 19 added the validators compiled from the
    // JSON Schemas (src/validation/compiled.ts, 75 KB minified, 7.7 kB brotli); 215.6 KB after issue 20's three
    // record kinds and new fields (their models and compiled validators).
    expect(result.bytes).toBeLessThanOrEqual(230 * 1024);
  });
});

describe('community-standards/report', () => {
  it('renders a report without the rules, their messages, the profiles, the geo code or the holiday tables', async () => {
    const { code } = await bundle(`export { renderText, renderHtml, parseReportJSON } from './${esmFile('./report')}';`);
    expect(parts(code)).toEqual({
      rules: false,
      ruleLocales: false,
      otherCalculators: false,
      holidays: false,
      geo: false,
      models: true, // zod, for parseReportJSON's schema
      profile: false,
    });
  });
});
