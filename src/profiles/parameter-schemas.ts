/**
 * The schemas of the built-in `list` and `record` parameters: what `defineProfile` checks a city's values
 * against, and what the readers of those parameters rely on. Kept apart from the parameters' definitions, so that
 * a function that only reads the built-in profiles (a calculator) does not bring zod into an application's bundle:
 * the built-in values are checked against them by a test, a city's by `defineProfile`.
 *
 * @module
 */
import * as z from 'zod';
import { EducationLevel, ServiceMode, SocialWorkerLevel, TargetGroup, Weekday } from '../models/enums.js';
import { roundingModes } from '../money/rounding.js';
import { normalizePlaqueName } from '../standards/signage/plaque-kinds.js';
import type { ParameterId, ParameterTypes } from './parameter-types.js';
import { TimeOfDay } from './value-schema.js';

const text = /* @__PURE__ */ z.string().min(1);
/** A name with something besides spaces in it (a function, not a pattern: see `TimeOfDay`). */
const name = /* @__PURE__ */ z.stringFormat('name', (s) => s.trim() !== '');
const localized = /* @__PURE__ */ z.object({ 'zh-CN': z.string(), en: z.string() });
const citation = /* @__PURE__ */ z.object({ document: z.string() });

/** Entries whose `id`s are distinct. */
function distinctIds<T extends { readonly id: string }>(entries: readonly T[], context: z.core.$RefinementCtx<readonly T[]>): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], params: { code: 'duplicate_entry_id' }, input: entry.id });
    seen.add(entry.id);
  });
}

/**
 * A list of ids (`center.stations`, `governance.bodies`, `service.standardServices`…): non-empty strings.
 *
 * @example
 * ```ts
 * IdList.safeParse(['health']).success; //=> true
 * IdList.safeParse([1]).success; //=> false
 * ```
 */
export const IdList = /* @__PURE__ */ z.array(text).readonly();

/**
 * A list of names (`access.reviewBodies`, `access.requiredApprovers`): strings with something besides spaces.
 *
 * @example
 * ```ts
 * NameList.safeParse(['市纪委']).success; //=> true
 * NameList.safeParse([' ']).success; //=> false
 * ```
 */
export const NameList = /* @__PURE__ */ z.array(name).readonly();

/**
 * Aliases of names (`access.bodyAliases`): another name → the canonical name.
 *
 * @example
 * ```ts
 * NameAliases.safeParse({ 市法制办: '市法制办公室' }).success; //=> true
 * ```
 */
export const NameAliases = /* @__PURE__ */ z.record(z.string(), z.string()).readonly();

/**
 * A list of access entries (`access.dutiesList`, `access.assistList`): `{ id, title: { 'zh-CN', en }, source,
 * department? }`, ids distinct.
 *
 * @example
 * ```ts
 * AccessList.safeParse([{ id: 'duty-1', title: { 'zh-CN': '宣传', en: 'Publicising' }, source: { document: '组织法' } }]).success; //=> true
 * ```
 */
export const AccessList = /* @__PURE__ */ z
  .array(z.object({ id: text, title: localized, department: z.string().optional(), source: citation }).readonly())
  .readonly()
  .superRefine(distinctIds);

/**
 * The ledger catalogue (`ledger.catalogue`): `{ id, title: { 'zh-CN', en }, fields }`, ids distinct.
 *
 * @example
 * ```ts
 * LedgerCatalogue.safeParse([{ id: 'a', title: { 'zh-CN': '甲', en: 'A' }, fields: ['日期'] }]).success; //=> true
 * ```
 */
export const LedgerCatalogue = /* @__PURE__ */ z
  .array(z.object({ id: text, title: localized, fields: z.array(z.string()).readonly() }).readonly())
  .readonly()
  .superRefine(distinctIds);

const plaqueName = /* @__PURE__ */ z.stringFormat('plaque name', (s) => normalizePlaqueName(s) !== '');

/**
 * Plaque kinds (`signage.allowedPlaques`, `signage.mark`): plain names, or `{ id, name, suffixes }` entries.
 *
 * @example
 * ```ts
 * PlaqueKinds.safeParse(['社区居委会', { id: 'x', name: '某', suffixes: ['某'] }]).success; //=> true
 * ```
 */
