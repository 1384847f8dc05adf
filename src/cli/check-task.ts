/**
 * One task of a streamed `check`: some groups of a grouped NDJSON file, checked with the shared part. The same
 * function runs in a worker thread (./check-worker.ts) or in-process (`--jobs 1`); what it returns is compact —
 * the shard's summary, the findings already written as NDJSON text, the first failures to list and problems.
 *
 * @module
 */
import type { Finding, Severity } from '../engine/types.js';
import type { Locale } from '../locale.js';
import type { ResolvedParameter } from '../profiles/types.js';
import { checkShard, type ShardProblem, type ShardSummary } from '../scale/check-shard.js';
import { SEVERITY_RANK } from '../report/view.js';
import type { ProblemOutput } from './output.js';
import { fromInputProblem, fromIssue } from './problem-log.js';
import { loadProfile } from './profile-file.js';
import { formatLocation } from './problem.js';
import { formatPath } from '../validation/issue.js';
import { validationMessages } from '../validation/messages.js';

/** What every task of a run shares (a worker's `workerData`). */
export interface CheckTaskSetup {
  /** The shared part's lines. */
  readonly shared: readonly string[];
  /** The file, for locations. */
  readonly file: string;
  /** `--as-of`. */
  readonly asOf?: string;
  /** The locale. */
  readonly locale: Locale;
  /** `--profile`, and the directory it is relative to. */
  readonly profile?: string;
  readonly cwd: string;
  /** Whether findings are written as NDJSON lines, and which. */
  readonly ndjson: boolean;
  readonly findings: 'failures' | 'all';
  /** How many failures and problems to keep for listing. */
  readonly keep: number;
  readonly maxProblems: number;
}

/** A task: groups as one text of lines joined by `\n`. */
export interface CheckTask {
  /** The groups' lines, joined by `\n`. */
  readonly text: string;
  /** Per group: its first line number, its number of lines and of communities. */
  readonly firstLines: readonly number[];
  readonly sizes: readonly number[];
  readonly communities: readonly number[];
  /** Whether the task checks the shared part's own records (the run's first task, with no group). */
  readonly withShared?: boolean;
}

/** A failure kept for listing, with the key that orders failures as one run would. */
export interface KeptFailure {
  /** Severity rank, rule index, subject line, order within the rule and subject. */
  readonly key: readonly [number, number, number, number];
  /** The finding. */
  readonly finding: Finding;
  /** The subject's line. */
  readonly line: number;
}

/** What a task returns. */
export interface CheckTaskResult {
  /** The shard's summary (no counts by subject). */
  readonly summary: ShardSummary;
  /** The findings as NDJSON lines (empty unless the output is NDJSON). */
  readonly lines: string;
  /** The first failures in one run's listing order. */
  readonly kept: readonly KeptFailure[];
  /** The first problems. */
  readonly problems: readonly ProblemOutput[];
  /** The parameters the findings name that this worker has not returned before (each reaches the run once or so). */
  readonly parameters: Readonly<Record<string, ResolvedParameter>>;
}

/**
 * Orders kept failures as a report lists them: most severe first, then in report order.
 *
 * @param a - a failure
 * @param b - another
 * @returns negative when `a` comes first
 * @example
 * ```ts
 * failures.sort(compareKept);
 * ```
 */
