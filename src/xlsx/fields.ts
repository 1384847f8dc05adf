/**
 * The columns of a record kind's sheet, read from the kind's JSON Schema: each field by its dotted name and its
 * Chinese label path, with how a cell is read and written. Nothing here names a kind: a new record kind (or a new
 * field) gets its columns from its model's TSDoc (`编号: the community's id.` → `编号`) and its enums' labels.
 *
 * @module
 */
import type { LocalizedText } from '../locale.js';
import { datasetKeys, recordKindLabels, recordKinds, type RecordKind } from '../models/kinds.js';
import * as models from '../models/index.js';
import { toJSONSchema } from '../schema/to-json-schema.js';

/** How a cell is read and written. */
export type XlsxCellType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'date-time' | 'list' | 'json';

/** A member of an enumeration, with its labels. */
export interface XlsxChoice {
  /** The value stored in records, e.g. `rural`. */
  readonly value: string;
  /** Its labels, when the models carry them (`农村社区` / `rural community`). */
  readonly label?: LocalizedText;
}

/** One column of a kind's sheet. */
export interface XlsxField {
  /** The field's path, e.g. `['households', 'registered']`. */
  readonly path: readonly string[];
  /** The dotted name, e.g. `households.registered`. */
  readonly name: string;
  /** The Chinese label path, e.g. `户数.户籍` (the dotted name when the model gives no Chinese term). */
  readonly label: string;
  /** Other headers read as this column: the labels written out in full (`户数.户籍户数`). */
  readonly aliases: readonly string[];
  /** The field's description (the model's TSDoc line). */
  readonly description: string;
  /** How a cell is read and written. */
  readonly type: XlsxCellType;
  /** For an enumeration (or a list of one), its members. */
  readonly choices?: readonly XlsxChoice[];
  /** Whether a record must have it (its parents required too). */
  readonly required: boolean;
  /** Whether every object it is nested in is required (so a row gets them, as `{}`, even with these cells empty). */
  readonly parentsRequired: boolean;
}

type Schema = Record<string, unknown>;

const CJK = /[\u3400-\u9fff]/;

/**
 * The Chinese term a field's description starts with: the text before the first colon, when it holds Chinese
 * (`户籍户数: registered-population households.` → `户籍户数`).
 *
 * @param description - the description
 * @returns the term, or `undefined`
 * @example
 * ```ts
 * chineseTerm('编号: the id.'); //=> '编号'
 * chineseTerm('the id'); //=> undefined
 * ```
 */
export function chineseTerm(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const colon = description.search(/[:：]/);
  if (colon <= 0) return undefined;
  const term = description.slice(0, colon).trim();
  return CJK.test(term) && term.length <= 30 ? term : undefined;
}

/** A nested term without its parent's (`户数` + `户籍户数` → `户籍`), when what is left is a word. */
function shortTerm(parent: string | undefined, term: string): string {
  if (parent === undefined || term === parent) return term;
  if (term.endsWith(parent) && term.length > parent.length) return term.slice(0, -parent.length);
  if (term.startsWith(parent) && term.length > parent.length) return term.slice(parent.length);
  return term;
}

let labelSets: readonly Readonly<Record<string, LocalizedText>>[] | undefined;

/** Every label table the models export (`communityKindLabels`, …), found by shape, not by name. */
function labelTables(): readonly Readonly<Record<string, LocalizedText>>[] {
  if (labelSets !== undefined) return labelSets;
  const isText = (v: unknown): v is LocalizedText =>
    typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)['zh-CN'] === 'string' && typeof (v as Record<string, unknown>)['en'] === 'string';
  const out: Readonly<Record<string, LocalizedText>>[] = [];
  for (const value of Object.values(models as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const entries = Object.values(value as Record<string, unknown>);
    if (entries.length > 0 && entries.every(isText)) out.push(value as Record<string, LocalizedText>);
  }
  labelSets = out;
  return out;
}

function choicesOf(values: readonly unknown[]): XlsxChoice[] {
  const members = values.filter((v): v is string => typeof v === 'string');
  const table = labelTables().find((t) => {
    const keys = Object.keys(t);
    return keys.length === members.length && members.every((m) => Object.prototype.hasOwnProperty.call(t, m));
  });
  return members.map((value) => (table === undefined ? { value } : { value, label: table[value] as LocalizedText }));
}

/** The schema of a value, through `anyOf` (a nullable field). */
function resolved(schema: Schema): Schema {
  const anyOf = schema['anyOf'];
  if (Array.isArray(anyOf)) {
    const branch = (anyOf as Schema[]).find((b) => b['type'] !== 'null');
    if (branch !== undefined) return { ...branch, description: schema['description'] ?? branch['description'] };
  }
  return schema;
}

function typeOf(schema: Schema): { type: XlsxCellType; choices?: XlsxChoice[] } {
  const enumValues = schema['enum'];
  switch (schema['type']) {
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      if (schema['format'] === 'date') return { type: 'date' };
      if (schema['format'] === 'date-time') return { type: 'date-time' };
      return Array.isArray(enumValues) ? { type: 'string', choices: choicesOf(enumValues) } : { type: 'string' };
    case 'array': {
      const items = schema['items'];
      const item = typeof items === 'object' && items !== null ? resolved(items as Schema) : {};
      if (item['type'] === 'object' || item['type'] === 'array') return { type: 'json' };
      const inner = item['enum'];
      return Array.isArray(inner) ? { type: 'list', choices: choicesOf(inner) } : { type: 'list' };
    }
    case 'object':
      return { type: 'json' };
    default:
      return { type: 'string' };
  }
}

