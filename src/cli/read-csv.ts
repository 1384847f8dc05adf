/**
 * Reading CSV record by record with csv-parse's streaming parser: a header row, then one record a row.
 *
 * @module
 */
import { Readable } from 'node:stream';
import { parse, type CsvError, type Info } from 'csv-parse';
import type { RecordKind } from '../models/kinds.js';
import { readCsvHeader, type CsvHeader } from './csv-header.js';
import type { InputItem } from './input-item.js';
import { capLines, MAX_LINE_CHARS } from './line-limit.js';
import type { InputProblem } from './problem.js';

/**
 * Line breaks as `\n`: csv-parse counts a `\r\n` inside a quoted cell as two lines, which would put every later
 * line number off by one. A `\r` at the end of a chunk waits for the next.
 */
async function* unixNewlines(text: AsyncIterable<string>): AsyncGenerator<string> {
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

/**
 * Reads CSV text: the first row is the header (see `readCsvHeader`: dotted names are nested fields, `$kind`
 * names the row's kind, unknown and repeated columns are reported once and ignored); every other row becomes a
 * record, its cells converted to the fields' types. A row the parser rejects (a stray quote) yields
 * `malformed_csv`, and a row whose cell count differs from the header's `field_count`, each with its line; reading
 * goes on. A line longer than `MAX_LINE_CHARS` (8 Mi characters, so also any cell) is left out unread, as a
 * `line_too_long` problem, and reading goes on. Blank rows are skipped. Line breaks inside quoted cells are read as `\n`. Quoting is strict (RFC 4180),
 * so a stray quote is reported rather than read into the data; after text that follows a closing quote, or a quote
 * that never closes, the parser reads on as if inside the quoted cell until the next quote (or the end of the
 * file), so rows in between are not read: fix the line reported first and run again.
 *
 * @param text - the text, chunk by chunk
 * @param file - the file's name, for locations
 * @param kindOption - the `--kind` option
 * @returns the records and the problems, in file order
 * @throws `FatalInputError` `csv_needs_kind`, and whatever iterating `text` throws
 * @example
 * ```ts
 * for await (const item of readCsv(source.text, 'communities.csv', 'community')) console.log(item.type);
 * ```
 */
export async function* readCsv(text: AsyncIterable<string>, file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  const skipped: InputProblem[] = [];
  let lastRecordLine = 0;
  let lastSkipLine = 0;
  const parser = parse({
    info: true,
    relax_column_count: true,
    skip_empty_lines: false, // blank rows are skipped below, so that `on_record` sees every line
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
      skipped.push({ code: 'malformed_csv', location: { file, line }, params: { detail: code } });
      return undefined;
    },
  });
  const input = Readable.from(
    capLines(unixNewlines(text), (line, length) => {
      skipped.push({ code: 'line_too_long', location: { file, line }, params: { length, max: MAX_LINE_CHARS } });
      skipped.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  let header: CsvHeader | undefined;
  try {
    for await (const entry of parser as AsyncIterable<{ record: string[]; info: Info }>) {
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
  } finally {
    input.destroy();
    parser.destroy();
  }
}
