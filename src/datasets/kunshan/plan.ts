/**
 * The numbers the synthetic part of the Kunshan dataset is built to: the report's figures less what the four
 * reference communities already contribute, and the few splits the report does not give (our choices).
 *
 * @module
 */
import { InvalidOptionError } from '../../errors.js';
import type { Dataset } from '../../models/dataset.js';
import type { ServiceCenter } from '../../models/service-center.js';
import { communitySpace } from '../../statistics/community-space.js';
import { countForPercent } from '../../statistics/fractions.js';
import { kunshan2013ReportFigures } from '../../statistics/report-figures.js';
import type { StatisticId } from '../../statistics/types.js';

/** The numbers of one community kind. */
export interface KindPlan {
  /** Synthetic communities of the kind. */
  readonly communities: number;
  /** Synthetic centres of the matching kind. */
  readonly centers: number;
  /** Full-time committee staff (all synthetic). */
  readonly staff: number;
  /** Of them, professionalised under the default definition. */
  readonly professionalised: number;
  /** Of them, certified social workers by level. */
  readonly certified: { readonly junior: number; readonly intermediate: number };
  /** Total floor area of the synthetic centres, m², so that the average lands half a square metre over the report's. */
  readonly floorArea: number;
}

/** Every number the synthetic part is built to. */
export interface KunshanPlan {
  /** The numbers of the urban communities and urban community service centres. */
  readonly urban: KindPlan;
  /** The numbers of the rural communities and village public service centres. */
  readonly rural: KindPlan;
  /** Synthetic communities that reach `hall.minServiceItems` (20). */
  readonly reachingItems: number;
  /** Certified social workers among service-centre staff (not committee members). */
  readonly centerStaffCertified: { readonly junior: number; readonly intermediate: number };
  /** Social organisations by type. */
  readonly organizations: { readonly socialGroups: number; readonly privateNonEnterprise: number; readonly foundations: number; readonly filed: number };
  /** Partner units. */
  readonly partnerUnits: number;
  /** Projects funded by the 2012 venture round. */
  readonly ventureFunded2012: number;
}

/**
 * Our split of the 316 certified social workers, which the report gives only by level ("持证社工中大部分都来自
 * 基层社区和农村"): most are committee staff, more of them in urban communities; a few are service-centre staff.
 */
const CERTIFIED_SPLIT = { urban: { junior: 166, intermediate: 34 }, center: { junior: 14, intermediate: 2 } } as const;

const figure = (id: StatisticId): number => {
  const found = kunshan2013ReportFigures[id];
  if (found === undefined) throw new InvalidOptionError('id', 'no report figure', id);
  return found.value;
};

/**
 * Derives the plan from the report's figures and the reference communities: counts less the references', shares
 * as the smallest counts that reach the report's percentage (`countForPercent`), and average areas at the report's
 * figure plus half a square metre (so "超过1315" holds and the average still truncates to 1315).
 *
 * @param reference - the dataset of the four reference communities
 * @returns the plan
 * @example
 * ```ts
 * kunshanPlan(referenceCommunities()).urban.communities; //=> 153 (155 less 炎武 and 里厍)
 * ```
 */
export function kunshanPlan(reference: Dataset): KunshanPlan {
  const communities = reference.communities ?? [];
  const centers = reference.serviceCenters ?? [];
  const centersOf = (id: string): ServiceCenter[] => centers.filter((c) => c.communityIds.includes(id));
  const refCount = (kind: 'urban' | 'rural') => communities.filter((c) => c.kind === kind).length;
  const refCenters = (kind: ServiceCenter['kind']) => centers.filter((c) => c.kind === kind).length;
  const refReaching = communities.filter((c) => new Set(centersOf(c.id).flatMap((s) => s.serviceItemIds ?? [])).size >= 20).length;
  const allCommunities = figure('communities.urban') + figure('communities.rural');

  const kind = (k: 'urban' | 'rural'): KindPlan => {
    const urban = k === 'urban';
    const staff = figure(urban ? 'staff.urban' : 'staff.rural');
    const certified = urban
      ? CERTIFIED_SPLIT.urban
      : {
          junior: figure('socialWorkers.junior') - CERTIFIED_SPLIT.urban.junior - CERTIFIED_SPLIT.center.junior,
          intermediate: figure('socialWorkers.intermediate') - CERTIFIED_SPLIT.urban.intermediate - CERTIFIED_SPLIT.center.intermediate,
        };
    const synthetic = figure(urban ? 'communities.urban' : 'communities.rural') - refCount(k);
    const space = communitySpace(communities, centersOf, k);
    const averaged = synthetic + space.average.count;
    const target = Math.floor(((2 * figure(urban ? 'area.urbanAverage' : 'area.ruralAverage') + 1) * averaged) / 2);
    return {
      communities: synthetic,
      centers: figure(urban ? 'centers.urban' : 'centers.village') - refCenters(urban ? 'urban-community-service-center' : 'village-public-service-center'),
      staff,
      professionalised: countForPercent(figure(urban ? 'staff.urbanProfessionalised' : 'staff.ruralProfessionalised'), staff),
      certified,
      floorArea: target - space.average.total,
    };
  };

  return {
    urban: kind('urban'),
    rural: kind('rural'),
    reachingItems: countForPercent(figure('hall.minItems'), allCommunities) - refReaching,
    centerStaffCertified: CERTIFIED_SPLIT.center,
    organizations: {
      socialGroups: figure('socialOrganizations.socialGroups'),
      privateNonEnterprise: figure('socialOrganizations.privateNonEnterprise'),
      foundations: figure('socialOrganizations.foundations'),
      filed: figure('socialOrganizations.filed'),
    },
    partnerUnits: figure('partnerUnits'),
    ventureFunded2012: figure('welfare.ventureFunded2012'),
  };
}
