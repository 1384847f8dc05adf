/**
 * Screening and ranking the projects of a public-welfare round. Internal to {@link allocateWelfareBudget}.
 *
 * @module
 * @internal
 */
import type { Locale, LocalizedText } from '../locale.js';
import type { WelfareProgramme } from '../models/welfare-project.js';
import { money, type Money } from '../money/money.js';
import { calculatorIssue, issueText, received, type CalculatorIssue, type CalculatorIssueCode } from './issue.js';

/** A project that takes part in the ranking. */
export interface Candidate {
  /** Position in the input. */
  readonly index: number;
  /** Its id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** Its review score. */
  readonly score: number;
  /** What it asks for. */
  readonly requested: Money;
}

/** A project left out of the ranking, and why. */
export interface Excluded {
  /** Position in the input. */
  readonly index: number;
  /** Its id (or `#index` when unreadable). */
  readonly id: string;
  /** Its title (or its id). */
  readonly title: string;
  /** Its review score, when it has a usable one. */
  readonly score: number | null;
  /** What it asks for, when readable. */
  readonly requested: Money | null;
  /** Why it is left out. */
  readonly issue: CalculatorIssue;
  /** The issue's message in every locale, for the worked note. */
  readonly text: LocalizedText;
}

/**
 * Splits the projects into candidates and excluded ones: unreadable records, repeated ids (the later one), another
 * programme, another year, a request that is not a positive integer of fen, or no usable score are excluded, each
 * with an issue. Never throws on data.
 */
export function screenProjects(
  projects: readonly unknown[],
  round: { programme: WelfareProgramme; year: number; locale: Locale },
): { candidates: Candidate[]; excluded: Excluded[] } {
  const candidates: Candidate[] = [];
  const excluded: Excluded[] = [];
  const seen = new Map<string, number>();
  projects.forEach((project, index) => {
    let record: Record<string, unknown>;
    try {
      record = typeof project === 'object' && project !== null ? { ...(project as Record<string, unknown>) } : {};
    } catch {
      record = {};
    }
    const id = typeof record['id'] === 'string' ? record['id'] : `#${index}`;
    const title = typeof record['title'] === 'string' ? record['title'] : id;
    const fen = record['requestedFen'];
    const requested = typeof fen === 'number' && Number.isSafeInteger(fen) && fen >= 0 ? money(fen) : null;
    const rawScore = record['score'];
    const score = typeof rawScore === 'number' && Number.isFinite(rawScore) ? rawScore : null;
    const exclude = (code: CalculatorIssueCode, at: (string | number)[], extra: Parameters<typeof calculatorIssue>[3] = {}) => {
      const path = ['projects', index, ...at];
      excluded.push({ index, id, title, score, requested, issue: calculatorIssue(round.locale, code, path, extra), text: issueText(code, path, extra) });
    };

    if (typeof record['id'] !== 'string') return exclude('unreadable_input', []);
    const first = seen.get(id);
    if (first !== undefined) return exclude('duplicate_id', ['id'], { params: { id, first } });
    seen.set(id, index);
    if (record['programme'] !== round.programme) {
      return exclude('other_programme', ['programme'], { expected: round.programme, received: received(record['programme']), params: { programme: asText(record['programme']) } });
    }
    if (record['year'] !== round.year) {
      return exclude('other_year', ['year'], { expected: String(round.year), received: received(record['year']), params: { year: asText(record['year']), round: round.year } });
    }
    if (requested === null) return exclude('invalid_request', ['requestedFen'], { expected: 'integer >= 0', received: received(fen) });
    if (requested.fen === 0) return exclude('nothing_requested', ['requestedFen']);
    if (rawScore === undefined) return exclude('unscored', ['score']);
    if (score === null) return exclude('invalid_score', ['score'], { expected: 'finite number', received: received(rawScore) });
    candidates.push({ index, id, title, score, requested });
  });
  return { candidates, excluded };
}

/**
 * Ranks candidates: score descending; equal scores, the smaller request first (more projects funded from the
 * same money); then the id in code-unit order (independent of the runtime's locale); then input order.
 */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      a.requested.fen - b.requested.fen ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
      a.index - b.index,
  );
}

/** A received value as text for a message: a string as it is, anything else described (`String` throws on some objects). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : received(value);
}
