/**
 * The formats of record files, and telling them from a file's extension.
 *
 * @module
 */

/**
 * The record file formats: a JSON array or dataset, NDJSON (one record a line), CSV with a header row, or an Excel
 * workbook (.xlsx, one sheet per record kind).
 *
 * @example
 * ```ts
 * inputFormats; //=> ['json', 'ndjson', 'csv', 'xlsx']
 * ```
 */
export const inputFormats = ['json', 'ndjson', 'csv', 'xlsx'] as const;

/** A record file format. */
export type InputFormat = (typeof inputFormats)[number];

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/**
 * Checks whether a string names a format.
 *
 * @param value - anything
 * @returns whether it is an {@link InputFormat}
 * @example
 * ```ts
 * isInputFormat('csv'); //=> true
 * isInputFormat('xls'); //=> false
 * ```
 */
export function isInputFormat(value: unknown): value is InputFormat {
  return typeof value === 'string' && (inputFormats as readonly string[]).includes(value);
}

/**
 * The format of a file: the one given, else from the extension (`.json`, `.ndjson` / `.jsonl`, `.csv`, `.xlsx`,
 * case-insensitive); standard input (`-`, `/dev/stdin`) and process substitutions (`<(cat f)`, which the shell
 * passes as `/dev/fd/63`) are NDJSON unless given.
 *
 * @param file - the file name
 * @param given - the `--format` option, if any
 * @returns the format, or `undefined` when the extension says nothing
 * @example
 * ```ts
 * formatOf('communities.CSV'); //=> 'csv'
 * formatOf('data.txt', 'ndjson'); //=> 'ndjson'
 * formatOf('data.txt'); //=> undefined
 * ```
 */
export function formatOf(file: string, given?: InputFormat): InputFormat | undefined {
  if (given !== undefined) return given;
  if (file === '-' || /^\/(dev\/fd|proc\/self\/fd)\/\d+$|^\/dev\/stdin$/.test(file)) return 'ndjson';
  const dot = file.lastIndexOf('.');
  if (dot === -1) return undefined;
  const extension = file.slice(dot).toLowerCase();
  return Object.prototype.hasOwnProperty.call(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}
