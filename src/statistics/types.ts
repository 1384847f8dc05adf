/**
 * The shape of city statistics: figures computed from records, each with its label and, where the survey report
 * gives the same figure, the report's value, how the report writes it, and where.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import type { LocalizedText } from '../locale.js';
import type { WelfareProgramme } from '../models/welfare-project.js';
import type { ResolvedParameter } from '../profiles/types.js';

/**
 * The ids of the city statistics, in the order of the report's table (spec §5).
 *
 * @example
 * ```ts
 * statisticIds.includes('hall.minItems'); //=> true
 * statisticIds[0]; //=> 'centers.village'
 * ```
 */
export const statisticIds = /* @__PURE__ */ Object.freeze([
  'centers.village',
  'centers.urban',
  'communities.urban',
  'communities.rural',
  'hall.oneStop',
  'hall.minItems',
  'socialOrganizations.registered',
  'socialOrganizations.socialGroups',
  'socialOrganizations.privateNonEnterprise',
  'socialOrganizations.foundations',
  'socialOrganizations.filed',
  'socialWorkers.certified',
  'socialWorkers.junior',
  'socialWorkers.intermediate',
  'socialWorkers.senior',
  'staff.urban',
  'staff.urbanProfessionalised',
  'staff.rural',
  'staff.ruralProfessionalised',
  'area.urbanAverage',
  'area.ruralAverage',
  'partnerUnits',
  'welfare.ventureFunded2012',
  'centers.upgraded',
  'premises.plannedSite',
  'premises.extension',
  'premises.developerProvided',
  'premises.coBuilt',
  'partnerUnits.openToPublic',
] as const);

/** The id of a city statistic, e.g. `'hall.minItems'`. */
export type StatisticId = (typeof statisticIds)[number];

/** What a statistic's `value` measures: a number of records, a share (0–1), or an average area in m². */
export type StatisticUnit = 'count' | 'share' | 'square-metres';

/** A share as an exact fraction of counts (not reduced: `262 / 308`), and as a ratio; `null` with nothing to count. */
export interface Share {
  /** How many have the property. */
  readonly numerator: number;
  /** How many there are in all. */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  readonly ratio: number | null;
}

/** An average as its total and count, and their quotient; `null` with nothing to average. */
export interface Average {
  /** The sum of the values averaged (m²). */
  readonly total: number;
  /** How many values were averaged. */
  readonly count: number;
  /** `total / count`, or `null` when the count is 0. */
  readonly value: number | null;
}

/**
 * How the report writes a figure, and so how a computed figure is compared with it:
 * - `exact`: a count, which must be equal;
 * - `whole-percent`: a share written as a whole percentage (`85%`): the computed share, rounded half up to a whole
 *   percentage, must be equal;
 * - `over`: "超过" (over) a value: the computed value must be strictly greater.
 */
export type ReportReading = 'exact' | 'whole-percent' | 'over';

/** A figure as the survey report gives it. */
export interface ReportFigure {
  /** The value as written: a count, a whole percentage (`85`), or m² (`1315`). */
  readonly value: number;
  /** How the value is written, and so how it is compared. */
  readonly reading: ReportReading;
  /** Where the report gives it (paragraph and the sentence quoted). */
  readonly citation: Citation;
}

/** One computed statistic. */
export interface Statistic {
  /** Its id. */
  readonly id: StatisticId;
  /** Its label in every locale. */
  readonly label: LocalizedText;
  /** What `value` measures. */
  readonly unit: StatisticUnit;
  /** The count, the share's ratio, or the average; `null` when there is nothing to compute it from. */
  readonly value: number | null;
  /** For a share: the exact fraction. */
  readonly share?: Share;
  /** For an average: its total and count. */
  readonly average?: Average;
  /**
   * Records whose figure is not reported (a centre without floor area, a community whose centres list no items).
   * For an average they are left out; for a share they stay in the denominator, as not having the property.
   */
  readonly notReported?: number;
  /** The profile parameters the statistic used, with their citations or assumption notes. */
  readonly parameters?: readonly ResolvedParameter[];
  /** The same figure as the report gives it, when it does. */
  readonly report?: ReportFigure;
}

/** Welfare projects of one year and programme: how many applied, how many were funded, and with how much. */
export interface WelfareTally {
  /** The round's year. */
  readonly year: number;
  /** 公益创投 (`venture`) or 招投标试点 (`bidding-pilot`). */
  readonly programme: WelfareProgramme;
  /** Projects recorded. */
  readonly projects: number;
  /** Projects with a decision recorded (`fundedFen` present). */
  readonly decided: number;
  /** Projects funded (`fundedFen` > 0). */
  readonly funded: number;
  /** Amount requested, in fen. */
  readonly requestedFen: number;
  /** Amount granted, in fen. */
  readonly fundedFen: number;
}

/** The report's table computed from a dataset: every statistic by id, and the welfare projects by year. */
export interface CityStatistics {
  /** The date the parameters were read as of, and social organisations counted up to (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** The id of the profile used. */
  readonly profile: string;
  /** Every statistic, by id, in the order of {@link statisticIds}. */
  readonly figures: Readonly<Record<StatisticId, Statistic>>;
  /** Welfare projects by year and programme, years ascending. */
  readonly welfareProjects: readonly WelfareTally[];
}
