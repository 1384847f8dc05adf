/**
 * CSV columns as record fields: a dotted column name is a nested field (`households.resident`), and each cell is
 * converted to the field's type, read from the kind's JSON Schema.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import { toJSONSchema } from '../schema/to-json-schema.js';

/** How a cell is read. */
export type CellType =
  | { readonly type: 'string' }
  | { readonly type: 'number' }
  | { readonly type: 'boolean' }
  /** A list of scalars, written `a;b;c` (or as a JSON array). */
  | { readonly type: 'list'; readonly item: CellType }
  /** An object or a list of objects, written as JSON. */
  | { readonly type: 'json' };

const STRING: CellType = { type: 'string' };

function cellType(schema: Record<string, unknown>): CellType {
  switch (schema['type']) {
    case 'number':
    case 'integer':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'array': {
      const items = schema['items'];
      const item = typeof items === 'object' && items !== null ? cellType(items as Record<string, unknown>) : STRING;
      return item.type === 'json' || item.type === 'list' ? { type: 'json' } : { type: 'list', item };
    }
    case 'object':
      return { type: 'json' };
    default:
      return STRING;
  }
}

/**
 * The column names a kind accepts, each with its cell type: every field by its dotted path, objects both as a
 * whole (a JSON cell) and field by field (`floorArea` and `floorArea.office`).
 *
 * @param kind - the record kind
 * @returns the dotted paths and their types
 * @example
 * ```ts
 * const columns = columnTypes('community');
 * columns.get('households.resident'); //=> { type: 'number' }
 * columns.get('governanceBodies'); //=> { type: 'list', item: { type: 'string' } }
 * ```
 */
export function columnTypes(kind: RecordKind): Map<string, CellType> {
  const out = new Map<string, CellType>();
  walk(toJSONSchema(kind), '', true, (path, schema) => out.set(path, cellType(schema)));
  return out;
}

/**
 * The object fields a record of the kind must have (required by a required parent): a CSV row gets them as `{}`
 * when the header has columns under them that are all empty in the row — `population.resident` left empty means
 * "population not reported", not "no population field".
 *
 * @param kind - the record kind
 * @returns the dotted paths, parents before children
 * @example
 * ```ts
 * requiredObjects('community'); //=> ['households', 'population']
 * ```
 */
export function requiredObjects(kind: RecordKind): string[] {
  const out: string[] = [];
  walk(toJSONSchema(kind), '', true, (path, schema, required) => {
    if (required && schema['type'] === 'object') out.push(path);
  });
  return out;
}

/** Visits every field of an object schema, depth first, saying whether it is required all the way from the root. */
function walk(
  schema: Record<string, unknown>,
  prefix: string,
  requiredParent: boolean,
  visit: (path: string, schema: Record<string, unknown>, required: boolean) => void,
): void {
  const properties = schema['properties'];
  if (typeof properties !== 'object' || properties === null) return;
  const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
  for (const [name, child] of Object.entries(properties as Record<string, Record<string, unknown>>)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const isRequired = requiredParent && required.has(name);
    visit(path, child, isRequired);
    if (child['type'] === 'object') walk(child, path, isRequired, visit);
  }
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否']);

/**
 * Converts a cell to a field value. An empty cell is an absent field (`undefined`). Numbers and booleans that do
 * not read as such stay strings, so that validation reports them with their value. Booleans read `true`/`false`,
 * `yes`/`no`, `1`/`0` and `是`/`否` (any case). Lists are `;`-separated (items trimmed, empty items dropped) or a
 * JSON array; objects and lists of objects are JSON.
 *
 * @param cell - the cell's text
 * @param type - the field's cell type
 * @returns the value, or `undefined` for an empty cell
 * @example
 * ```ts
 * convertCell('5000', { type: 'number' }); //=> 5000
 * convertCell('是', { type: 'boolean' }); //=> true
 * convertCell('health; culture-sports', { type: 'list', item: { type: 'string' } }); //=> ['health', 'culture-sports']
 * convertCell('', { type: 'string' }); //=> undefined
 * convertCell('5千', { type: 'number' }); //=> '5千'
 * ```
 */
export function convertCell(cell: string, type: CellType): unknown {
  if (cell === '') return undefined;
  switch (type.type) {
    case 'string':
      return cell;
    case 'number': {
      const trimmed = cell.trim();
      return NUMBER.test(trimmed) ? Number(trimmed) : cell;
    }
    case 'boolean': {
      const word = cell.trim().toLowerCase();
      return TRUE.has(word) ? true : FALSE.has(word) ? false : cell;
    }
    case 'list': {
      if (cell.trimStart().startsWith('[')) return parseJson(cell);
      const item = type.item;
      return cell
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .map((part) => convertCell(part, item));
    }
    case 'json':
      return parseJson(cell);
  }
}

function parseJson(cell: string): unknown {
  try {
    return JSON.parse(cell) as unknown;
  } catch {
    return cell;
  }
}
