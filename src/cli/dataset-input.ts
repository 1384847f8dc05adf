/**
 * Gathering the files of `check` and `stats` into one dataset — they need every record at once (the rules look
 * across records) — remembering where each record came from. Platform-neutral: the command line opens the files
 * from disk (read-dataset.ts), the documentation site's checker from memory.
 *
 * @module
 */
import { datasetKeys, recordKinds, type RecordKind } from '../models/kinds.js';
import { formatPath, type ValidationIssue } from '../validation/issue.js';
import type { FileOutput, ProblemOutput } from './output.js';
import { validationMessages } from '../validation/messages.js';
import { formatLocation, type Location } from './problem.js';
import { fromInputProblem, fromIssue, readId, type ProblemLog } from './problem-log.js';
import { readFiles, type InputOpener, type ReadFilesOptions } from './read-files.js';

const KIND_OF_KEY: ReadonlyMap<string, RecordKind> = new Map(recordKinds.map((kind) => [datasetKeys[kind], kind]));

/** The files read as one dataset. */
export interface DatasetInput {
  /** The records (not yet validated) under their kind's plural, and the first `meta`. */
  readonly dataset: Readonly<Record<string, unknown>>;
  /** The files read. */
  readonly files: readonly FileOutput[];
  /** Records read. */
  readonly records: number;
  /** The problems found while reading. */
  readonly log: ProblemLog;
  /** Where the record of a kind with an id came from (its first occurrence). */
  locateSubject(kind: RecordKind, id: string): Location | undefined;
  /** A dataset validation issue (path `[plural, index, …]`) as a problem, located in the files. */
  issueProblem(issue: ValidationIssue): ProblemOutput;
}

/**
 * Reads every file into one dataset: records under their kind's plural in file order, and the first `meta`
 * (a later, different one is reported as `duplicate_meta`). Memory grows with the data — the rules need it all.
 *
 * @param options - the files, how to read them, the problem log and the progress bar
 * @param open - how a file is opened (from disk on the command line, from memory in the browser)
 * @returns the dataset, the files read and the problems, with ways to locate records
 * @throws {@link UsageFailure} when a file's format cannot be told
 * @example
 * ```ts
 * const input = await collectDataset({ files: ['a.ndjson'], locale: 'en', log, progress }, openInput(io));
 * check(input.dataset, { asOf: '2013-06-30' });
 * ```
 */
export async function collectDataset(options: ReadFilesOptions, open: InputOpener): Promise<DatasetInput> {
  const { locale, log } = options;
  const dataset: Record<string, unknown> = {};
  const locations = new Map<string, Location[]>();
  let meta: string | undefined;

  const files = await readFiles(options, open, (item) => {
    if (item.type === 'meta') {
      const text = JSON.stringify(item.value);
      if (meta === undefined) {
        meta = text;
        dataset['meta'] = item.value;
      } else if (text !== meta) log.add(fromInputProblem({ code: 'duplicate_meta', location: item.location }, locale));
      return undefined;
    }
    const key = datasetKeys[item.kind];
    ((dataset[key] ??= []) as unknown[]).push(item.value);
    let at = locations.get(key);
    if (at === undefined) locations.set(key, (at = []));
    at.push(item.location);
    return undefined;
  });

  let subjects: Map<string, Location> | undefined;
  const locate = (key: string, index: number) => locations.get(key)?.[index];
  return {
    dataset,
    files: files.map(({ file, format, readable, records }) => ({ file, format, readable, records })),
    records: files.reduce((n, f) => n + f.records, 0),
    log,
    locateSubject(kind, id) {
      if (subjects === undefined) {
        subjects = new Map();
        for (const [key, records] of Object.entries(dataset)) {
          if (!Array.isArray(records)) continue;
          records.forEach((record: unknown, index) => {
            const found = readId(record);
            const location = locate(key, index);
            const name = `${KIND_OF_KEY.get(key) ?? key}:${found ?? ''}`;
            if (found !== undefined && location !== undefined && !subjects?.has(name)) subjects?.set(name, location);
          });
        }
      }
      return subjects.get(`${kind}:${id}`);
    },
    issueProblem(issue) {
      const [key, index, ...rest] = issue.path;
      const kind = typeof key === 'string' ? KIND_OF_KEY.get(key) : undefined;
      if (kind === undefined || typeof index !== 'number') return fromIssue(issue, undefined);
      const record = (dataset[key as string] as unknown[] | undefined)?.[index];
      // The message names the field from the dataset's root (`communities[2].name: …`); the location says where
      // the record is, so name the field from the record's root, as `validate` does.
      const full = formatPath(issue.path);
      let message = issue.message.startsWith(full) ? formatPath(rest) + issue.message.slice(full.length) : issue.message;
      if (issue.code === 'duplicate_id') {
        // Name the record kept by where it is in the files, not by its index in the dataset.
        const first = /^(\w+)\[(\d+)\]/.exec(String(issue.params?.['first'] ?? ''));
        const kept = first === null ? undefined : locate(first[1] ?? '', Number(first[2]));
        if (kept !== undefined) message = validationMessages[locale].duplicate_id({ where: formatPath(rest), params: { ...issue.params, first: formatLocation(kept) } });
      }
      return fromIssue({ ...issue, path: rest, message }, locate(key as string, index), kind, readId(record), locale);
    },
  };
}
