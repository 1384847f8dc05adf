/**
 * CSV read whole, for the documentation site's checker: the same header, conversions, problems and line numbers
 * as the command line's streaming reader (src/cli/read-csv.ts), from csv-parse's synchronous parser — a page has
 * the dropped file in memory anyway, and csv-parse's streaming parser needs Node's streams. test/site compares
 * the two readers on the same files.
 */
import { parse } from 'csv-parse/sync';
import type { RecordKind } from '../../src/models/kinds.js';
import { csvItems, csvParseOptions, insertByLine, unixNewlines, type CsvRow } from '../../src/cli/csv-rows.js';
import type { InputItem } from '../../src/cli/input-item.js';
import { capLines, MAX_LINE_CHARS } from '../../src/cli/line-limit.js';
import type { InputProblem } from '../../src/cli/problem.js';

/**
 * Reads CSV text as `readCsv` of the command line does, parsing it whole.
 *
 * @param text - the text, chunk by chunk
 * @param file - the file's name, for locations
 * @param kindOption - the kind of the rows when the header has no `$kind` column
 * @returns the records and the problems, in file order
 * @throws `FatalInputError` `csv_needs_kind`, and whatever iterating `text` throws
 * @example
 * ```ts
 * for await (const item of readCsvWhole(['$kind,id\ncommunity,c1\n'], 'a.csv')) console.log(item.type);
 * ```
 */
export async function* readCsvWhole(text: AsyncIterable<string> | Iterable<string>, file: string, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  const skipped: InputProblem[] = [];
  const capped: string[] = [];
  const lines = capLines(unixNewlines(toAsync(text)), (line, length) => {
    insertByLine(skipped, { code: 'line_too_long', location: { file, line }, params: { length, max: MAX_LINE_CHARS } });
  });
  for await (const chunk of lines) capped.push(chunk);
  const rows = parse(capped.join(''), csvParseOptions(file, skipped)) as unknown as CsvRow[];
  yield* csvItems(rows, skipped, file, kindOption);
}

async function* toAsync(text: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  for await (const chunk of text) yield chunk;
}
