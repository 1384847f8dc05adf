/**
 * Reading every file named on the command line, in order, with the progress bar, reporting input problems and
 * going on after a file that cannot be read.
 *
 * @module
 */
import type { Locale } from '../locale.js';
import type { RecordKind } from '../models/kinds.js';
import { formatOf, type InputFormat } from './format.js';
import type { InputItem } from './input-item.js';
import type { FileOutput } from './output.js';
import { FatalInputError } from './problem.js';
import { fromInputProblem, type ProblemLog } from './problem-log.js';
import type { Progress } from './progress.js';
import { UsageFailure } from './usage.js';

/** A record or the meta, as read. */
export type ReadItem = Exclude<InputItem, { type: 'problem' }>;

/** A file opened for reading: its records, meta and problems as they are read, and how far reading has gone. */
export interface OpenedInput {
  /** Its size in bytes, when known. */
  readonly size: number | undefined;
  /** The bytes read so far. */
  bytesRead(): number;
  /** What the file holds, in file order (iterated once). */
  readonly items: AsyncIterable<InputItem>;
}

/**
 * Opens a file of a format: from disk on the command line (`openInput` of read-input.ts), from memory in the
 * documentation site's checker. Throws `FatalInputError` when the file cannot be opened.
 */
export type InputOpener = (file: string, format: InputFormat, kind: RecordKind | undefined) => Promise<OpenedInput>;

/** How to read the files. */
export interface ReadFilesOptions {
  /** The files, as given. */
  readonly files: readonly string[];
  /** `--format`. */
  readonly format?: InputFormat;
  /** `--kind`. */
  readonly kind?: RecordKind;
  /** The message locale. */
  readonly locale: Locale;
  /** Where problems go. */
  readonly log: ProblemLog;
  /** The progress bar. */
  readonly progress: Progress;
}

/**
 * Reads the files one after the other. Input problems go to the log (a fatal one ends its file, and reading goes
 * on with the next); records and the meta go to `visit`, which may return whether a record is valid (so that the
 * file's summary counts valid and invalid records). A file without any record is reported (`empty_input`).
 *
 * @param options - the files and how to read them
 * @param open - how a file is opened (from disk, or from memory)
 * @param visit - called with each record and meta, in order
 * @returns a summary of each file
 * @throws {@link UsageFailure} `unknown_format` before reading anything, when a file's format cannot be told
 * @example
 * ```ts
 * const files = await readFiles({ files: ['a.ndjson'], locale: 'en', log, progress }, openInput(io), (item) => {
 *   if (item.type === 'record') return validateRecord(item.kind, item.value).ok;
 * });
 * ```
 */
export async function readFiles(
  options: ReadFilesOptions,
  open: InputOpener,
  visit: (item: ReadItem) => boolean | undefined | void,
): Promise<FileOutput[]> {
  const { log, progress, locale } = options;
  const formats = options.files.map((file) => {
    const format = formatOf(file, options.format);
    if (format === undefined) throw new UsageFailure('unknown_format', { file });
    return format;
  });
  const out: FileOutput[] = [];
  for (const [i, file] of options.files.entries()) {
    const format = formats[i] as InputFormat;
    let records = 0;
    let valid = 0;
    let metas = 0;
    let readable = true;
    try {
      const source = await open(file, format, options.kind);
      progress.start(source.size);
      for await (const item of source.items) {
        if (item.type === 'problem') {
          log.add(fromInputProblem(item.problem, locale));
          continue;
        }
        if (item.type === 'meta') metas++;
        else records++;
        if (visit(item) === true) valid++;
        progress.tick(records, source.bytesRead());
      }
      if (records === 0 && metas === 0) log.add(fromInputProblem({ code: 'empty_input', location: { file } }, locale));
    } catch (error) {
      if (!(error instanceof FatalInputError)) throw error;
      readable = false;
      log.add(fromInputProblem(error.problem, locale));
    } finally {
      progress.end();
    }
    out.push({ file, format, readable, records, valid, invalid: records - valid });
  }
  return out;
}