export const PlaqueKinds = /* @__PURE__ */ z
  .array(z.union([plaqueName, z.object({ id: z.string(), name: z.string(), suffixes: z.array(plaqueName).readonly() }).readonly()]))
  .readonly();

/**
 * A community model's template (`model.template.*`): `{ referenceCase, facilities, services }`.
 *
 * @example
 * ```ts
 * ModelTemplate.safeParse({ referenceCase: '里厍社区', facilities: [], services: [] }).success; //=> true
 * ```
 */
export const ModelTemplate = /* @__PURE__ */ z
  .object({
    referenceCase: z.string(),
    facilities: z.array(z.string()).readonly(),
    services: z
      .array(
        z
          .object({ id: z.string(), name: z.string(), categories: z.array(z.string()).readonly().optional(), keywords: z.array(z.string()).readonly().optional() })
          .readonly(),
      )
      .readonly(),
  })
  .readonly();

/**
 * A rounding mode (`funding.communityWorkRounding`, `points.rounding`).
 *
 * @example
 * ```ts
 * RoundingModeValue.safeParse('half-up').success; //=> true
 * ```
 */
export const RoundingModeValue = /* @__PURE__ */ z.enum(roundingModes);

/**
 * Ordinary office hours (`hall.ordinaryHours`): `{ days, opens, closes }`, times `HH:mm`, opening before closing.
 *
 * @example
 * ```ts
 * OrdinaryHours.safeParse({ days: ['mon'], opens: '08:30', closes: '17:00' }).success; //=> true
 * ```
 */
export const OrdinaryHours = /* @__PURE__ */ z
  .object({ days: z.array(Weekday).readonly(), opens: TimeOfDay, closes: TimeOfDay })
  .readonly()
  .refine((h) => h.opens < h.closes, { params: { code: 'closes_not_after_opens' }, path: ['closes'] });

/**
 * The service modes required (`hall.requiredModes`).
 *
 * @example
 * ```ts
 * ServiceModes.safeParse(['one-stop']).success; //=> true
 * ```
 */
export const ServiceModes = /* @__PURE__ */ z.array(ServiceMode).readonly();

/**
 * A range of distances in metres (`circle.distance15Minutes`): `{ min, max }`, `min ≤ max`.
 *
 * @example
 * ```ts
 * DistanceRange.safeParse({ min: 800, max: 1000 }).success; //=> true
 * DistanceRange.safeParse({ min: 1000, max: 800 }).success; //=> false
 * ```
 */
export const DistanceRange = /* @__PURE__ */ z
  .object({ min: z.number().min(0), max: z.number().min(0) })
  .readonly()
  .refine((r) => r.min <= r.max, { params: { code: 'min_above_max' }, path: ['max'] });

/**
 * The "5+1" status (`center.fivePlusOneStatus`).
 *
 * @example
 * ```ts
 * FivePlusOneStatusValue.safeParse({ stations: 'pilot', plusOne: 'encouraged' }).success; //=> true
 * ```
 */
export const FivePlusOneStatusValue = /* @__PURE__ */ z
  .object({ stations: z.enum(['pilot', 'required']), plusOne: z.enum(['encouraged', 'required']) })
  .readonly();

/**
 * The brand families (`brand.families`): `{ id, title: { 'zh-CN', en }, source? }`, ids distinct.
 *
 * @example
 * ```ts
 * BrandFamilies.safeParse([{ id: 'mutual-aid', title: { 'zh-CN': '居民互助系列品牌', en: 'Mutual aid' } }]).success; //=> true
 * ```
 */
export const BrandFamilies = /* @__PURE__ */ z
  .array(z.object({ id: text, title: localized, source: citation.optional() }).readonly())
  .readonly()
  .superRefine(distinctIds);

/**
 * The brand catalogue (`brand.catalogue`): `{ id, name, family, aliases?, source? }`, names with something besides
 * spaces, ids distinct.
 *
 * @example
 * ```ts
 * BrandCatalogue.safeParse([{ id: 'leling', name: '乐龄之家', family: 'featured-service' }]).success; //=> true
 * BrandCatalogue.safeParse([{ id: 'x', name: ' ', family: 'f' }]).success; //=> false
 * ```
 */
export const BrandCatalogue = /* @__PURE__ */ z
  .array(z.object({ id: text, name, family: text, aliases: z.array(name).readonly().optional(), source: citation.optional() }).readonly())
  .readonly()
  .superRefine(distinctIds);

