/**
 * What the two CSV readers share — the streaming one of the command line (read-csv.ts) and the whole-text one of
 * the documentation site's checker: csv-parse's options, line breaks as `\n`, and rows turned into records and
 * problems in file order.
 *
 * @module
 */
import type { CsvError, Info, Options } from 'csv-parse';
import type { RecordKind } from '../models/kinds.js';
import { readCsvHeader, type CsvHeader } from './csv-header.js';
import type { InputItem } from './input-item.js';
import { MAX_LINE_CHARS } from './line-limit.js';
import type { InputProblem } from './problem.js';

/**
 * Line breaks as `\n`: csv-parse counts a `\r\n` inside a quoted cell as two lines, which would put every later
 * line number off by one. A `\r` at the end of a chunk waits for the next.
 *
 * @example
 * ```ts
 * for await (const text of unixNewlines(chunks)) parser.write(text); // 'a\r' + '\nb' reads as 'a' + '\nb'
 * ```
 */
export async function* unixNewlines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of text) {
    let s = pending + chunk;
    pending = '';
    if (s.endsWith('\r')) {
      pending = '\r';
      s = s.slice(0, -1);
    }
    yield s.replace(/\r\n?/g, '\n');
  }
  if (pending !== '') yield '\n';
}

function newlinesIn(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

/** A row as csv-parse gives it with `info: true`. */
export interface CsvRow {
  readonly record: string[];
  readonly info: Info;
}

/**
 * csv-parse's options for a CSV file, reporting each row it skips into `skipped` (a row the parser rejects is a
 * `malformed_csv` problem with its line).
 *
 * @param file - the file's name, for locations
 * @param skipped - where the problems of skipped rows go
 * @returns the options
 * @example
 * ```ts
 * const skipped: InputProblem[] = [];
 * const parser = parse(csvParseOptions('a.csv', skipped));
 * ```
 */
export function csvParseOptions(file: string, skipped: InputProblem[]): Options {
  let lastRecordLine = 0;
  let lastSkipLine = 0;
  return {
    info: true,
    relax_column_count: true,
    skip_empty_lines: false, // blank rows are skipped by `csvItems`, so that `on_record` sees every line
    skip_records_with_error: true,
    max_record_size: MAX_LINE_CHARS, // a quoted cell over many lines: reported, and the file is read no further
    on_record: (record: string[], context: Info) => {
      lastRecordLine = context.lines;
      return record;
    },
    on_skip: (error: CsvError | undefined) => {
      const code = error?.code ?? 'CSV_ERROR';
      const seen = error?.['lines'];
      // An unclosed quote is noticed at the end of the file: name the line where its row began.
      const line = code === 'CSV_QUOTE_NOT_CLOSED' ? lastRecordLine + 1 : typeof seen === 'number' ? seen : lastRecordLine + 1;
      if (line === lastSkipLine) return undefined; // the same broken row, noticed again
      lastSkipLine = line;
      insertByLine(skipped, { code: 'malformed_csv', location: { file, line }, params: { detail: code } });
      return undefined;
    },
  };
}

/**
 * Adds a problem to a list kept in line order, after those of the same line: the parser may notice a row's problem
 * after a later line's (an unclosed quote is noticed at the end of the file).
 *
 * @param problems - the list, in line order
 * @param problem - the problem to add
 * @example
 * ```ts
 * insertByLine(skipped, { code: 'line_too_long', location: { file, line: 7 }, params: { length, max } });
 * ```
 */
export function insertByLine(problems: InputProblem[], problem: InputProblem): void {
  const line = problem.location.line ?? 0;
  let at = problems.length;
  while (at > 0 && (problems[at - 1]?.location.line ?? 0) > line) at--;
  problems.splice(at, 0, problem);
}

/**
 * The records and problems of a CSV file's rows, in file order: the first row is the header (see `readCsvHeader`),
 * every other row a record; rows of the wrong width are `field_count` problems, blank rows are skipped, and the
 * rows the parser skipped (in `skipped`, filled as the rows come) are reported in their place.
 *
 * @param rows - the parsed rows, as they come
 * @param skipped - the problems of skipped rows, in line order (taken from as they are reported)
 * @param file - the file's name, for locations
 * @param kindOption - the `--kind` option
 * @returns the records and the problems
 * @throws `FatalInputError` `csv_needs_kind`
 * @example
 * ```ts
 * for await (const item of csvItems(parser, skipped, 'a.csv', 'community')) console.log(item.type);
 * ```
 */
export async function* csvItems(rows: AsyncIterable<CsvRow> | Iterable<CsvRow>, skipped: InputProblem[], file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  let header: CsvHeader | undefined;
  for await (const entry of rows) {
    const { record, info } = entry;
    const line = info.lines - newlinesIn(record);
    // The parser runs ahead of this loop: report the rows it skipped before this one, in file order.
    while (skipped.length > 0 && (skipped[0]?.location.line ?? 0) < line) yield { type: 'problem', problem: skipped.shift() as InputProblem };
    if (record.every((cell) => cell.trim() === '')) continue;
    if (header === undefined) {
      header = readCsvHeader(record, file, line, kindOption);
      for (const problem of header.problems) yield { type: 'problem', problem };
      continue;
    }
    if (record.length !== header.width) {
      yield { type: 'problem', problem: { code: 'field_count', location: { file, line }, params: { count: record.length, expected: header.width } } };
      continue;
    }
    yield header.toItem(record, { file, line });
  }
  while (skipped.length > 0) yield { type: 'problem', problem: skipped.shift() as InputProblem };
}
