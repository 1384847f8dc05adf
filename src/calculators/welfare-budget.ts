/**
 * Allocating a public-welfare budget (公益创投, 招投标试点) to ranked projects.
 *
 * @module
 */
import { listArgument } from '../arguments.js';
import { optionBag } from '../options.js';
import { InvalidOptionError } from '../errors.js';
import { resolveLocale } from '../locale.js';
import { welfareText, type WelfareText } from './messages/welfare.js';
import { welfareProgrammes, type WelfareProgramme } from '../models/welfare-project.js';
import { subtract, sum } from '../money/arithmetic.js';
import { isMoney, money, type Money } from '../money/money.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import { parameter } from '../profiles/parameter.js';
import { localized, note, noteStep } from './note.js';
import { rankCandidates, screenProjects } from './welfare-projects.js';
import {
  shortfallPolicies,
  type ShortfallPolicy,
  type WelfareAllocation,
  type WelfareBudgetOptions,
  type WelfareDecision,
  type WelfareReason,
} from './welfare-types.js';
import type { NoValueInForceError } from '../errors.js';

const BUDGET_PARAMETER: Readonly<Record<WelfareProgramme, 'funding.welfareVenture' | 'funding.biddingPilot'>> = {
  venture: 'funding.welfareVenture',
  'bidding-pilot': 'funding.biddingPilot',
};

/**
 * Allocates a public-welfare budget to the projects of one programme and year: 公益创投 (500万元 a year from 2012)
 * or the community public-welfare service bidding pilot (300万元 in 2013).
 *
 * > 2012年起,每年投入500万元开展公益创投活动。2013年,投入300万元开展首届社区公益服务招投标试点工作。(paragraph 7)
 *
 * Projects are ranked by review score, highest first; ties go to the smaller request, then the smaller id (code-unit
 * order), so the result never depends on input order or locale. Each is funded up to its request, in order, while
 * money remains; a project that no longer fits is handled by `whenShort` (default `'skip'`). The budget is never
 * exceeded and no fen is lost or created: `totalGranted + remainder = budget`. Projects of another programme or
 * year, without a usable score or request, or with a repeated id are excluded and reported as issues.
 *
 * @param projects - `WelfareProject` records (untrusted data is fine)
 * @param options - `programme` and `asOf` (required), `budget`, `whenShort`, `profile`, `locale`
 * @returns the decisions, funded and unfunded projects, the remainder and the worked note
 * @throws {@link index!InvalidOptionError} for an unknown programme or policy, a budget that is not a non-negative Money,
 *   or a bad `asOf`; {@link index!NoValueInForceError} when no budget is given and none is in force
 * @example
 * ```ts
 * const p = (id: string, score: number, wan: number) =>
 *   ({ id, title: id, programme: 'bidding-pilot', year: 2013, score, requestedFen: wan * 1_000_000 }) as const;
 * const result = allocateWelfareBudget([p('a', 90, 200), p('b', 80, 150), p('c', 70, 100)], { programme: 'bidding-pilot', asOf: '2013-06-30' });
 * result.funded.map((d) => d.projectId); //=> ['a', 'c'] ('b' does not fit in the 100万元 left and is skipped)
 * result.remainder; //=> { fen: 0 }
 * ```
 */
