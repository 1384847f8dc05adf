/**
 * The models' cross-field refinements, which JSON Schema cannot express, written beside the compiled validators
 * (src/validation/compiled.ts) so that the fast path accepts exactly what zod accepts. Each predicate is the
 * model's own `.refine(...)` predicate, word for word; test/validation/refinements.test.ts fails when a model gains
 * a refinement this file does not know.
 *
 * These read a record the compiled validator has accepted: its shape is known to be right.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';

interface Band {
  readonly opens: string;
  readonly closes: string;
}

/** `OpeningBand` and `WeeklyOpening` (src/models/service-center.ts): closes after it opens. */
const bandHolds = (band: Band): boolean => band.closes > band.opens;

function serviceCenterHolds(center: { readonly openingHours?: readonly Band[]; readonly openingExceptions?: readonly { readonly bands?: readonly Band[] }[] }): boolean {
  const hours = center.openingHours;
  if (hours !== undefined) for (let i = 0; i < hours.length; i++) if (!bandHolds(hours[i]!)) return false;
  const exceptions = center.openingExceptions;
  if (exceptions !== undefined) {
    for (let i = 0; i < exceptions.length; i++) {
      const bands = exceptions[i]!.bands;
      if (bands !== undefined) for (let j = 0; j < bands.length; j++) if (!bandHolds(bands[j]!)) return false;
    }
  }
  return true;
}

/** `PartnerUnit` (src/models/partner-unit.ts): every band of its public facilities closes after it opens. */
function partnerUnitHolds(unit: { readonly publicFacilities?: readonly Parameters<typeof serviceCenterHolds>[0][] }): boolean {
  const facilities = unit.publicFacilities;
  if (facilities !== undefined) for (let i = 0; i < facilities.length; i++) if (!serviceCenterHolds(facilities[i]!)) return false;
  return true;
}

/** A record with weekly `schedule` bands (`ResidentNeed`, `ProviderListing`, `Volunteer`): each closes after it opens. */
function scheduleHolds(record: { readonly schedule?: readonly Band[] }): boolean {
  const bands = record.schedule;
  if (bands !== undefined) for (let i = 0; i < bands.length; i++) if (!bandHolds(bands[i]!)) return false;
  return true;
}

/** `ServiceCase` (src/models/service-case.ts): resolved not before it was received. */
const serviceCaseHolds = (c: { readonly receivedAt: string; readonly resolvedAt?: string }): boolean =>
  c.resolvedAt === undefined || Date.parse(c.resolvedAt) >= Date.parse(c.receivedAt);

/** `DutyShift` (src/models/duty-shift.ts): ends after it starts, when both are given. */
const dutyShiftHolds = (s: { readonly start?: string; readonly end?: string }): boolean =>
  s.start === undefined || s.end === undefined || s.end > s.start;

/** The kinds with a refinement, and its predicate. */
const byKind: Partial<Record<RecordKind, (record: never) => boolean>> = {
  serviceCenter: serviceCenterHolds,
  partnerUnit: partnerUnitHolds,
  serviceCase: serviceCaseHolds,
  dutyShift: dutyShiftHolds,
  residentNeed: scheduleHolds,
  providerListing: scheduleHolds,
  volunteer: scheduleHolds,
};

/**
 * Whether a record of a kind, already accepted by the kind's compiled validator, meets the model's cross-field
 * refinements too.
 *
 * @param kind - the record kind
 * @param record - a record whose shape the compiled validator accepted
 * @returns whether every refinement of the kind's model holds
 * @example
 * ```ts
 * refinementsHold('dutyShift', { id: 'd', serviceCenterId: 'c', staffMemberId: 's', date: '2013-09-29', start: '17:00', end: '08:30' }); //=> false
 * refinementsHold('community', yanwu); //=> true (no refinement)
 * ```
 */
export function refinementsHold(kind: RecordKind, record: unknown): boolean {
  const holds = byKind[kind];
  return holds === undefined || holds(record as never);
}

/**
 * Whether every record of every refined kind of a dataset, and every provenance entry of its `meta`, meets the
 * models' refinements. The dataset must have been accepted by the compiled dataset validator.
 *
 * @param dataset - a dataset whose shape the compiled validator accepted
 * @returns whether every refinement holds
 * @example
 * ```ts
 * datasetRefinementsHold({ dutyShifts: [{ id: 'd', serviceCenterId: 'c', staffMemberId: 's', date: '2013-09-29', start: '08:30', end: '08:30' }] }); //=> false
 * ```
 */
export function datasetRefinementsHold(dataset: Readonly<Record<string, unknown>>): boolean {
  const centers = dataset['serviceCenters'] as readonly Parameters<typeof serviceCenterHolds>[0][] | undefined;
  if (centers !== undefined) for (let i = 0; i < centers.length; i++) if (!serviceCenterHolds(centers[i]!)) return false;
  const units = dataset['partnerUnits'] as readonly Parameters<typeof partnerUnitHolds>[0][] | undefined;
  if (units !== undefined) for (let i = 0; i < units.length; i++) if (!partnerUnitHolds(units[i]!)) return false;
  const cases = dataset['serviceCases'] as readonly Parameters<typeof serviceCaseHolds>[0][] | undefined;
  if (cases !== undefined) for (let i = 0; i < cases.length; i++) if (!serviceCaseHolds(cases[i]!)) return false;
  const shifts = dataset['dutyShifts'] as readonly Parameters<typeof dutyShiftHolds>[0][] | undefined;
  if (shifts !== undefined) for (let i = 0; i < shifts.length; i++) if (!dutyShiftHolds(shifts[i]!)) return false;
  for (const key of ['residentNeeds', 'providerListings', 'volunteers']) {
    const records = dataset[key] as readonly Parameters<typeof scheduleHolds>[0][] | undefined;
    if (records !== undefined) for (let i = 0; i < records.length; i++) if (!scheduleHolds(records[i]!)) return false;
  }
  const entries = (dataset['meta'] as { provenance?: { entries: readonly ProvenanceEntryShape[] } } | undefined)?.provenance?.entries;
  if (entries !== undefined) for (let i = 0; i < entries.length; i++) if (!provenanceEntryHolds(entries[i]!)) return false;
  return true;
}

interface ProvenanceEntryShape {
  readonly source: string;
  readonly paragraph?: number;
  readonly reasoning?: string;
}

/** `ProvenanceEntry` (src/models/provenance.ts): a reported value has its paragraph, an inferred one its reasoning. */
const provenanceEntryHolds = (e: ProvenanceEntryShape): boolean =>
  (e.source !== 'reported' || e.paragraph !== undefined) && (e.source !== 'inferred' || (e.reasoning !== undefined && e.reasoning.trim() !== ''));
