/**
 * `check` of one grouped NDJSON file, streamed: the file is read line by line and grouped by community
 * (community-standards/scale), each batch of groups is checked by a worker thread (or in-process) and dropped,
 * and the shards' summaries merge into the summary of one run. Memory: the lines waiting and in flight, the
 * counts, and the ids (for uniqueness across groups) — not the dataset.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Report } from '../../engine/types.js';
import type { ResolvedParameter } from '../../profiles/types.js';
import { toIsoDate } from '../../profiles/as-of.js';
import { createLineGrouper, type LineGroup } from '../../scale/group-lines.js';
import { createSummaryMerger, type MergedSummary } from '../../scale/merge.js';
import type { CliArgs } from '../args.js';
import { createRunner } from '../check-pool.js';
import { keepFirst, type CheckTask, type CheckTaskResult, type KeptFailure } from '../check-task.js';
import { ExitCode } from '../exit-code.js';
import type { CliIo } from '../io.js';
import { capLines } from '../line-limit.js';
import type { FileOutput } from '../output.js';
import { FatalInputError, problemSeverity, type InputProblemCode } from '../problem.js';
import { createProblemLog, fromInputProblem, type ProblemLog } from '../problem-log.js';
import { createProgress, progressEnabled } from '../progress.js';
import { openSource } from '../source.js';
import { UsageFailure } from '../usage.js';
import { SEVERITY_RANK } from '../../report/view.js';
import { defaultLimit } from '../problem-limit.js';

/** Lines a task takes (about 800 KB of a generated file, some 170 communities): enough to make a run's overhead small, few enough that its records die young. */
const TASK_LINES = 4_000;

/** What a streamed check found. */
export interface StreamedCheck {
  /** The merged summary. */
  readonly merged: MergedSummary;
  /** The report (its findings: the first failures in listing order; no counts by subject). */
  readonly report: Report;
  /** The file read. */
  readonly files: readonly FileOutput[];
  /** The problems. */
  readonly log: ProblemLog;
  /** Where each kept failure's subject is. */
  readonly locations: Readonly<Record<string, { file: string; line: number }>>;
  /** The exit code. */
  readonly exitCode: ExitCode;
  /** The largest group, in communities. */
  readonly largestGroup: number;
  /** The worker threads used (1: in-process). */
  readonly jobs: number;
}

/** Below this size (16 MiB) a file is checked in-process unless `--jobs` says otherwise: workers would cost more. */
const SMALL_FILE = 16 * 2 ** 20;

/**
 * Checks one grouped NDJSON file as a stream (see the module): `--jobs N` worker threads (default: the cores, or
 * in-process for a file under 16 MiB), in-process with `--jobs 1`. `onLines` receives the NDJSON finding lines of
 * each batch, in input order.
 *
 * @param args - the command line (one NDJSON file or `-`)
 * @param io - the surroundings
 * @param onLines - where the finding lines go (`--output ndjson`), if anywhere
 * @returns what was found, or `undefined` when the file could not be read (its problem is in the log given)
 * @throws {@link UsageFailure} for a missing date or a bad profile
 * @example
 * ```ts
 * const found = await checkStreamed(args, io, (text) => io.stdout.write(text));
 * found.merged.exact; //=> true for a grouped input
 * ```
 */
