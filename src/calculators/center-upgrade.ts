/**
 * The spending of the service-centre upgrade programme (社区服务中心提升工程, paragraph 8): the report's total over
 * its “200余” centres, and per centre and per m² from the centres' records.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { resolveLocale, type Locale } from '../locale.js';
import { fromFen, money, type Money } from '../money/money.js';
import { divideRounded } from '../money/rounding.js';
import { toIsoDate } from '../profiles/as-of.js';
import { parameter } from '../profiles/parameter.js';
import { profileOption } from '../profiles/profile-option.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import type { PathSegment } from '../validation/issue.js';
import { calculatorIssue, issueText, received, type CalculatorIssue } from './issue.js';
import { countText, scaledText, yuanText } from './messages/format.js';
import { premisesText } from './messages/premises.js';
import { localized, note, noteStep } from './note.js';
import type { InvalidOptionError, NoValueInForceError } from '../errors.js';

/** Options of {@link centerUpgradeSpending}. */
export interface CenterUpgradeOptions {
  /** The date the programme's parameters are read as of (required). */
  readonly asOf: string | Date;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
  /** The locale of issue messages (default `zh-CN`); the explanation is always in every locale. */
  readonly locale?: Locale;
}

/** The programme as the report gives it. */
export interface UpgradeProgramme {
  /** The funds granted in all (`funding.centerUpgrade`: 3.4亿元). */
  readonly total: Money;
  /** The centres, a lower bound (`funding.centerUpgradeCenters`: “200余” → over 200). */
  readonly centersOver: number;
  /** `total ÷ centersOver`, rounded down to the fen: the average per centre is below it. */
  readonly averageBelow: Money;
}

/** What the centres' records give. */
export interface UpgradeRecords {
  /** Centres with `upgrade`. */
  readonly centers: number;
  /** Of those, the centres with `upgrade.fundsFen`. */
  readonly funded: number;
  /** Their funds in all. */
  readonly total: Money;
  /** `total ÷ funded`, rounded half up to the fen; `null` when no centre has funds. */
  readonly averagePerCenter: Money | null;
  /** Centres with funds and a floor area (`floorArea.total`, or the sum of office, service and activity space). */
  readonly measured: number;
  /** Their floor area in all, m². */
  readonly area: number;
  /** Their funds ÷ their area, per m², rounded half up to the fen; `null` when no centre has both. */
  readonly perSquareMetre: Money | null;
}

