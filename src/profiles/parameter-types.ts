/**
 * The typed parameter map: the type of every built-in parameter's value, by id, which a host extends with its own.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { LocalizedText } from '../locale.js';
import type { EducationLevel, ServiceMode, SocialWorkerLevel, TargetGroup, Weekday } from '../models/enums.js';
import type { RoundingMode } from '../money/rounding.js';
import type { Basis } from './types.js';

/**
 * The value of a `model.template.<model>` parameter: a community model's reference case, the facility kinds its
 * centres have, and the services they provide (an item provides a service when its category is one of `categories`
 * or its name holds one of `keywords`).
 *
 * @example
 * ```ts
 * const template: ModelTemplateValue = parameter(kunshan, 'model.template.newRural', '2013-06-30').value;
 * template.referenceCase; //=> '千灯炎武社区'
 * ```
 */
export interface ModelTemplateValue {
  /** The community the report names as the model's case. */
  readonly referenceCase: string;
  /** The facility kinds the model's centres have. */
  readonly facilities: readonly string[];
  /** The services the model's centres provide. */
  readonly services: readonly {
    readonly id: string;
    readonly name: string;
    readonly categories?: readonly string[] | undefined;
    readonly keywords?: readonly string[] | undefined;
  }[];
}

/**
 * The type of each parameter's value, by id: what `parameter(profile, id, asOf).value` and a rule's
 * `context.param(id).value` are, without a cast. It covers every parameter of the built-in `national` and
 * `kunshan` profiles; `defineProfile` checks each value against its parameter's schema, so the types hold for
 * every profile it returns (a profile object built by hand, without `defineProfile`, is not checked).
 *
 * An id not listed here still resolves, as a `ResolvedParameter<unknown>`: a host that defines its own parameters
 * declares their types by module augmentation (declaration merging), once, in any `.ts` file of its project:
 *
 * ```ts
 * declare module 'community-standards' {
 *   interface ParameterTypes {
 *     'suzhou.maxQueueMinutes': number;
 *   }
 * }
 * // parameter(suzhou, 'suzhou.maxQueueMinutes', '2024-01-01').value is now a number
 * ```
 *
 * Declare the type the parameter's schema (or unit) guarantees: `defineProfile` checks the values, the declaration
 * only tells the compiler.
 *
 * @example
 * ```ts
 * const min: ParameterTypes['hall.minServiceItems'] = parameter(kunshan, 'hall.minServiceItems', '2013-06-30').value; //=> 20
 * ```
 */
export interface ParameterTypes {
  'access.assistList': readonly {
    readonly id: string;
    readonly title: LocalizedText;
    readonly department?: string | undefined;
    readonly source: Citation;
  }[];
  'access.bodyAliases': Readonly<Record<string, string>>;
  'access.dutiesList': readonly {
    readonly id: string;
    readonly title: LocalizedText;
    readonly department?: string | undefined;
    readonly source: Citation;
  }[];
  'access.requiredApprovers': readonly string[];
  'access.reviewBodies': readonly string[];
  'allowance.subsistence': number;
  'area.householdBasis': Basis;
  'brand.catalogue': readonly {
    readonly id: string;
    readonly name: string;
    readonly family: string;
    readonly aliases?: readonly string[] | undefined;
    readonly source?: Citation | undefined;
  }[];
  'brand.catalogueStatus': 'open' | 'closed';
  'brand.families': readonly { readonly id: string; readonly title: LocalizedText; readonly source?: Citation | undefined }[];
  'area.perHundredHouseholds': number;
  'area.reportedAverageRural': number;
  'area.reportedAverageUrban': number;
  'center.fivePlusOneStatus': { readonly stations: 'pilot' | 'required'; readonly plusOne: 'encouraged' | 'required' };
  'center.plusOne': readonly string[];
  'center.stations': readonly string[];
  'circle.detourFactor': number;
  'circle.distance10Minutes': number;
  'circle.distance15Minutes': { readonly min: number; readonly max: number };
  'circle.distance5Minutes': number;
  'circle.minutes': number;
  'circle.walkingSpeed': number;
  'employment.zeroEmploymentClearanceDays': number;
  'evaluation.mandatoryActivities': readonly string[];
  'evaluation.mandatoryLevels': readonly string[];
  'evaluation.minResidentFeedbackShare': number;
  'funding.biddingPilot': number;
  'funding.centerUpgrade': number;
  'funding.centerUpgradeCenters': number;
  'funding.communityWork': number;
  'funding.communityWorkRounding': RoundingMode;
  'funding.featuredBrands': number;
  'funding.serviceWeb': number;
  'funding.welfareVenture': number;
  'governance.bodies': readonly string[];
  'governance.sixInOneServices': readonly string[];
  'hall.eveningUntil': string;
  'hall.minEveningWeekdays': number;
  'hall.minServiceItems': number;
  'hall.minWeekendDays': number;
  'hall.ordinaryHours': { readonly days: readonly Weekday[]; readonly opens: string; readonly closes: string };
  'hall.requiredModes': readonly ServiceMode[];
  'ledger.catalogue': readonly { readonly id: string; readonly title: LocalizedText; readonly fields: readonly string[] }[];
  'ledger.mergeThreshold': number;
  'model.template.newRural': ModelTemplateValue;
  'model.template.oldTown': ModelTemplateValue;
  'model.template.pureRural': ModelTemplateValue;
  'model.template.ruralUrbanMixed': ModelTemplateValue;
  'points.maxHoursPerActivity': number;
  'points.perHour': number;
  'points.rounding': RoundingMode;
  'points.starLevels': readonly number[];
  'points.validityMonths': number;
  'property.integrationPilotStatus': 'pilot' | 'required';
  'property.jointMeetingWithinMonths': number;
  'property.triadMeetingWithinMonths': number;
  'property.triadParties': readonly string[];
  'service.matchMaxDistanceMetres': number;
  'service.matchPriorityGroups': readonly (readonly TargetGroup[])[];
  'service.minFeatured': number;
  'service.minNeedsMetShare': number;
  'service.standardServices': readonly string[];
  'signage.allowedPlaques': readonly (string | { readonly id: string; readonly name: string; readonly suffixes: readonly string[] })[];
  'signage.mark': readonly (string | { readonly id: string; readonly name: string; readonly suffixes: readonly string[] })[];
  'staff.professionalised': { readonly socialWorkerLevels: readonly SocialWorkerLevel[]; readonly minEducation: EducationLevel | null };
  'wage.minimum': number;
}

/**
 * A parameter id whose value type is known: a key of {@link ParameterTypes} (the built-in ids and those a host
 * declared).
 *
 * @example
 * ```ts
 * const id: ParameterId = 'hall.minServiceItems';
 * ```
 */
export type ParameterId = Extract<keyof ParameterTypes, string>;

/**
 * The value type of a parameter id: its entry in {@link ParameterTypes}, or `unknown` for an id not declared there.
 *
 * @example
 * ```ts
 * const min: ParameterValueOf<'hall.minServiceItems'> = 20; // number
 * ```
 */
export type ParameterValueOf<Id extends string> = Id extends ParameterId ? ParameterTypes[Id] : unknown;