/**
 * Whether a brand catalogue lists every brand (`brand.catalogueStatus`): `'open'` (the report's lists end in 等) or
 * `'closed'`.
 *
 * @example
 * ```ts
 * CatalogueStatus.safeParse('open').success; //=> true
 * ```
 */
export const CatalogueStatus = /* @__PURE__ */ z.enum(['open', 'closed']);

/**
 * How binding the integrated property management pilot is (`property.integrationPilotStatus`).
 *
 * @example
 * ```ts
 * PilotStatus.safeParse('pilot').success; //=> true
 * ```
 */
export const PilotStatus = /* @__PURE__ */ z.enum(['pilot', 'required']);

/**
 * What counts as professionalised (`staff.professionalised`): social-worker levels, and a minimum education or `null`.
 *
 * @example
 * ```ts
 * Professionalised.safeParse({ socialWorkerLevels: ['junior'], minEducation: null }).success; //=> true
 * ```
 */
export const Professionalised = /* @__PURE__ */ z
  .object({ socialWorkerLevels: z.array(SocialWorkerLevel).readonly(), minEducation: EducationLevel.nullable() })
  .readonly();

/**
 * The household count a per-household figure uses (`area.householdBasis`).
 *
 * @example
 * ```ts
 * HouseholdBasis.safeParse('resident-households').success; //=> true
 * ```
 */
export const HouseholdBasis = /* @__PURE__ */ z.enum(['registered-households', 'resident-households']);

/**
 * Star-level thresholds in hours (`points.starLevels`): non-negative, ascending.
 *
 * @example
 * ```ts
 * StarLevels.safeParse([100, 300]).success; //=> true
 * StarLevels.safeParse([300, 100]).success; //=> false
 * ```
 */
export const StarLevels = /* @__PURE__ */ z
  .array(z.number().min(0))
  .readonly()
  .refine((hours) => hours.every((h, i) => i === 0 || h >= (hours[i - 1] ?? 0)), { params: { code: 'not_ascending' } });

/**
 * The schema of each built-in parameter beyond its unit, by id (every `list` and `record` of `national` and
 * `kunshan`), each of the type `ParameterTypes` gives the id. `defineProfile` checks a value for a built-in id
 * against it, in any profile: a city that changes the parameter, or defines a parameter of that id anew.
 *
 * @example
 * ```ts
 * builtInParameterSchemas['hall.requiredModes']?.safeParse(['one-stop']).success; //=> true
 * ```
 */
export const builtInParameterSchemas: { readonly [Id in ParameterId]?: z.ZodType<ParameterTypes[Id]> } = {
  'access.assistList': AccessList,
  'access.bodyAliases': NameAliases,
  'access.dutiesList': AccessList,
  'access.requiredApprovers': NameList,
  'access.reviewBodies': NameList,
  'area.householdBasis': HouseholdBasis,
  'brand.catalogue': BrandCatalogue,
  'brand.catalogueStatus': CatalogueStatus,
  'brand.families': BrandFamilies,
  'center.fivePlusOneStatus': FivePlusOneStatusValue,
  'center.plusOne': IdList,
  'center.stations': IdList,
  'circle.distance15Minutes': DistanceRange,
  'evaluation.mandatoryActivities': NameList,
  'evaluation.mandatoryLevels': IdList,
  'funding.communityWorkRounding': RoundingModeValue,
  'governance.bodies': IdList,
  'governance.sixInOneServices': IdList,
  'hall.ordinaryHours': OrdinaryHours,
  'hall.requiredModes': ServiceModes,
  'ledger.catalogue': LedgerCatalogue,
  'model.template.newRural': ModelTemplate,
  'model.template.oldTown': ModelTemplate,
  'model.template.pureRural': ModelTemplate,
  'model.template.ruralUrbanMixed': ModelTemplate,
  'points.rounding': RoundingModeValue,
  'points.starLevels': StarLevels,
  'property.integrationPilotStatus': PilotStatus,
  'property.triadParties': IdList,
  'service.matchPriorityGroups': /* @__PURE__ */ z.array(z.array(TargetGroup).min(1)),
  'service.standardServices': IdList,
  'signage.allowedPlaques': PlaqueKinds,
  'signage.mark': PlaqueKinds,
  'staff.professionalised': Professionalised,
};
