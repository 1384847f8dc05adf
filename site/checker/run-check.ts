/**
 * The checker's work, as the command line does it: the files read into one dataset (`collectDataset`), checked
 * (`checkInput`, as `check --output json` does, keeping up to 1,000 failures and problems) and given the city
 * statistics (`statisticsOf`). Runs in a Web Worker (checker.ts), or in the page where workers cannot start.
 */
import { checkInput } from '../../src/cli/check-input.js';
import { statisticsOf } from '../../src/cli/compute-statistics.js';
import { collectDataset } from '../../src/cli/dataset-input.js';
import { createProblemLog } from '../../src/cli/problem-log.js';
import { defaultLimit } from '../../src/cli/problem-limit.js';
import { parseProfileFile } from '../../src/cli/profile-spec.js';
import type { Progress } from '../../src/cli/progress.js';
import { UsageFailure, type UsageErrorCode } from '../../src/cli/usage.js';
import { toIsoDate } from '../../src/profiles/as-of.js';
import type { Locale } from '../../src/locale.js';
import type { RecordKind } from '../../src/models/kinds.js';
import { kunshan } from '../../src/profiles/kunshan.js';
import { national } from '../../src/profiles/national.js';
import type { ReportJSON } from '../../src/report/json.js';
import { memoryOpener } from './read-memory.js';

/** The profiles a reader can choose. */
export const checkerProfiles = { kunshan, national } as const;

/** What to check. */
export interface CheckRequest {
  /** The files, in order, with unique names (their extensions tell their formats). */
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  /** A shipped profile by id, or a profile file of the reader's own (as `--profile FILE` reads it). */
  readonly profile: keyof typeof checkerProfiles | { readonly file: string; readonly text: string };
  /** The date to check as of; none for the data's own `meta.asOf`. */
  readonly asOf?: string | undefined;
  /** The language of the messages. */
  readonly locale: Locale;
  /** The kind of CSV rows when the header has no `$kind` column (`--kind`). */
  readonly kind?: RecordKind | undefined;
  /** How text files are encoded (UTF-8 by default). */
  readonly encoding?: 'gbk' | undefined;
}

/** How far the work has gone. */
export type CheckProgress =
  | { readonly phase: 'reading'; readonly file: string; readonly records: number; readonly bytes: number; readonly totalBytes: number | undefined }
  | { readonly phase: 'checking'; readonly records: number };

/**
 * The outcome: the report in its JSON form, or why nothing could be checked (`unknown_format`, `missing_as_of`,
 * `bad_value` for a date that is not one, `profile_unreadable` / `profile_invalid` / `profile_value_invalid` for a
 * profile file).
 */
export type CheckOutcome = { readonly ok: true; readonly output: ReportJSON } | { readonly ok: false; readonly code: UsageErrorCode; readonly params: Readonly<Record<string, unknown>> };

/** The failures and problems kept, as `check --output json` keeps them (its `--max-problems` default). */
export const LIMIT = defaultLimit({ output: 'json' });

/**
 * Checks the files as `community-standards check --output json` checks files on disk.
 *
 * @param request - the files, the profile, the date, the locale
 * @param onProgress - told as the files are read and when the check begins
 * @returns the report JSON form with the city statistics, or why there is none (an unknown format, no date)
 * @example
 * ```ts
 * const outcome = await runCheck({ files: [{ name: 'a.ndjson', bytes }], profile: 'kunshan', locale: 'en' });
 * if (outcome.ok) outcome.output.report?.summary.total.fail;
 * ```
 */
export async function runCheck(request: CheckRequest, onProgress: (progress: CheckProgress) => void = () => {}): Promise<CheckOutcome> {
  const { locale } = request;
  const files = new Map(request.files.map((f) => [f.name, f.bytes]));
  let file = '';
  let totalBytes: number | undefined;
  let read = 0; // records of the file so far
  let told = 0; // bytes of the file last told
  const progress: Progress = {
    start(total) {
      totalBytes = total;
    },
    tick(records, bytes) {
      read = records;
      if ((records & 1023) === 0) onProgress({ phase: 'reading', file, records, bytes, totalBytes });
    },
    end() {},
  };
  // A JSON file is parsed whole and a workbook read at once, so records come only at the end: the bytes decoded
  // move the bar meanwhile (every MiB).
  const onBytes = (bytes: number) => {
    if (bytes - told < 2 ** 20) return;
    told = bytes;
    onProgress({ phase: 'reading', file, records: read, bytes, totalBytes });
  };
  try {
    const profile = typeof request.profile === 'string' ? checkerProfiles[request.profile] : parseProfileFile(request.profile.text, request.profile.file);
    // The date as the command line takes `--as-of`: a date that is not one is said so, before anything is read.
    const asOf = request.asOf === undefined ? undefined : isoDate(request.asOf);
    if (asOf === null) throw new UsageFailure('bad_value', { option: '--as-of', value: request.asOf, expected: 'YYYY-MM-DD' });
    const names = request.files.map((f) => f.name);
    const opener = memoryOpener(files, request.encoding, onBytes);
    const input = await collectDataset({ files: names, ...(request.kind !== undefined && { kind: request.kind }), locale, log: createProblemLog(LIMIT), progress }, (name, format, kind) => {
      file = name;
      read = 0;
      told = 0;
      return opener(name, format, kind);
    });
    onProgress({ phase: 'checking', records: input.records });
    const output = checkInput(input, { profile, asOf, locale, failOn: 'error', limit: LIMIT });
    const report = output.report;
    return { ok: true, output: report === undefined ? output : { ...output, ...statisticsOf(input, { asOf: report.asOf, profile, locale }) } };
  } catch (error) {
    if (!(error instanceof UsageFailure)) throw error;
    return { ok: false, code: error.code, params: error.params };
  }
}

function isoDate(text: string): string | null {
  try {
    return toIsoDate(text);
  } catch {
    return null;
  }
}
