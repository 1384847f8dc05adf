/**
 * Reading a record file of any format: one entry point over the JSON, NDJSON, CSV and workbook readers.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import type { InputFormat } from './format.js';
import type { InputItem } from './input-item.js';
import type { CliIo } from './io.js';
import type { InputOpener } from './read-files.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readNdjson } from './read-ndjson.js';
import { readXlsxFile } from './read-xlsx.js';
import { openSource, type Source } from './source.js';

/**
 * Reads an open source in the given format: NDJSON and CSV record by record (memory stays flat), JSON whole.
 *
 * @param source - the open file
 * @param format - its format
 * @param kindOption - the `--kind` option: the kind of records without `$kind`
 * @returns the records, the meta and the problems, in file order
 * @throws `FatalInputError` when the file cannot be read at all (not UTF-8, a `.json` that does not parse, a CSV
 *   file with no way to tell its kind)
 * @example
 * ```ts
 * for await (const item of readInput(await openSource('a.csv', io), 'csv', 'community')) console.log(item.type);
 * ```
 */
export function readInput(source: Source, format: InputFormat, kindOption?: RecordKind): AsyncGenerator<InputItem> {
  switch (format) {
    case 'ndjson':
      return readNdjson(source.text, source.file, kindOption);
    case 'csv':
      return readCsv(source.text, source.file, kindOption);
    case 'json':
      return readJson(source.text, source.file, kindOption);
    case 'xlsx':
      return readXlsxFile(source, kindOption);
  }
}

/**
 * How the command line opens its files: from disk (or standard input for `-`), decoded as UTF-8 or, with
 * `--encoding gbk`, as GBK, and read in their format by {@link readInput}.
 *
 * @param io - the surroundings (working directory, standard input)
 * @param encoding - `--encoding`
 * @returns the opener `readFiles` calls for each file
 * @example
 * ```ts
 * await readFiles({ files: ['a.ndjson'], locale: 'en', log, progress }, openInput(io), visit);
 * ```
 */
export function openInput(io: CliIo, encoding?: 'gbk'): InputOpener {
  return async (file, format, kind) => {
    const source = await openSource(file, io, encoding);
    return { size: source.size, bytesRead: () => source.bytesRead(), items: readInput(source, format, kind) };
  };
}
