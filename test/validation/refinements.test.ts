/**
 * The fast path checks the models' cross-field refinements by hand (src/validation/refinements.ts). This test walks
 * every record model and the dataset's `meta` and lists where a refinement (`.refine`, a zod "custom" check) sits:
 * a model that gains one fails here until refinements.ts checks it too (and this list says so).
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { recordKinds, recordModels } from '../../src/index.js';
import { DatasetMeta } from '../../src/models/dataset.js';
import { refinementsHold } from '../../src/validation/refinements.js';

/** Paths (`kind.field[].field`) of every schema that carries custom checks, with how many. */
function refinedPaths(schema: z.ZodType, path: string, out: Map<string, number>): void {
  const def = (schema as unknown as { _zod: { def: { type: string; checks?: Array<{ _zod: { def: { check: string } } }>; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[] } } })._zod.def;
  const custom = (def.checks ?? []).filter((c) => c._zod.def.check === 'custom').length;
  if (custom > 0) out.set(path, custom);
  if (def.shape !== undefined) for (const [k, v] of Object.entries(def.shape)) refinedPaths(v, `${path}.${k}`, out);
  if (def.element !== undefined) refinedPaths(def.element, `${path}[]`, out);
  if (def.innerType !== undefined) refinedPaths(def.innerType, path, out);
  for (const option of def.options ?? []) refinedPaths(option, path, out);
}

describe('the refinements the fast path checks by hand', () => {
  it('are every refinement of the models (a new one must be added to src/validation/refinements.ts)', () => {
    const found = new Map<string, number>();
    for (const kind of recordKinds) refinedPaths(recordModels[kind], kind, found);
    refinedPaths(DatasetMeta, 'meta', found);
    expect(Object.fromEntries(found)).toEqual({
      'serviceCenter.openingHours[]': 1,
      'serviceCenter.openingExceptions[].bands[]': 1,
      'partnerUnit.publicFacilities[].openingHours[]': 1,
      'partnerUnit.publicFacilities[].openingExceptions[].bands[]': 1,
      serviceCase: 1,
      dutyShift: 1,
      'volunteer.schedule[]': 1,
      'residentNeed.schedule[]': 1,
      'providerListing.schedule[]': 1,
      'meta.provenance.entries[]': 2,
    });
  });

  it.each([
    ['serviceCenter', { openingHours: [{ day: 'mon', opens: '08:00', closes: '08:00' }] }, false],
    ['serviceCenter', { openingHours: [{ day: 'mon', opens: '08:00', closes: '24:00' }], openingExceptions: [{ date: '2013-10-01' }] }, true],
    ['serviceCenter', { openingExceptions: [{ date: '2013-10-01', bands: [{ opens: '09:00', closes: '08:59' }] }] }, false],
    ['partnerUnit', { publicFacilities: [{ name: 'f', openingHours: [{ day: 'sat', opens: '18:00', closes: '08:00' }] }] }, false],
    ['partnerUnit', { publicFacilities: [{ name: 'f', openingExceptions: [{ date: '2013-10-01', bands: [{ opens: '09:00', closes: '09:00' }] }] }] }, false],
    ['partnerUnit', { publicFacilities: [{ name: 'f', openingHours: [{ day: 'sat', opens: '08:00', closes: '18:00' }] }] }, true],
    ['partnerUnit', { id: 'u' }, true],
    // 2013-09-30T00:59+08:00 is 16:59Z, a minute before 17:00Z.
    ['serviceCase', { receivedAt: '2013-09-29T17:00:00Z', resolvedAt: '2013-09-30T00:59:00+08:00' }, false],
    ['serviceCase', { receivedAt: '2013-09-29T17:00:00Z', resolvedAt: '2013-09-30T01:00:00+08:00' }, true],
    ['serviceCase', { receivedAt: '2013-09-29T17:00:00Z' }, true],
    ['dutyShift', { start: '17:00', end: '08:30' }, false],
    ['dutyShift', { start: '08:30' }, true],
    ['residentNeed', { schedule: [{ day: 'sat', opens: '09:00', closes: '09:00' }] }, false],
    ['providerListing', { schedule: [{ day: 'sat', opens: '09:00', closes: '11:00' }] }, true],
    ['volunteer', { schedule: [{ day: 'sun', opens: '14:00', closes: '13:00' }] }, false],
    ['community', { anything: 1 }, true],
  ] as const)('%s %j holds: %s', (kind, record, holds) => {
    expect(refinementsHold(kind, record)).toBe(holds);
  });
});