const cache = new Map<RecordKind, readonly XlsxField[]>();

/**
 * The columns of a kind's sheet, in the model's order: scalar fields, lists of scalars (`a;b`), nested objects
 * field by field (`households.registered`, labelled `户数.户籍`) and lists of objects as JSON cells.
 *
 * @param kind - the record kind
 * @returns the columns
 * @example
 * ```ts
 * const fields = xlsxFields('community');
 * fields.find((f) => f.name === 'households.registered')?.label; //=> '户数.户籍'
 * fields.find((f) => f.name === 'kind')?.choices?.[1]; //=> { value: 'rural', label: { 'zh-CN': '农村社区', en: 'rural community' } }
 * ```
 */
export function xlsxFields(kind: RecordKind): readonly XlsxField[] {
  const found = cache.get(kind);
  if (found !== undefined) return found;
  const out: XlsxField[] = [];
  const walk = (schema: Schema, path: readonly string[], labels: readonly string[], fullLabels: readonly string[], requiredParent: boolean, parentTerm?: string) => {
    const properties = schema['properties'];
    if (typeof properties !== 'object' || properties === null) return;
    const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
    for (const [name, raw] of Object.entries(properties as Record<string, Schema>)) {
      const child = resolved(raw);
      const description = typeof child['description'] === 'string' ? child['description'] : '';
      const term = chineseTerm(description);
      const label = term === undefined ? name : shortTerm(parentTerm, term);
      const full = term ?? name;
      const isRequired = requiredParent && required.has(name);
      const here = [...path, name];
      if (child['type'] === 'object' && typeof child['properties'] === 'object' && child['properties'] !== null) {
        walk(child, here, [...labels, label], [...fullLabels, full], isRequired, term);
        continue;
      }
      const { type, choices } = typeOf(child);
      const labelPath = [...labels, label].join('.');
      const fullPath = [...fullLabels, full].join('.');
      out.push({
        path: here,
        name: here.join('.'),
        label: labelPath,
        aliases: fullPath === labelPath ? [] : [fullPath],
        description,
        type,
        ...(choices !== undefined && { choices }),
        required: isRequired,
        parentsRequired: requiredParent,
      });
    }
  };
  walk(toJSONSchema(kind), [], [], [], true);
  // Two fields with one label (possible in a future model): the later ones are told apart by their name.
  const seen = new Set<string>();
  const unique = out.map((field) => {
    const key = normalizeName(field.label);
    if (!seen.has(key)) {
      seen.add(key);
      return field;
    }
    return { ...field, label: `${field.label}(${field.name})`, aliases: [...field.aliases, field.label] };
  });
  const frozen = Object.freeze(unique);
  cache.set(kind, frozen);
  return frozen;
}

/** Other names people give sheets: `工作人员` for the staff roster (the model's label is `专职人员`). */
const SHEET_ALIASES: Readonly<Record<string, RecordKind>> = { 工作人员: 'staffMember', 工作人员花名册: 'staffMember' };

/**
 * The record kind a sheet holds, from its name: the kind (`community`), its plural (`communities`), its Chinese
 * or English label (`社区`, `service centre`), any case, spaces and full-width forms ignored; `工作人员` is read
 * as `staffMember`.
 *
 * @param sheet - the sheet's name
 * @returns the kind, or `undefined`
 * @example
 * ```ts
 * kindOfSheet('服务中心'); //=> 'serviceCenter'
 * kindOfSheet('Communities'); //=> 'community'
 * kindOfSheet('说明'); //=> undefined
 * ```
 */
export function kindOfSheet(sheet: string): RecordKind | undefined {
  const key = normalizeName(sheet);
  if (Object.prototype.hasOwnProperty.call(SHEET_ALIASES, key)) return SHEET_ALIASES[key];
  return recordKinds.find((kind) =>
    [kind, datasetKeys[kind], recordKindLabels[kind]['zh-CN'], recordKindLabels[kind].en].some((name) => normalizeName(name) === key),
  );
}

/**
 * A name as compared: full-width forms as ASCII, spaces and `_` / `-` removed, lower case.
 *
 * @param name - a sheet or column name
 * @returns the key
 * @example
 * ```ts
 * normalizeName(' Service_Centre '); //=> 'servicecentre'
 * normalizeName('户数 . 户籍'); //=> '户数.户籍'
 * ```
 */
export function normalizeName(name: string): string {
  return toHalfWidth(name).replace(/[\s_\-]+/g, '').toLowerCase();
}

/**
 * Full-width ASCII forms (`１２３`, `，`, `．`) and the ideographic space as their ASCII counterparts.
 *
 * @param text - the text
 * @returns the text with half-width forms
 * @example
 * ```ts
 * toHalfWidth('２０１３年６月３０日'); //=> '2013年6月30日'
 * ```
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * Finds the column a header cell names: by dotted name (`households.registered`), Chinese label path
 * (`户数.户籍`) or full label path (`户数.户籍户数`), ignoring case, spaces and full-width forms.
 *
 * @param fields - the kind's columns
 * @returns a lookup from a header's text to its column
 * @example
 * ```ts
 * columnLookup(xlsxFields('community'))('户数.户籍')?.name; //=> 'households.registered'
 * ```
 */
export function columnLookup(fields: readonly XlsxField[]): (header: string) => XlsxField | undefined {
  const byKey = new Map<string, XlsxField>();
  for (const field of fields) {
    for (const name of [field.name, field.label, ...field.aliases]) {
      const key = normalizeName(name);
      if (!byKey.has(key)) byKey.set(key, field);
    }
  }
  return (header) => byKey.get(normalizeName(header).replace(/。/g, '.'));
}