export async function checkStreamed(args: CliArgs, io: CliIo, onLines?: (text: string) => void): Promise<StreamedCheck | { readonly fatal: ProblemLog; readonly files: readonly FileOutput[] }> {
  const { locale } = args;
  const file = args.operands[0] as string;
  const log = createProblemLog(defaultLimit(args));
  const keep = args.output === 'text' ? defaultLimit(args) : 0;
  const progress = createProgress(io, args.progress && progressEnabled(io), locale);
  const merger = createSummaryMerger();
  const kept: KeptFailure[] = [];
  let runner: Awaited<ReturnType<typeof createRunner>> | undefined;
  const inFlight: Promise<CheckTaskResult>[] = [];
  let largestGroup = 0;
  let jobs = 1;
  let groupCount = 0;

  const parameters: Record<string, ResolvedParameter> = {};
  const take = (result: CheckTaskResult) => {
    merger.add(result.summary);
    for (const [id, value] of Object.entries(result.parameters)) parameters[id] ??= value;
    if (result.lines !== '') onLines?.(result.lines);
    keepFirst(kept, result.kept, keep);
    for (const p of result.problems) log.keep(p);
  };
  const drain = async (limit: number) => {
    while (inFlight.length > limit) take(await (inFlight.shift() as Promise<CheckTaskResult>));
  };

  let batch: LineGroup[] = [];
  let batchLines = 0;
  let shared: LineGroup | undefined;
  const ready: LineGroup[] = [];
  const grouper = createLineGrouper((group) => ready.push(group));
  const submit = async (groups: LineGroup[]) => {
    if (runner === undefined) throw new Error('no runner');
    const task: CheckTask = {
      text: groups.map((g) => g.lines.join('\n')).join('\n'),
      firstLines: groups.map((g) => g.firstLine),
      sizes: groups.map((g) => g.lines.length),
      communities: groups.map((g) => g.communities),
    };
    inFlight.push(runner.run(task));
    await drain(2 * jobs);
  };
  const start = async (part: LineGroup) => {
    shared = part;
    const asOf = args.asOf ?? sharedAsOf(part.lines);
    if (asOf === undefined) throw new UsageFailure('missing_as_of', {});
    runner = await createRunner(
      { shared: part.lines, file, asOf, locale, ...(args.profile !== undefined && { profile: args.profile }), cwd: io.cwd, ndjson: onLines !== undefined, findings: args.findings ?? 'failures', keep, maxProblems: defaultLimit(args) },
      jobs,
    );
    inFlight.push(runner.run({ text: '', firstLines: [], sizes: [], communities: [], withShared: true }));
  };
  const flushReady = async (final: boolean) => {
    for (const group of ready.splice(0)) {
      if (group.type === 'shared') {
        await start(group);
        continue;
      }
      groupCount++;
      largestGroup = Math.max(largestGroup, group.communities);
      batch.push(group);
      batchLines += group.lines.length;
      if (batchLines >= TASK_LINES) {
        await submit(batch);
        batch = [];
        batchLines = 0;
      }
    }
    if (final && batch.length > 0) {
      await submit(batch);
      batch = [];
    }
  };

  let records = 0;
  try {
    let source;
    try {
      source = await openSource(file, io, args.encoding);
      jobs = args.jobs ?? (source.size !== undefined && source.size < SMALL_FILE ? 1 : availableParallelism());
      progress.start(source.size);
      let line = 0;
      const long = new Set<number>();
      for await (const chunk of capLines(source.text, (at, length) => {
        long.add(at);
        log.add(fromInputProblem({ code: 'line_too_long', location: { file, line: at }, params: { length, max: 8 * 2 ** 20 } }, locale));
      })) {
        const parts = chunk.split('\n');
        if (chunk.endsWith('\n')) parts.pop();
        for (const text of parts) {
          line++;
          // An over-long line was emptied (its line break kept): keep its place, and skip it.
          grouper.push(text.endsWith('\r') ? text.slice(0, -1) : text);
          if (text !== '') records++;
        }
        progress.tick(records, source.bytesRead());
        if (ready.length > 0) await flushReady(false);
      }
      grouper.end();
      await flushReady(true);
      await drain(0);
    } catch (error) {
      if (!(error instanceof FatalInputError)) throw error;
      log.add(fromInputProblem(error.problem, locale));
      return { fatal: log, files: [{ file, format: 'ndjson', readable: false, records: 0, valid: 0, invalid: 0 }] };
    } finally {
      progress.end();
    }
  } finally {
    await Promise.allSettled(inFlight);
    await runner?.close();
  }

  const merged = merger.result();
  for (const [code, n] of Object.entries(merged.lineProblems)) log.tally(code, problemSeverity(code as InputProblemCode), n);
  for (const [code, n] of Object.entries(merged.issues)) log.tally(code, 'error', n);
  if (merged.records === 0 && shared?.lines.every((l) => l.trim() === '') !== false) log.add(fromInputProblem({ code: 'empty_input', location: { file } }, locale));
  const failing = (['error', 'warning', 'info'] as const).some((s) => SEVERITY_RANK[s] <= SEVERITY_RANK[args.failOn] && merged.summary.bySeverity[s] > 0);
  const exitCode = failing || log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  const locations: Record<string, { file: string; line: number }> = {};
  for (const k of kept) locations[`${k.finding.subject.kind}:${k.finding.subject.id}`] ??= { file, line: k.line };
  const report: Report = {
    asOf: merged.asOf,
    profile: merged.profile,
    locale: merged.locale,
    rules: merged.rules,
    parameters,
    issues: [],
    findings: kept.map((k) => k.finding),
    summary: merged.summary,
  };
  return {
    merged,
    report,
    files: [{ file, format: 'ndjson', readable: true, records: merged.records, valid: 0, invalid: merged.records }],
    log,
    locations,
    exitCode,
    largestGroup: groupCount === 0 ? 0 : largestGroup,
    jobs,
  };
}

/** The `asOf` of the shared part's `meta` line (parsed here, once: the shared part is a few lines). */
function sharedAsOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (!line.includes('"$kind":"meta"')) continue;
    try {
      const value = JSON.parse(line) as { $kind?: unknown; asOf?: unknown };
      if (value.$kind === 'meta' && typeof value.asOf === 'string') return toIsoDate(value.asOf);
    } catch {
      // a malformed line or date: reported by the check
    }
  }
  return undefined;
}
