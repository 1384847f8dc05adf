/**
 * Collecting problems with bounded memory: every problem is counted, only the first ones are kept.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import { cliMessages } from './messages.js';
import type { RecordKind } from '../models/kinds.js';
import { formatPath, type ValidationIssue } from '../validation/issue.js';
import type { ProblemOutput, ProblemsOutput } from './output.js';
import { isFatal, problemSeverity, type InputProblem, type Location } from './problem.js';
import { placeIssue } from '../xlsx/place.js';

/** A problem collector. */
export interface ProblemLog {
  /** Counts a problem, and keeps it while fewer than the limit are kept. */
  add(problem: ProblemOutput): void;
  /** Counts `n` problems of a code without keeping any (their first ones were counted elsewhere and kept with `keep`). */
  tally(code: string, severity: ProblemOutput['severity'], n: number): void;
  /** Keeps a problem while fewer than the limit are kept, without counting it (see `tally`). */
  keep(problem: ProblemOutput): void;
  /** Whether a fatal problem was added. */
  readonly fatal: boolean;
  /** How many problems of severity `error` were added. */
  readonly errors: number;
  /** The problems as output: counts, and the ones kept. */
  output(): ProblemsOutput;
}

/**
 * Creates a problem collector that keeps the first `limit` problems and counts them all, so that a file of a
 * million bad records takes no more memory than one of a hundred.
 *
 * @param limit - how many problems to keep
 * @returns the collector
 * @example
 * ```ts
 * const log = createProblemLog(1);
 * log.add(a); log.add(b);
 * log.output().total; //=> 2
 * log.output().items.length; //=> 1
 * ```
 */
export function createProblemLog(limit: number): ProblemLog {
  const items: ProblemOutput[] = [];
  const byCode: Record<string, number> = {};
  let total = 0;
  let errors = 0;
  let fatal = false;
  return {
    add(problem) {
      total++;
      if (problem.severity === 'error') errors++;
      if (problem.fatal === true) fatal = true;
      byCode[problem.code] = (byCode[problem.code] ?? 0) + 1;
      if (items.length < limit) items.push(problem);
    },
    tally(code, severity, n) {
      total += n;
      if (severity === 'error') errors += n;
      byCode[code] = (byCode[code] ?? 0) + n;
    },
    keep(problem) {
      if (problem.fatal === true) fatal = true;
      if (items.length < limit) items.push(problem);
    },
    get fatal() {
      return fatal;
    },
    get errors() {
      return errors;
    },
    output: () => ({ total, errors, warnings: total - errors, byCode: { ...byCode }, items: [...items] }),
  };
}

/**
 * An input problem as output, with its message in the locale.
 *
 * @param problem - the problem a reader reported
 * @param locale - the message locale
 * @returns the problem as output
 * @example
 * ```ts
 * fromInputProblem({ code: 'field_count', location: { file: 'a.csv', line: 4 }, params: { count: 3, expected: 9 } }, 'en');
 * //=> { severity: 'error', code: 'field_count', message: '3 cells where the header has 9; row skipped', file: 'a.csv', line: 4 }
 * ```
 */
export function fromInputProblem(problem: InputProblem, locale: Locale): ProblemOutput {
  const { code, location } = problem;
  return {
    severity: problemSeverity(code),
    code,
    message: cliMessages[locale].problems[code](problem.params ?? {}),
    ...located(location),
    ...(problem.column !== undefined && { column: problem.column }),
    ...(problem.kind !== undefined && { kind: problem.kind }),
    ...(isFatal(code) && { fatal: true }),
  };
}

/**
 * A validation issue of one record as output, located in the input.
 *
 * @param issue - the issue (its path from the record's root)
 * @param location - where the record is
 * @param kind - the record's kind
 * @param id - the record's id, when readable
 * @param locale - the message's locale: a record read from a sheet has its fields named by the header's Chinese
 *   labels in `zh-CN`
 * @returns the problem as output
 * @example
 * ```ts
 * fromIssue(issue, { file: 'a.ndjson', line: 3 }, 'community', 'c1');
 * //=> { severity: 'error', code: 'too_small', message: '…', file: 'a.ndjson', line: 3, kind: 'community', id: 'c1', path: 'households.resident' }
 * ```
 */
export function fromIssue(issue: ValidationIssue, location: Location | undefined, kind?: RecordKind, id?: string, locale?: Locale): ProblemOutput {
  // A record read from a sheet: the issue is at its field's cell, named as the header names it (`户数.户籍`).
  if (location?.sheet !== undefined && location.cells !== undefined && kind !== undefined) {
    const placed = placeIssue(issue, { kind, sheet: location.sheet, cells: location.cells, firstCell: location.cell ?? 'A1' }, locale ?? 'en');
    issue = { ...issue, message: placed.message };
    location = { ...location, cell: placed.cell };
  }
  return {
    severity: 'error',
    code: issue.code,
    message: issue.message,
    ...(location !== undefined && located(location)),
    ...(kind !== undefined && { kind }),
    ...(id !== undefined && { id }),
    ...(issue.path.length > 0 && { path: formatPath(issue.path) }),
  };
}

/**
 * A record's id, if it has a readable string one (for locating problems; never throws).
 *
 * @param record - the untrusted record
 * @returns the id, or `undefined`
 * @example
 * ```ts
 * readId({ id: 'c1' }); //=> 'c1'
 * readId({ id: 7 }); //=> undefined
 * ```
 */
export function readId(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || !Object.prototype.hasOwnProperty.call(record, 'id')) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

function located(location: Location): Pick<ProblemOutput, 'file' | 'line' | 'pointer' | 'sheet' | 'cell'> {
  return {
    file: location.file,
    ...(location.line !== undefined && { line: location.line }),
    ...(location.pointer !== undefined && { pointer: location.pointer }),
    ...(location.sheet !== undefined && { sheet: location.sheet }),
    ...(location.cell !== undefined && { cell: location.cell }),
  };
}
