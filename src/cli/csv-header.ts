/**
 * A CSV file's header row read against the record models: which columns are fields (and of what type), which
 * one holds `$kind`, and which are unknown or repeated — each reported once.
 *
 * @module
 */
import { NDJSON_KIND_KEY } from '../datasets/ndjson.js';
import { recordKinds, type RecordKind } from '../models/kinds.js';
import { isRecordKind } from '../validation/validate-record.js';
import { readCell } from '../xlsx/cells.js';
import { columnLookup, xlsxFields, type XlsxField } from '../xlsx/fields.js';
import { columnTypes, convertCell, requiredObjects, type CellType } from './csv-columns.js';
import type { InputItem } from './input-item.js';
import { FatalInputError, type InputProblem, type Location } from './problem.js';
import { setPath } from '../set-path.js';

/** A header row, read. */
export interface CsvHeader {
  /** How many cells a row must have. */
  readonly width: number;
  /** Problems with the header: `unknown_column`, `duplicate_column` (the columns are ignored). */
  readonly problems: readonly InputProblem[];
  /** Reads a data row (of `width` cells) as a record, or a problem when its kind cannot be told. */
  toItem(row: readonly string[], location: Location): InputItem;
}

const STRING: CellType = { type: 'string' };

/**
 * Reads a header row. Column names are trimmed; `$kind` names each row's kind (else `--kind` applies to every
 * row). A column is named by its dotted field name or by the Chinese label path a workbook's header uses
 * (`户数.户籍`, see `community-standards/xlsx`); a column named in Chinese is read as a workbook's cell is
 * (enumeration members by their Chinese labels, `2013年6月30日`, `是`/`否`, full-width digits). With `--kind`, a column is known when it is a field of that kind; with a `$kind` column, when it is a
 * field of any kind. An empty cell is an absent field; a required object with columns under it
 * (`population.resident`) is present, as `{}` when all its cells are empty.
 *
 * @param names - the header's cells
 * @param file - the file's name, for locations
 * @param line - the header's line
 * @param kindOption - the `--kind` option
 * @returns the header
 * @throws {@link FatalInputError} `csv_needs_kind` when there is neither `--kind` nor a `$kind` column
 * @example
 * ```ts
 * const header = readCsvHeader(['id', 'name', 'households.resident', 'colour'], 'a.csv', 1, 'community');
 * header.problems[0]?.code; //=> 'unknown_column'
 * header.toItem(['c1', '东湖', '5000', 'red'], { file: 'a.csv', line: 2 });
 * //=> { type: 'record', kind: 'community', value: { id: 'c1', name: '东湖', households: { resident: 5000 } }, … }
 * ```
 */
export function readCsvHeader(names: readonly string[], file: string, line: number, kindOption?: RecordKind): CsvHeader {
  const trimmed = names.map((name) => name.trim());
  const kindColumn = trimmed.indexOf(NDJSON_KIND_KEY);
  if (kindColumn === -1 && kindOption === undefined) {
    throw new FatalInputError({ code: 'csv_needs_kind', location: { file, line } });
  }
  const typesOf = new Map<RecordKind, Map<string, CellType>>();
  const types = (kind: RecordKind) => {
    let found = typesOf.get(kind);
    if (found === undefined) typesOf.set(kind, (found = columnTypes(kind)));
    return found;
  };
  const lookups = new Map<RecordKind, (header: string) => XlsxField | undefined>();
  const lookupOf = (kind: RecordKind) => {
    let found = lookups.get(kind);
    if (found === undefined) lookups.set(kind, (found = columnLookup(xlsxFields(kind))));
    return found;
  };
  // A column's field in a kind: by its dotted name (the cell read as CSV always was), else by its Chinese label
  // path, `户数.户籍` (the cell read as a workbook's: Chinese enumeration labels, text dates, full-width digits).
  const resolve = (kind: RecordKind, name: string): { path: string; field?: XlsxField } | undefined => {
    if (types(kind).has(name)) return { path: name };
    const field = lookupOf(kind)(name);
    return field === undefined ? undefined : { path: field.name, field };
  };
  const known = (name: string) => (kindOption !== undefined ? resolve(kindOption, name) !== undefined : recordKinds.some((k) => resolve(k, name) !== undefined));

  // Required objects with columns under them: present (maybe empty) in every row of the kind.
  const objects = new Map<RecordKind, (readonly string[])[]>();
  const objectsOf = (kind: RecordKind) => {
    let found = objects.get(kind);
    if (found === undefined) {
      found = requiredObjects(kind)
        .filter((path) => columns.some((c) => resolve(kind, c.name)?.path.startsWith(`${path}.`) === true))
        .map((path) => path.split('.'));
      objects.set(kind, found);
    }
    return found;
  };

  const problems: InputProblem[] = [];
  const columns: { index: number; name: string }[] = [];
  const seen = new Set<string>();
  trimmed.forEach((name, index) => {
    if (index === kindColumn) return;
    if (seen.has(name)) {
      problems.push({ code: 'duplicate_column', location: { file, line }, column: name, params: { column: name, position: index + 1 } });
      return;
    }
    seen.add(name);
    if (!known(name)) {
      problems.push({ code: 'unknown_column', location: { file, line }, column: name, params: { column: name, position: index + 1 } });
      return;
    }
    columns.push({ index, name });
  });

  return {
    width: names.length,
    problems,
    toItem(row, location) {
      const tag = kindColumn === -1 ? '' : (row[kindColumn] ?? '').trim();
      let kind: RecordKind;
      if (tag === '') {
        if (kindOption === undefined) return { type: 'problem', problem: { code: 'missing_kind', location } };
        kind = kindOption;
      } else if (!isRecordKind(tag)) {
        return { type: 'problem', problem: { code: 'unknown_kind', location, params: { kind: tag } } };
      } else if (kindOption !== undefined && tag !== kindOption) {
        return { type: 'problem', problem: { code: 'kind_mismatch', location, params: { kind: tag, expected: kindOption } } };
      } else kind = tag;
      const fields = types(kind);
      const value: Record<string, unknown> = {};
      for (const path of objectsOf(kind)) setPath(value, path, {});
      for (const column of columns) {
        const found = resolve(kind, column.name);
        if (found === undefined) continue;
        const text = row[column.index] ?? '';
        const cell = found.field === undefined ? convertCell(text, fields.get(found.path) ?? STRING) : readCell(text, found.field).value;
        if (cell !== undefined) setPath(value, found.path.split('.'), cell);
      }
      return { type: 'record', kind, value, location };
    },
  };
}

