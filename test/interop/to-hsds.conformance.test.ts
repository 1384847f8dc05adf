/**
 * Every object `toHsds` exports passes the official HSDS 3.0 schema of its kind — as published, and with
 * `additionalProperties: false` set on every object as upstream validates its examples — and upstream's own
 * examples still pass the same validators (so that the stricter check is the real one, not a broken copy).
 *
 * Schemas: test/fixtures/hsds-3.0 (see ./hsds-schemas.ts). Each schema is compiled once for this file.
 */
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { toHsds, type HsdsExport } from '../../src/interop/index.js';
import type { Locale } from '../../src/locale.js';
import { referenceData } from '../helpers.js';
import { richDataset } from './fixtures.js';
import { describeErrors, hsdsValidators, readHsds, type HsdsValidators } from './hsds-schemas.js';

const validators: Record<'published' | 'closed', HsdsValidators> = {
  published: hsdsValidators(false),
  closed: hsdsValidators(true),
};

/** The validators each exported kind must pass, in one set. */
function checksOf(set: HsdsValidators): Record<keyof Omit<HsdsExport, 'issues'>, ValidateFunction[]> {
  return {
    organizations: [set.compiled.organization, set.modular.organization],
    services: [set.compiled.service, set.modular.service],
    serviceAtLocations: [set.compiled.service_at_location, set.modular.service_at_location],
    locations: [set.modular.location],
    taxonomies: [set.modular.taxonomy],
    taxonomyTerms: [set.modular.taxonomy_term],
  };
}

/** Every failure, as `kind[index] (schema): errors`; empty when all pass. */
function failures(exported: HsdsExport, set: HsdsValidators): string[] {
  const out: string[] = [];
  for (const [kind, checks] of Object.entries(checksOf(set))) {
    const objects = exported[kind as keyof ReturnType<typeof checksOf>] as readonly unknown[];
    objects.forEach((object, index) => {
      checks.forEach((validate, which) => {
        if (!validate(object)) out.push(`${kind}[${index}] (validator ${which}): ${describeErrors(validate)}`);
      });
    });
  }
  return out;
}

const datasets: Array<[string, () => unknown, readonly Locale[]]> = [
  ['the four reference communities (examples/data)', referenceData, ['zh-CN', 'en']],
  ['the hand-written rich dataset', richDataset, ['zh-CN', 'en']],
  ['the Kunshan 2013 dataset', kunshan2013, ['zh-CN']],
];

describe.each(datasets)('%s', (_, load, locales) => {
  it.each(locales)('exports objects that pass the official schemas as published and closed (%s)', (locale) => {
    const exported = toHsds(load(), { locale, baseUrl: 'https://example.org/hsds' });
    expect(exported.issues).toEqual([]);
    expect(exported.organizations.length).toBeGreaterThan(0);
    expect(exported.locations.length).toBeGreaterThan(0);
    expect(failures(exported, validators.published)).toEqual([]);
    expect(failures(exported, validators.closed)).toEqual([]);
  });
});

describe('the validators', () => {
  const examples: Array<[keyof HsdsValidators['compiled'] | 'location', string]> = [
    ['organization', 'examples/organization_full.json'],
    ['service', 'examples/service_full.json'],
    ['service_at_location', 'examples/service_at_location_full.json'],
    ['location', 'examples/location.json'],
  ];

  it.each(examples)('accept upstream’s %s example, as published and closed', (kind, file) => {
    const example = readHsds(file);
    for (const set of Object.values(validators)) {
      const validate = kind === 'location' ? set.modular.location : set.compiled[kind];
      expect(validate(example), describeErrors(validate)).toBe(true);
    }
  });

  it('reject an unknown property at the top and deep inside only when closed', () => {
    const { organizations, locations } = toHsds(richDataset());
    const organization = { ...organizations[0], unknown: 1 };
    expect(validators.published.compiled.organization(organization)).toBe(true);
    expect(validators.closed.compiled.organization(organization)).toBe(false);

    const location = locations[0]!;
    const deep = { ...location, schedules: [{ ...location.schedules![0]!, unknown: 1 }] };
    expect(validators.published.modular.location(deep)).toBe(true);
    expect(validators.closed.modular.location(deep)).toBe(false);
  });

  it('reject an id that is not a UUID and a missing required field', () => {
    const { services } = toHsds(richDataset());
    const service = services[0]!;
    expect(validators.closed.compiled.service({ ...service, id: 'item-elderly' })).toBe(false);
    const { status: _status, ...withoutStatus } = service;
    expect(validators.closed.compiled.service(withoutStatus)).toBe(false);
  });
});
