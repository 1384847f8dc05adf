/**
 * The report's table (spec §5) computed from the records of a dataset.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { InvalidOptionError, isCommunityStandardsError } from '../errors.js';
import { statisticMessages, type StatisticLabelParams } from './messages.js';
import { Dataset as DatasetModel, type Dataset } from '../models/dataset.js';
import { formatPath } from '../validation/issue.js';
import type { ServiceCenter } from '../models/service-center.js';
import { toIsoDate } from '../profiles/as-of.js';
import { profileOption } from '../profiles/profile-option.js';
import { parameter } from '../profiles/parameter.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { communitySpace } from './community-space.js';
import { minItemsShare, oneStopShare } from './hall-shares.js';
import { fundedCommunities, organizationsByType, welfareTallies } from './organization-figures.js';
import { kunshan2013ReportFigures, type ReportFigures } from './report-figures.js';
import { premisesRouteCounts, upgradedCenters } from './premises-figures.js';
import { committeeStaff, socialWorkersByLevel } from './staff-figures.js';
import { statisticIds, type CityStatistics, type Share, type Statistic, type StatisticId } from './types.js';
import type { NoValueInForceError } from '../errors.js';

/** Options of {@link cityStatistics}. */
export interface CityStatisticsOptions {
  /** The profile whose parameters apply (`hall.minServiceItems`, `staff.professionalised`); default `kunshan`. */
  readonly profile?: Profile;
  /** The date the parameters are read as of, and social organisations counted up to (`YYYY-MM-DD` or a `Date`). */
  readonly asOf: string | Date;
  /** The report figures to attach to the statistics; default the Kunshan report's; `null` attaches none. */
  readonly report?: ReportFigures | null;
}

type Body = Omit<Statistic, 'id' | 'label' | 'report'>;

/**
 * Computes the report's table from the records — never from stored totals: centres and communities by kind, the
 * shares of communities with a one-stop hall and with at least `hall.minServiceItems` items, registered social
 * organisations by type and filed ones, certified social workers by level, full-time committee staff and their
 * professionalisation by community kind, the average space of communities by kind, partner units, and the welfare
 * projects funded (the 2012 venture round, and every year and programme in `welfareProjects`); the centres of the
 * upgrade programme and by the route to their premises (paragraph 8), and the partner units with facilities open to
 * the public (paragraph 1; per community: `openFacilitiesByCommunity`). Shares are exact
 * fractions with their ratio; each statistic has its bilingual label and, where the report gives the same figure,
 * the report's value, reading and citation (compare them with `compareWithReport`).
 *
 * @param dataset - a validated dataset
 * @param options - the date, and optionally the profile and the report figures
 * @returns the statistics
 * @throws {@link index!InvalidOptionError} when the dataset is not an object (or, where it cannot be read, not a valid
 *   `Dataset`: validate it first) or the date is missing or malformed;
 *   {@link index!NoValueInForceError} when a parameter has no value in force at `asOf`
 * @example
 * ```ts
 * const stats = cityStatistics(kunshan2013(), { asOf: '2013-06-30' });
 * stats.figures['centers.village'].value; //=> 177
 * stats.figures['hall.minItems'].share; //=> { numerator: 262, denominator: 308, ratio: 0.8506… }
 * stats.figures['area.urbanAverage'].report?.reading; //=> 'over'
 * ```
 */
export function cityStatistics(dataset: Dataset, options: CityStatisticsOptions): CityStatistics {
  options = optionBag(options);
  try {
    return computeStatistics(dataset, options);
  } catch (error) {
    // A TypeError from a dataset that is not a Dataset (a list that is not a list, a field of the wrong type) is a
    // typed error naming the first problem; on a valid dataset it is a bug, and goes on as it is.
    if (isCommunityStandardsError(error) || !(error instanceof TypeError || error instanceof RangeError)) throw error;
    let check;
    try {
      check = DatasetModel.safeParse(dataset);
    } catch {
      throw new InvalidOptionError('dataset', 'is not a dataset that can be read (validate it with validateDataset first)');
    }
    if (check.success) throw error;
    const first = check.error.issues[0];
    throw new InvalidOptionError('dataset', `is not a valid dataset (validate it with validateDataset first): ${formatPath((first?.path ?? []) as (string | number)[])}: ${first?.message ?? ''}`);
  }
}

