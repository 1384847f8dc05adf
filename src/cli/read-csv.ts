/**
 * Reading CSV record by record with csv-parse's streaming parser: a header row, then one record a row.
 *
 * @module
 */
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { RecordKind } from '../models/kinds.js';
import { csvItems, csvParseOptions, insertByLine, unixNewlines, type CsvRow } from './csv-rows.js';
import type { InputItem } from './input-item.js';
import { capLines, MAX_LINE_CHARS } from './line-limit.js';
import type { InputProblem } from './problem.js';

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
  const parser = parse(csvParseOptions(file, skipped));
  const input = Readable.from(
    capLines(unixNewlines(text), (line, length) => {
      insertByLine(skipped, { code: 'line_too_long', location: { file, line }, params: { length, max: MAX_LINE_CHARS } });
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    yield* csvItems(parser as AsyncIterable<CsvRow>, skipped, file, kindOption);
  } finally {
    input.destroy();
    parser.destroy();
  }
}