/** The result of {@link centerUpgradeSpending}. */
export interface CenterUpgradeSpending {
  /** The date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The programme as the report gives it. */
  readonly programme: UpgradeProgramme;
  /** What the records give. */
  readonly records: UpgradeRecords;
  /** The parameters used. */
  readonly parameters: readonly ResolvedParameter[];
  /** Records left out, and why. */
  readonly issues: readonly CalculatorIssue[];
  /** The worked note, in every locale. */
  readonly explanation: Explanation;
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The spending of the upgrade programme: from the report, its total (`funding.centerUpgrade`, 3.4亿元) over more
 * than `funding.centerUpgradeCenters` (200) centres, so an average per centre below 170万元; from the records, the
 * centres with `upgrade`, their funds (`upgrade.fundsFen`) in all, per centre, and per m² of floor area where a
 * centre gives both. Exact: sums in integer fen, each quotient rounded once (half up) to the fen; areas are read to
 * the hundredth of a square metre. A record whose funds are not a non-negative integer of fen, or whose floor area
 * is not a positive number, is left out of what needs it, with an issue — never a throw.
 *
 * > 2008年以来,昆山市全面开展“社区服务中心提升工程”,市、区、镇财政先后拨付了3.4亿元资金用于新建、改扩建城乡200余个社区服务中心 (paragraph 8)
 *
 * @param centers - the service centre records (untrusted)
 * @param options - `asOf` (required), `profile`, `locale`
 * @returns the programme, the records' figures, the issues and the worked note
 * @throws {@link index!InvalidOptionError} for a bad `asOf` or locale; {@link index!NoValueInForceError} when the
 *   programme's parameters have no value in force (in `kunshan`, before 2008)
 * @example
 * ```ts
 * const spending = centerUpgradeSpending([
 *   { id: 'a', upgrade: { year: 2009, works: 'new-build', fundsFen: 200_000_000 }, floorArea: { total: 1000 } },
 *   { id: 'b', upgrade: { year: 2010, works: 'rebuild-extend', fundsFen: 100_000_000 } },
 * ], { asOf: '2013-06-30' });
 * spending.programme.averageBelow; //=> { fen: 170000000 } (170万元)
 * spending.records.averagePerCenter; //=> { fen: 150000000 } (150万元)
 * spending.records.perSquareMetre; //=> { fen: 200000 } (2,000元/m², centre a only)
 * ```
 */
export function centerUpgradeSpending(centers: readonly unknown[], options: CenterUpgradeOptions): CenterUpgradeSpending {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const asOf = toIsoDate(options.asOf);
  const profile = profileOption(options.profile);
  const totalParameter = parameter(profile, 'funding.centerUpgrade', asOf);
  const centersParameter = parameter(profile, 'funding.centerUpgradeCenters', asOf);
  const total = money(totalParameter.value);
  const centersOver = centersParameter.value;
  const averageBelow = fromFen(centersOver > 0 ? divideRounded(BigInt(total.fen), BigInt(centersOver), 'down') : 0n);
  const programme = { total, centersOver, averageBelow };

  const issues: CalculatorIssue[] = [];
  const leftOut: ReturnType<typeof noteStep>[] = [];
  const problem = (code: Parameters<typeof calculatorIssue>[1], path: PathSegment[], extra: Parameters<typeof calculatorIssue>[3] = {}) => {
    issues.push(calculatorIssue(locale, code, path, extra));
    const reason = issueText(code, path, extra);
    leftOut.push(noteStep(localized(premisesText, (t, l) => t.leftOut({ reason: reason[l] }))));
  };
  let upgraded = 0;
  let funded = 0;
  let sum = 0n;
  let measured = 0;
  let measuredSum = 0n;
  let centiArea = 0n;
  const list = readList(centers);
  if (list === undefined) problem('unreadable_input', ['centers']);
  for (const [i, center] of (list ?? []).entries()) {
    const upgrade = field(center, 'upgrade');
    if (upgrade === undefined) continue;
    upgraded++;
    const fen = field(upgrade, 'fundsFen');
    if (fen === undefined) continue;
    if (typeof fen !== 'number' || !Number.isSafeInteger(fen) || fen < 0) {
      problem('invalid_fen', ['centers', i, 'upgrade', 'fundsFen'], { expected: 'integer >= 0', received: received(fen) });
      continue;
    }
    funded++;
    sum += BigInt(fen);
    const area = floorArea(field(center, 'floorArea'));
    if (area === undefined) continue;
    const centi = typeof area === 'number' && Number.isFinite(area) && area > 0 ? BigInt(Math.round(area * 100)) : 0n;
    if (centi <= 0n) {
      problem('invalid_area', ['centers', i, 'floorArea'], { expected: 'number > 0', received: received(area) });
      continue;
    }
    measured++;
    measuredSum += BigInt(fen);
    centiArea += centi;
  }
  if (sum > MAX) {
    problem('invalid_fen', ['centers'], { expected: `sum <= ${MAX}`, received: String(sum) });
    sum = 0n;
    funded = 0;
    measured = 0;
  }
  const recordsTotal = fromFen(sum);
  const averagePerCenter = funded > 0 ? fromFen(divideRounded(sum, BigInt(funded), 'half-up')) : null;
  const perSquareMetre = measured > 0 ? fromFen(divideRounded(measuredSum * 100n, centiArea, 'half-up')) : null;
  const area = Number(centiArea) / 100;
  const records = { centers: upgraded, funded, total: recordsTotal, averagePerCenter, measured, area, perSquareMetre };

  const steps = [
    noteStep(
      localized(premisesText, (t, l) => t.programme({ total: scaledText(total, l), centers: countText(centersOver), bound: scaledText(averageBelow, l) })),
      { parameter: totalParameter },
    ),
    noteStep(localized(premisesText, (t) => t.centersRead({ centers: countText(centersOver) })), { parameter: centersParameter }),
    noteStep(localized(premisesText, (t, l) => t.records({ centers: countText(upgraded), funded: countText(funded), total: yuanText(recordsTotal, l) }))),
  ];
  if (averagePerCenter === null) steps.push(noteStep(localized(premisesText, (t) => t.noFigures())));
  else steps.push(noteStep(localized(premisesText, (t, l) => t.perCenter({ total: yuanText(recordsTotal, l), funded: countText(funded), average: yuanText(averagePerCenter, l) }))));
  if (perSquareMetre !== null) {
    steps.push(
      noteStep(
        localized(premisesText, (t, l) =>
          t.perSquareMetre({ total: yuanText(fromFen(measuredSum), l), area: String(area), measured: countText(measured), perSquareMetre: yuanText(perSquareMetre, l) }),
        ),
      ),
    );
  }
  steps.push(...leftOut);
  const title = localized(premisesText, (t) => t.title({ asOf }));
  return { asOf, programme, records, parameters: [totalParameter, centersParameter], issues, explanation: note(title, steps) };
}

/** The list, or `undefined` when it cannot be read as one. */
function readList(value: unknown): readonly unknown[] | undefined {
  try {
    return Array.isArray(value) ? [...(value as unknown[])] : undefined;
  } catch {
    return undefined;
  }
}

/** A field of an untrusted value (a getter that throws reads as absent). */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A centre's floor area: `total`, or the sum of the parts given; `undefined` when none; a non-number as is. */
function floorArea(area: unknown): unknown {
  const total = field(area, 'total');
  if (total !== undefined) return total;
  const parts = ['office', 'service', 'activity'].map((key) => field(area, key)).filter((x) => x !== undefined);
  if (parts.length === 0) return undefined;
  return parts.every((x) => typeof x === 'number') ? (parts as number[]).reduce((a, b) => a + b, 0) : parts.find((x) => typeof x !== 'number');
}