export function allocateWelfareBudget(projects: readonly unknown[], options: WelfareBudgetOptions): WelfareAllocation {
  options = optionBag(options);
  const locale = resolveLocale(options.locale);
  const asOf = toIsoDate(options.asOf);
  const { programme } = options;
  if (!(welfareProgrammes as readonly unknown[]).includes(programme)) {
    throw new InvalidOptionError('programme', `expected one of ${welfareProgrammes.join(', ')}`, programme);
  }
  const whenShort = options.whenShort ?? 'skip';
  if (!(shortfallPolicies as readonly unknown[]).includes(whenShort)) {
    throw new InvalidOptionError('whenShort', `expected one of ${shortfallPolicies.join(', ')}`, whenShort);
  }
  if (options.budget !== undefined && (!isMoney(options.budget) || options.budget.fen < 0)) {
    throw new InvalidOptionError('budget', 'expected a non-negative Money value', options.budget);
  }
  const budgetParameter = options.budget === undefined ? parameter(options.profile ?? kunshan, BUDGET_PARAMETER[programme], asOf) : undefined;
  const budget = options.budget ?? money(budgetParameter?.value ?? Number.NaN);
  const year = Number(asOf.slice(0, 4));
  const { candidates, excluded } = screenProjects(listArgument(projects, 'projects'), { programme, year, locale });

  const ranked: WelfareDecision[] = [];
  let left = budget;
  let stopped = false;
  rankCandidates(candidates).forEach((c, position) => {
    const before = left;
    const [granted, outcome, reason] = decide(c.requested, left, stopped, whenShort);
    if (reason === 'does-not-fit' && whenShort === 'stop') stopped = true;
    left = subtract(left, granted);
    const status = localized(welfareText, (t) => statusText(t, reason, { granted, after: left, before, requested: c.requested, policy: whenShort }));
    const title = localized(welfareText, (t) => t.projectTitle({ rank: position + 1, title: c.title, id: c.id, score: c.score }));
    const steps = [noteStep(localized(welfareText, (t) => t.request({ requested: c.requested, before }))), noteStep(status)];
    const { index, id: projectId, score, requested } = c;
    ranked.push({ projectId, title: c.title, index, rank: position + 1, score, requested, granted, outcome, reason, issues: [], explanation: note(title, steps) });
  });
  const leftOut = excluded.map((e): WelfareDecision => {
    const title = localized(welfareText, (t) => t.excludedTitle({ title: e.title, id: e.id }));
    const { index, id: projectId, score, requested, issue } = e;
    const explanation = note(title, [noteStep(e.text)]);
    return { projectId, title: e.title, index, rank: null, score, requested, granted: money(0), outcome: 'excluded', reason: issue.code, issues: [issue], explanation };
  });

  const decisions = [...ranked, ...leftOut];
  const funded = ranked.filter((d) => d.granted.fen > 0);
  const totalGranted = sum(funded.map((d) => d.granted));
  const remainder = subtract(budget, totalGranted);
  const explanation = note(localized(welfareText, (t) => t.title({ programme, year: String(year), budget })), [
    noteStep(localized(welfareText, (t) => t.budget({ budget, fromParameter: budgetParameter !== undefined })), { parameter: budgetParameter }),
    noteStep(localized(welfareText, (t) => t.order())),
    noteStep(localized(welfareText, (t) => t.policy({ policy: whenShort }))),
    ...decisions.map((d) => noteStep(d.explanation.title, { steps: d.explanation.steps })),
    noteStep(localized(welfareText, (t) => t.total({ funded: funded.length, granted: totalGranted, remainder, budget }))),
  ]);
  return {
    programme,
    asOf,
    budget,
    whenShort,
    decisions,
    funded,
    unfunded: decisions.filter((d) => d.granted.fen === 0),
    totalGranted,
    remainder,
    issues: excluded.map((e) => e.issue),
    parameters: budgetParameter === undefined ? [] : [budgetParameter],
    explanation,
  };
}

/** The grant, outcome and reason of one ranked project, given what is left. */
function decide(requested: Money, left: Money, stopped: boolean, policy: ShortfallPolicy): [Money, WelfareDecision['outcome'], WelfareReason] {
  if (stopped) return [money(0), 'unfunded', 'stopped'];
  if (requested.fen <= left.fen) return [requested, 'funded', 'funded-in-full'];
  if (left.fen === 0) return [money(0), 'unfunded', 'budget-exhausted'];
  if (policy === 'partial') return [left, 'partial', 'remainder'];
  return [money(0), 'unfunded', 'does-not-fit'];
}

function statusText(
  t: WelfareText,
  reason: WelfareReason,
  v: { granted: Money; after: Money; before: Money; requested: Money; policy: ShortfallPolicy },
): string {
  switch (reason) {
    case 'funded-in-full':
      return t.funded(v);
    case 'remainder':
      return t.partial(v);
    case 'budget-exhausted':
      return t.exhausted();
    case 'stopped':
      return t.stopped();
    default:
      return t.doesNotFit(v);
  }
}
