/**
 * Community work funds (社区工作经费): the allocation to one community by the standard per 100 households. The
 * report states the standard per 100 households and no period (it does not say "a year"), so the result is the
 * amount by the standard in force at a date, not a yearly total.
 *
 * @module
 */
import { optionBag } from '../options.js';
import type { Explanation } from '../engine/explanation.js';
import { ProfileDefinitionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { fundsText } from './messages/funds.js';
import { fromFen, money, type Money } from '../money/money.js';
import { divideRounded, resolveRounding, type RoundingMode } from '../money/rounding.js';
import { toIsoDate } from '../profiles/as-of.js';
import { profileOption } from '../profiles/profile-option.js';
import { parameter } from '../profiles/parameter.js';
import type { Basis, Profile, ResolvedParameter } from '../profiles/types.js';
import { calculatorIssue, issueText, received, type CalculatorIssue } from './issue.js';
import { localized, note, noteStep } from './note.js';
import type { InvalidOptionError, NoValueInForceError } from '../errors.js';

/** Options of {@link communityWorkFunds}. */
export interface WorkFundsOptions {
  /** The date the funds are computed for: the standard in force then applies (required). */
  readonly asOf: string | Date;
  /** The profile (default: `kunshan`). */
  readonly profile?: Profile;
  /** The locale of issue messages (default `zh-CN`); the explanation is always in every locale. */
  readonly locale?: Locale;
}

/** What every {@link CommunityWorkFunds} result says, computed or not. */
export interface WorkFundsBase {
  /** The community's id. */
  readonly communityId: string;
  /** Its name. */
  readonly communityName: string;
  /** The date computed for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Which households the standard in force counts: 户籍 or 常住. */
  readonly basis: Basis;
  /** The standard: money per 100 households. */
  readonly rate: Money;
  /** The rounding applied to the fen. */
  readonly rounding: RoundingMode;
  /** The parameters used, with their citations. */
  readonly parameters: readonly ResolvedParameter[];
  /** The worked note, in every locale. */
  readonly explanation: Explanation;
}

/**
 * The community work funds of one community: the amount as `value`, or — when the household count the standard
 * needs is missing or unusable — `value: null` with the issue that says why in `issues` (never zero, never a throw).
 */
export type CommunityWorkFunds =
  | (WorkFundsBase & { readonly ok: true; readonly value: Money; readonly households: number; readonly issues: readonly [] })
  | (WorkFundsBase & { readonly ok: false; readonly value: null; readonly households: null; readonly issues: readonly [CalculatorIssue] });

/** The community fields {@link communityWorkFunds} reads (a `Community` record has them). */
export interface FundedCommunity {
  /** Its id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Households: 户籍 (registered) and 常住 (resident), either possibly absent. */
  readonly households: { readonly registered?: number | undefined; readonly resident?: number | undefined };
}

/**
 * Computes a community's work funds (社区工作经费) by the standard in force at `asOf`
 * (`funding.communityWork`): before 2012, 8,000 元 per 100 registered (户籍) households; from 2012, 15,000 元 per
 * 100 resident (常住) households.
 *
 * > 从2012年,昆山将社区工作经费拨付标准从原来的每百户户籍人口8000元调整为每百户常住人口1.5万元 (paragraph 7)
 *
 * The funds are proportional to households — `households ÷ 100 × rate`, not counted in whole hundreds
 * *(assumption, documented on `funding.communityWorkRounding`)* — computed exactly and brought to whole fen by the
 * rounding that parameter names (`half-up` in `kunshan`). A household count that is missing or not a
 * non-negative integer yields `ok: false`, `value: null` and an issue.
 *
 * @param community - the community (a `Community` record)
 * @param options - `asOf` (required), `profile`, `locale`
 * @returns the funds with their basis, rate, household count and worked note
 * @throws {@link index!InvalidOptionError} for a bad `asOf` or locale, or a rounding parameter that is not a mode;
 *   {@link index!NoValueInForceError} when no standard is in force at `asOf`; {@link ProfileDefinitionError} when the
 *   standard in force has no basis
 * @example
 * ```ts
 * const yanwu = { id: 'yanwu', name: '千灯炎武社区', households: { registered: 7500, resident: 7500 } };
 * communityWorkFunds(yanwu, { asOf: '2013-06-30' }).value; //=> { fen: 112500000 } (1,125,000 元)
 * communityWorkFunds(yanwu, { asOf: '2011-06-30' }).value; //=> { fen: 60000000 } (600,000 元)
 * communityWorkFunds({ ...yanwu, households: {} }, { asOf: '2013-06-30' }).issues[0]?.code; //=> 'missing_households'
 * ```
 */
export function communityWorkFunds(community: FundedCommunity, options: WorkFundsOptions): CommunityWorkFunds {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const asOf = toIsoDate(options.asOf);
  const profile = profileOption(options.profile);
  const rateParameter = parameter(profile, 'funding.communityWork', asOf);
  const roundingParameter = parameter(profile, 'funding.communityWorkRounding', asOf);
  const basis = rateParameter.basis;
  if (basis === undefined) {
    throw new ProfileDefinitionError(`Parameter "funding.communityWork" of profile "${profile.id}" has no basis on ${asOf}.`, {
      id: 'funding.communityWork',
      asOf,
    });
  }
  const rate = money(rateParameter.value);
  const rounding = resolveRounding(roundingParameter.value);
  const key = basis === 'resident-households' ? 'resident' : 'registered';
  const { id, name, count, unreadable } = readCommunity(community, key);
  const base = { communityId: id, communityName: name, asOf, basis, rate, rounding, parameters: [rateParameter, roundingParameter] };
  const title = localized(fundsText, (t) => t.title({ name, id, asOf }));
  const standard = noteStep(localized(fundsText, (t) => t.standard({ year: asOf.slice(0, 4), rate, basis })), { parameter: rateParameter });

  const product = typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? BigInt(rate.fen) * BigInt(count) : undefined;
  const fen = product === undefined ? undefined : divideRounded(product, 100n, rounding);
  if (product === undefined || fen === undefined || fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < 0n) {
    const [code, path, extra] = unreadable
      ? (['unreadable_input', [], {}] as const)
      : count === undefined
        ? (['missing_households', ['households', key], { expected: basis }] as const)
        : (['invalid_households', ['households', key], { expected: 'integer >= 0', received: received(count) }] as const);
    const issue = calculatorIssue(locale, code, path, extra);
    const reason = issueText(code, path, extra);
    const steps = [standard, noteStep(localized(fundsText, (t, l) => t.notComputed({ basis, reason: reason[l] })))];
    return { ...base, ok: false, value: null, households: null, issues: [issue], explanation: note(title, steps) };
  }
  const households = count as number;
  const amount = fromFen(fen);
  const steps = [
    standard,
    noteStep(localized(fundsText, (t) => t.households({ basis, count: households }))),
    noteStep(localized(fundsText, (t) => t.computation({ households, rate, product, amount }))),
    noteStep(localized(fundsText, (t) => t.rounding({ mode: rounding, acted: product % 100n !== 0n })), { parameter: roundingParameter }),
    noteStep(localized(fundsText, (t) => t.result({ amount }))),
  ];
  return { ...base, ok: true, value: amount, households, issues: [], explanation: note(title, steps) };
}

/** Reads the id, name and the household count of a basis, without trusting the record's shape. */
function readCommunity(community: unknown, key: 'registered' | 'resident'): { id: string; name: string; count: unknown; unreadable: boolean } {
  const unreadable = { id: '?', name: '?', count: undefined, unreadable: true };
  if (typeof community !== 'object' || community === null) return unreadable;
  try {
    const record = community as { id?: unknown; name?: unknown; households?: Record<string, unknown> };
    const id = typeof record.id === 'string' ? record.id : '?';
    const name = typeof record.name === 'string' ? record.name : id;
    const households = record.households;
    const count = typeof households === 'object' && households !== null ? households[key] : undefined;
    return { id, name, count, unreadable: false };
  } catch {
    return unreadable;
  }
}