export function compareKept(a: KeptFailure, b: KeptFailure): number {
  for (let i = 0; i < 4; i++) {
    const d = (a.key[i] as number) - (b.key[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Adds failures to a sorted list of at most `limit`, keeping the first in listing order.
 *
 * @param list - the sorted list (changed)
 * @param more - failures to add
 * @param limit - how many to keep
 * @example
 * ```ts
 * keepFirst(kept, result.kept, 10);
 * ```
 */
export function keepFirst(list: KeptFailure[], more: readonly KeptFailure[], limit: number): void {
  for (const failure of more) {
    if (list.length >= limit && compareKept(failure, list[list.length - 1] as KeptFailure) >= 0) continue;
    let at = list.length;
    while (at > 0 && compareKept(failure, list[at - 1] as KeptFailure) < 0) at--;
    list.splice(at, 0, failure);
    if (list.length > limit) list.pop();
  }
}

/** A finding with its parameters named by id (the report carries each parameter once). */
function compact(finding: Finding): Finding {
  const parameters = (finding.parameters as readonly unknown[]).map((p) => (typeof p === 'string' ? p : (p as { id: string }).id));
  return { ...finding, parameters } as unknown as Finding;
}

function problemOutput(problem: ShardProblem, file: string, locale: Locale): ProblemOutput {
  if (problem.type === 'line') return fromInputProblem({ code: problem.code, location: { file, line: problem.line }, params: problem.params }, locale);
  let issue = problem.issue;
  if (issue.code === 'duplicate_id' && problem.firstLine !== undefined) {
    // Name the record kept by where it is in the file, as the whole-dataset check does.
    const message = validationMessages[locale].duplicate_id({ where: formatPath(issue.path), params: { ...issue.params, first: formatLocation({ file, line: problem.firstLine }) } });
    issue = { ...issue, message };
  }
  return fromIssue(issue, problem.line === undefined ? undefined : { file, line: problem.line }, problem.kind, problem.id);
}

/**
 * Makes the function that runs tasks with a run's setup (the profile is loaded once).
 *
 * @param setup - what the run's tasks share
 * @returns the task function
 * @throws {@link UsageFailure} for a profile that cannot be read
 * @example
 * ```ts
 * const runTask = await createTaskRunner(setup);
 * const result = runTask({ text: '', firstLines: [], sizes: [], communities: [], withShared: true });
 * ```
 */
export async function createTaskRunner(setup: CheckTaskSetup): Promise<(task: CheckTask) => CheckTaskResult> {
  const profile = await loadProfile(setup.profile, setup.cwd);
  const sent = new Set<string>();
  return (task) => {
    const all = task.text === '' ? [] : task.text.split('\n');
    const groups = [];
    let at = 0;
    for (let g = 0; g < task.sizes.length; g++) {
      const size = task.sizes[g] as number;
      groups.push({ lines: all.slice(at, at + size), firstLine: task.firstLines[g] as number, communities: task.communities[g] as number });
      at += size;
    }
    const lines: string[] = [];
    const kept: KeptFailure[] = [];
    const candidates: KeptFailure[] = [];
    const { summary, problems, parameters } = checkShard(
      { shared: setup.shared, groups, withShared: task.withShared === true },
      {
        ...(setup.asOf !== undefined && { asOf: setup.asOf }),
        locale: setup.locale,
        profile,
        bySubject: false,
        maxProblems: setup.maxProblems,
        findings: setup.ndjson ? setup.findings : 'failures',
        onFinding: ({ finding, line, ruleIndex, seq }) => {
          if (setup.ndjson) lines.push(JSON.stringify({ type: 'finding', ...compact(finding), file: setup.file, line }));
          if (finding.outcome !== 'fail' || setup.keep === 0) return;
          candidates.push({ key: [SEVERITY_RANK[finding.severity as Severity], ruleIndex, line, seq], finding, line });
          if (candidates.length >= 4 * setup.keep) keepFirst(kept, candidates.splice(0), setup.keep);
        },
      },
    );
    keepFirst(kept, candidates, setup.keep);
    const fresh: Record<string, ResolvedParameter> = {};
    for (const [id, value] of Object.entries(parameters)) {
      if (sent.has(id)) continue;
      sent.add(id);
      fresh[id] = value;
    }
    return {
      parameters: fresh,
      summary,
      lines: lines.length === 0 ? '' : `${lines.join('\n')}\n`,
      kept,
      problems: problems.map((p) => problemOutput(p, setup.file, setup.locale)),
    };
  };
}
