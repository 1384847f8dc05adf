/**
 * `validate FILE...`: every record against the model of its kind, record by record, in bounded memory.
 *
 * @module
 */
import type { RecordKind } from '../../models/kinds.js';
import { validateDataset } from '../../validation/validate-dataset.js';
import { validateRecord } from '../../validation/validate-record.js';
import type { CliArgs } from '../args.js';
import { ExitCode } from '../exit-code.js';
import type { InputFormat } from '../format.js';
import type { CliIo } from '../io.js';
import { OUTPUT_VERSION, type RecordCounts, type ValidateOutput } from '../output.js';
import { createProblemLog, fromIssue, readId } from '../problem-log.js';
import { createProgress, progressEnabled } from '../progress.js';
import { readFiles } from '../read-files.js';
import { openInput } from '../read-input.js';
import { defaultLimit } from '../problem-limit.js';

/**
 * Validates every record of every file against the model of its kind (`validateRecord`), and each `meta`
 * against the dataset's. Records are read and forgotten one at a time, so memory stays flat however large the
 * files; the checks across records (unique ids, references) need the whole dataset and are `check`'s.
 *
 * @param args - the parsed command line
 * @param io - the surroundings
 * @returns the output (exit code 0 when every record is valid and nothing is malformed, 1 otherwise, 2 when a
 *   file could not be read)
 * @throws {@link UsageFailure} when a file's format cannot be told
 * @example
 * ```ts
 * const output = await validateCommand(parseArgs(['validate', 'a.ndjson']), io);
 * output.totals; //=> { records: 3, valid: 2, invalid: 1 }
 * ```
 */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<ValidateOutput> {
  const { locale } = args;
  const log = createProblemLog(defaultLimit(args));
  const progress = createProgress(io, args.progress && progressEnabled(io), locale);
  const byKind: Partial<Record<RecordKind, { records: number; valid: number; invalid: number }>> = {};

  const { encoding, ...how } = pick(args);
  const files = await readFiles({ files: args.operands, ...how, locale, log, progress }, openInput(io, encoding), (item) => {
    if (item.type === 'meta') {
      const result = validateDataset({ meta: item.value }, { locale });
      for (const issue of result.issues) log.add(fromIssue(issue, item.location));
      return undefined;
    }
    const counts = (byKind[item.kind] ??= { records: 0, valid: 0, invalid: 0 });
    counts.records++;
    const result = validateRecord(item.kind, item.value, { locale });
    if (result.ok) {
      counts.valid++;
      return true;
    }
    counts.invalid++;
    const id = readId(item.value);
    for (const issue of result.issues) log.add(fromIssue(issue, item.location, item.kind, id, locale));
    return false;
  });

  const totals: RecordCounts = files.reduce(
    (t, f) => ({ records: t.records + f.records, valid: t.valid + (f.valid ?? 0), invalid: t.invalid + (f.invalid ?? 0) }),
    { records: 0, valid: 0, invalid: 0 },
  );
  const exitCode = log.fatal ? ExitCode.usage : log.errors > 0 ? ExitCode.problems : ExitCode.ok;
  return {
    version: OUTPUT_VERSION,
    command: 'validate',
    exitCode,
    ok: exitCode === ExitCode.ok,
    locale,
    files,
    totals,
    byKind,
    problems: log.output(),
  };
}

/**
 * The reading options of the command line.
 *
 * @param args - the parsed command line
 * @returns `format`, `kind` and `encoding`, when given
 * @example
 * ```ts
 * pick({ ...args, kind: 'community' }); //=> { kind: 'community' }
 * ```
 */
export function pick(args: Pick<CliArgs, 'format' | 'kind' | 'encoding'>): { format?: InputFormat; kind?: RecordKind; encoding?: 'gbk' } {
  return {
    ...(args.format !== undefined && { format: args.format }),
    ...(args.kind !== undefined && { kind: args.kind }),
    ...(args.encoding !== undefined && { encoding: args.encoding }),
  };
}