function computeStatistics(dataset: Dataset, options: CityStatisticsOptions): CityStatistics {
  if (typeof dataset !== 'object' || dataset === null) throw new InvalidOptionError('dataset', 'expected a dataset object', dataset);
  if (options?.asOf === undefined) throw new InvalidOptionError('asOf', 'give the date to compute the statistics as of');
  const asOf = toIsoDate(options.asOf);
  const profile = profileOption(options.profile);
  const report = options.report === undefined ? kunshan2013ReportFigures : options.report;

  const communities = dataset.communities ?? [];
  const centers = dataset.serviceCenters ?? [];
  const staff = dataset.staffMembers ?? [];
  const byCommunity = new Map<string, ServiceCenter[]>();
  for (const center of centers) {
    for (const id of new Set(center.communityIds)) {
      const list = byCommunity.get(id);
      if (list === undefined) byCommunity.set(id, [center]);
      else list.push(center);
    }
  }
  const centersOf = (id: string): readonly ServiceCenter[] => byCommunity.get(id) ?? [];

  const minItems = parameter(profile, 'hall.minServiceItems', asOf);
  const definition = parameter(profile, 'staff.professionalised', asOf);
  const items = minItemsShare(communities, centersOf, minItems.value);
  const urbanStaff = committeeStaff(staff, communities, 'urban', { profile, asOf });
  const ruralStaff = committeeStaff(staff, communities, 'rural', { profile, asOf });
  const urbanSpace = communitySpace(communities, centersOf, 'urban');
  const ruralSpace = communitySpace(communities, centersOf, 'rural');
  const orgs = organizationsByType(dataset.socialOrganizations ?? [], asOf);
  const workers = socialWorkersByLevel(staff);
  const welfareProjects = welfareTallies(dataset.welfareProjects ?? []);
  const oneStop = oneStopShare(communities, centersOf);
  // The report counts communities: “资助了35个社区的公益服务项目”.
  const venture2012 = fundedCommunities(dataset.welfareProjects ?? [], 2012, 'venture');
  const routes = premisesRouteCounts(centers);
  const byRoute = (route: keyof typeof routes.byRoute): Body => ({ unit: 'count', value: routes.byRoute[route], notReported: routes.notReported });

  const count = (value: number): Body => ({ unit: 'count', value });
  const ofShare = (s: Share, parameters?: readonly ResolvedParameter[], notReported?: number): Body => ({
    unit: 'share',
    value: s.ratio,
    share: s,
    ...(notReported !== undefined && { notReported }),
    ...(parameters !== undefined && { parameters }),
  });
  const ofSpace = (s: typeof urbanSpace): Body => ({ unit: 'square-metres', value: s.average.value, average: s.average, notReported: s.notReported });
  const bodies: Record<StatisticId, Body> = {
    'centers.village': count(centers.filter((c) => c.kind === 'village-public-service-center').length),
    'centers.urban': count(centers.filter((c) => c.kind === 'urban-community-service-center').length),
    'communities.urban': count(communities.filter((c) => c.kind === 'urban').length),
    'communities.rural': count(communities.filter((c) => c.kind === 'rural').length),
    'hall.oneStop': ofShare(oneStop),
    'hall.minItems': ofShare(items.share, [minItems], items.notReported),
    'socialOrganizations.registered': count(orgs['social-group'] + orgs['private-non-enterprise'] + orgs.foundation),
    'socialOrganizations.socialGroups': count(orgs['social-group']),
    'socialOrganizations.privateNonEnterprise': count(orgs['private-non-enterprise']),
    'socialOrganizations.foundations': count(orgs.foundation),
    'socialOrganizations.filed': count(orgs['filed-community']),
    'socialWorkers.certified': count(workers.total),
    'socialWorkers.junior': count(workers.junior),
    'socialWorkers.intermediate': count(workers.intermediate),
    'socialWorkers.senior': count(workers.senior),
    'staff.urban': count(urbanStaff.fullTime),
    'staff.urbanProfessionalised': ofShare(urbanStaff.professionalised, [definition]),
    'staff.rural': count(ruralStaff.fullTime),
    'staff.ruralProfessionalised': ofShare(ruralStaff.professionalised, [definition]),
    'area.urbanAverage': ofSpace(urbanSpace),
    'area.ruralAverage': ofSpace(ruralSpace),
    partnerUnits: count(dataset.partnerUnits?.length ?? 0),
    'welfare.ventureFunded2012': count(venture2012),
    'centers.upgraded': count(upgradedCenters(centers)),
    'premises.plannedSite': byRoute('planned-site'),
    'premises.extension': byRoute('extension'),
    'premises.developerProvided': byRoute('developer-provided'),
    'premises.coBuilt': byRoute('co-built'),
    'partnerUnits.openToPublic': count((dataset.partnerUnits ?? []).filter((u) => (u.publicFacilities ?? []).length > 0).length),
  };

  const labelParams: Partial<Record<StatisticId, StatisticLabelParams>> = { 'hall.minItems': { min: minItems.value } };
  const figures = Object.fromEntries(
    statisticIds.map((id) => {
      const params = labelParams[id] ?? {};
      const label = { 'zh-CN': statisticMessages['zh-CN'].labels[id](params), en: statisticMessages.en.labels[id](params) };
      const figure = report?.[id];
      return [id, { id, label, ...bodies[id], ...(figure !== undefined && { report: figure }) }];
    }),
  ) as Record<StatisticId, Statistic>;
  return { asOf, profile: profile.id, figures, welfareProjects };
}
