/**
 * The staff rule (spec §3.3): the professionalisation rate of full-time community staff.
 *
 * @module
 */
import { listArgument } from '../../arguments.js';
import { optionBag } from '../../options.js';
import { kunshanReport } from '../../citation.js';
import { InvalidOptionError, ProfileDefinitionError } from '../../errors.js';
import { professionalizationMessages } from './messages.js';
import { educationLevels, socialWorkerLevels } from '../../models/enums.js';
import type { StaffMember } from '../../models/staff-member.js';
import { kunshan } from '../../profiles/kunshan.js';
import { parameter } from '../../profiles/parameter.js';
import type { Profile } from '../../profiles/types.js';
import { defineRule } from '../../engine/define-rule.js';
import type { NoValueInForceError } from '../../errors.js';

/** Options of {@link professionalizationRate}. */
export interface ProfessionalizationOptions {
  /** The profile that defines "professionalised" (`staff.professionalised`; default `kunshan`). */
  readonly profile?: Profile;
  /** The date the definition is read as of (`YYYY-MM-DD` or a `Date`). */
  readonly asOf: string | Date;
  /** Count only the staff of these communities (default: every staff member given). */
  readonly communityIds?: readonly string[];
}

/** The professionalisation rate of a set of staff. */
export interface ProfessionalizationRate {
  /** Full-time staff who are professionalised. */
  readonly professionalised: number;
  /** Full-time staff. */
  readonly fullTime: number;
  /** `professionalised / fullTime` as an exact fraction in lowest terms, and as a ratio; `null` with no full-time staff. */
  readonly rate: { readonly numerator: number; readonly denominator: number; readonly ratio: number } | null;
}

interface Definition {
  readonly levels: ReadonlySet<string>;
  readonly minRank: number;
}

function readDefinition(value: unknown): Definition {
  const v = value as { socialWorkerLevels?: unknown; minEducation?: unknown } | null;
  const levels = v?.socialWorkerLevels;
  const min = v?.minEducation;
  const minRank = min === null ? Infinity : educationLevels.indexOf(min as (typeof educationLevels)[number]);
  if (!Array.isArray(levels) || !levels.every((l) => (socialWorkerLevels as readonly unknown[]).includes(l)) || minRank < 0) {
    throw new ProfileDefinitionError(
      'Parameter "staff.professionalised" must be { socialWorkerLevels: SocialWorkerLevel[], minEducation: EducationLevel | null }.',
      { id: 'staff.professionalised' }
    );
  }
  return { levels: new Set(levels as string[]), minRank };
}

function count(staff: readonly StaffMember[], definition: Definition): ProfessionalizationRate {
  const fullTime = staff.filter((s) => s.fullTime === true);
  const professionalised = fullTime.filter(
    (s) =>
      (s.socialWorkerLevel !== undefined && definition.levels.has(s.socialWorkerLevel)) ||
      (s.education !== undefined && educationLevels.indexOf(s.education) >= definition.minRank)
  ).length;
  if (fullTime.length === 0) return { professionalised, fullTime: 0, rate: null };
  const divisor = gcd(professionalised, fullTime.length);
  const rate = { numerator: professionalised / divisor, denominator: fullTime.length / divisor, ratio: professionalised / fullTime.length };
  return { professionalised, fullTime: fullTime.length, rate };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The professionalisation rate (职业化专业化水平) of a set of staff — one community's or several's: the share of
 * full-time staff (`fullTime: true`) who are professionalised, as the profile's `staff.professionalised` defines it
 * (Kunshan, our reading: a social-work certificate of any level, or a college degree or above).
 *
 * @param staff - the staff records
 * @param options - the date, the profile, and optionally the communities to count
 * @returns the counts, and the rate as an exact fraction and a ratio (`null` with no full-time staff)
 * @throws {@link index!InvalidOptionError} for a missing date or a staff list that is not an array;
 *   {@link index!NoValueInForceError} when the definition has no value in force; {@link ProfileDefinitionError} when the
 *   profile's definition is malformed
 * @example
 * ```ts
 * professionalizationRate(
 *   [
 *     { id: 'a', name: '甲', communityId: 'c', roles: [], fullTime: true, education: 'bachelor' },
 *     { id: 'b', name: '乙', communityId: 'c', roles: [], fullTime: true, socialWorkerLevel: 'junior' },
 *     { id: 'c', name: '丙', communityId: 'c', roles: [], fullTime: true, education: 'below-college' },
 *     { id: 'd', name: '丁', communityId: 'c', roles: [], fullTime: false, education: 'bachelor' },
 *   ],
 *   { asOf: '2013-06-30' },
 * );
 * //=> { professionalised: 2, fullTime: 3, rate: { numerator: 2, denominator: 3, ratio: 0.6666666666666666 } }
 * ```
 */
export function professionalizationRate(staff: readonly StaffMember[], options: ProfessionalizationOptions): ProfessionalizationRate {
  options = optionBag(options);
  listArgument(staff, 'staff', 'object');
  if (!Array.isArray(staff)) throw new InvalidOptionError('staff', 'expected an array of staff records', staff);
  if (options?.asOf === undefined) throw new InvalidOptionError('asOf', 'give the date to read the definition as of');
  const definition = readDefinition(parameter(options.profile ?? kunshan, 'staff.professionalised', options.asOf).value);
  const ids = options.communityIds === undefined ? undefined : new Set(options.communityIds);
  return count(ids === undefined ? staff : staff.filter((s) => ids.has(s.communityId)), definition);
}

/**
 * `staff.professionalization` (info) — the professionalisation rate of the community's full-time staff, as
 * {@link professionalizationRate} counts it. The report gives the rate as a city figure, not a minimum, so the
 * finding passes whenever the rate can be computed and reports it; not applicable with no full-time staff.
 *
 * > 目前全市155个社区居民委员会有社区专职人员(社区党组织、居委会成员)1558人,职业化专业化水平达86%; 153个农村社区
 * > “两委会”成员1580人,职业化专业化水平达57% (paragraph 7)
 *
 * @example
 * ```ts
 * // four full-time staff: bachelor, junior social worker, college, below college without certificate:
 * finding.message; //=> '专职人员 4 人,其中职业化专业化 3 人,占 75%'
 * ```
 */
export const staffProfessionalization = defineRule({
  id: 'staff.professionalization',
  title: { 'zh-CN': '职业化专业化水平', en: 'Professionalisation of community staff' },
  subject: 'community',
  severity: 'info',
  source: kunshanReport(7, '155个社区居民委员会有社区专职人员(社区党组织、居委会成员)1558人,职业化专业化水平达86%'),
  parameters: ['staff.professionalised'],
  messages: professionalizationMessages,
  check(community, context) {
    const definition = readDefinition(context.param('staff.professionalised').value);
    const result = count(context.data.byCommunity('staffMember', community.id), definition);
    if (result.rate === null) return { outcome: 'not-applicable', code: 'no-full-time-staff' };
    const values = { fullTime: result.fullTime, professionalised: result.professionalised, ratio: result.rate.ratio };
    return { outcome: 'pass', code: 'rate', values, actual: result };
  },
});
