/**
 * Compiles the shipped JSON Schemas (`schemas/<kind>.json`, written by `scripts/write-schemas.ts` from the zod
 * models) into plain JavaScript validators with Ajv's standalone code generation (draft 2020-12), and writes them
 * to `src/validation/compiled.ts`. Run by `npm run schemas`, after the schemas; the file is committed, and
 * test/validation/compiled-up-to-date.test.ts fails when it is stale.
 *
 * The generated code needs nothing at run time: no `eval`, no `new Function` (so it runs under a strict
 * Content-Security-Policy) and no import of Ajv. The options below make Ajv read the schemas the way zod reads
 * the models, so that it needs none of Ajv's runtime helpers either:
 * - `minLength`/`maxLength` count code points, as zod's `.min()`/`.max()` do, with Ajv's `ucs2length` helper:
 *   vendored (src/validation/ucs2length.ts, MIT, see THIRD_PARTY_NOTICES.md) and imported from there, the one import
 *   the generated module has;
 * - `unicodeRegExp: false`: patterns are compiled without the `u` flag, as zod's regular expressions are (the
 *   schemas' patterns are their `source`);
 * - `validateFormats: false`: every `format` of the record schemas (`date`, `date-time`, `email`) comes with the
 *   `pattern` zod itself checks, so the pattern is the check (ajv-formats' own readings of the formats differ
 *   from zod's in corner cases, and would be a runtime import);
 * - `strict: true` (which includes `strictNumbers`: NaN and ±Infinity are not numbers, as for zod).
 *
 * What JSON Schema cannot express (the models' cross-field refinements) is checked beside the generated code, by
 * hand (src/validation/refinements.ts). The script refuses to write code that imports anything else.
 *
 * Usage:
 *   tsx scripts/write-validators.ts           write the file
 *   tsx scripts/write-validators.ts --check   write nothing; exit 1 when the file is stale
 *   … --out <file> / --schemas <dir>          another output file or schema directory (for tests)
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import Ajv2020, { _, type CodeKeywordDefinition, type KeywordCxt } from 'ajv/dist/2020.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { datasetKeys, recordKinds } from '../src/models/kinds.js';

type Schema = Record<string, unknown>;

/** How Ajv's code reads its `ucs2length` runtime helper, replaced by the vendored copy. */
const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/** The `$id` the dataset's compiled schema gets (it is not a shipped file: its records are `$ref`s). */
const DATASET_ID = 'compiled-dataset.json';

/** Annotations: they change no verdict, and a `$ref`'d record schema carries them where the inlined one does not. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$comment']);

function withoutAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnnotations);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !ANNOTATIONS.has(key))
      .map(([key, v]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, withoutAnnotations(s)])) : withoutAnnotations(v)]),
  );
}

/**
 * The dataset schema as compiled: `schemas/dataset.json` with each list's `items` replaced by a `$ref` to the
 * kind's own schema, so that every record kind is compiled once and shared. The replaced `items` must be the
 * kind's schema exactly (annotations aside): the script checks it rather than assume it.
 */
function datasetSchema(dataset: Schema, kinds: ReadonlyMap<string, Schema>): Schema {
  const properties = { ...(dataset['properties'] as Record<string, Schema>) };
  for (const kind of recordKinds) {
    const key = datasetKeys[kind];
    const list = properties[key];
    const own = kinds.get(kind);
    if (list === undefined || own === undefined) throw new Error(`write-validators: dataset.json has no list "${key}" or ${kind}.json is missing`);
    if (!isDeepStrictEqual(withoutAnnotations(list['items']), withoutAnnotations(own))) {
      throw new Error(`write-validators: dataset.json's ${key} items are not ${kind}.json: run \`npm run schemas\``);
    }
    properties[key] = { ...list, items: { $ref: String(own['$id']) } };
  }
  return { ...dataset, $id: DATASET_ID, properties };
}

/** The keyword the script adds to every object and array of the schemas it compiles (see {@link plainKeyword}). */
const PLAIN = 'x-plain';

/**
 * `x-plain`: an object is a plain object (its prototype is `Object.prototype`) and an array a plain array. zod
 * copies what it accepts into plain objects and arrays, while the fast path hands back the input itself: a class
 * instance, an object with another prototype (or none) or an Array subclass goes to zod instead.
 */
const plainKeyword: CodeKeywordDefinition = {
  keyword: PLAIN,
  schemaType: 'boolean',
  code(cxt: KeywordCxt) {
    const plain = cxt.gen.scopeValue('func', { ref: isPlain, code: _`${isPlainCode}` });
    cxt.fail(_`!${plain}(${cxt.data})`);
  },
};

/** The check of `x-plain`, once as a function for Ajv's own compilation and once as code for the standalone module. */
const isPlainSource = '(d) => typeof d !== "object" || d === null || Object.getPrototypeOf(d) === (Array.isArray(d) ? Array.prototype : Object.prototype)';
const isPlain = (d: unknown): boolean => typeof d !== 'object' || d === null || Object.getPrototypeOf(d) === (Array.isArray(d) ? Array.prototype : Object.prototype);
const isPlainCode = new _Code(isPlainSource);

/**
 * Ajv's output, made smaller without changing a verdict (the parity tests run the result):
 * - Ajv builds an error object (path, schema path, keyword, parameters) at every place a check can fail, and the
 *   fast path never reads one: zod explains. Every such object becomes one shared marker (`[{}]`), which keeps the
 *   generated functions' own bookkeeping (`errors.length`, concatenation of a `$ref`'d validator's errors) as it is.
 * - The schemas Ajv embeds are then read only for the names of their `properties` (`additionalProperties: false`
 *   on an object of more than 8 properties): each keeps only that skeleton.
 */
function slimmed(code: string): string {
  let replaced = 0;
  const out = code.split('\n').map((line) => {
    const error = /^(validate\d+)\.errors = \[\{instancePath.*\}\];$/.exec(line);
    if (error !== null) {
      replaced++;
      return `${error[1]}.errors = invalid;`;
    }
    const schema = /^const (schema\d+) = (\{.*\});$/.exec(line);
    return schema === null ? line : `const ${schema[1]} = ${JSON.stringify(skeleton(JSON.parse(schema[2]!)))};`;
  });
  const text = out.join('\n');
  if (replaced === 0 || /\.errors = \[\{|\berr\d+ = \{|\bschema\d+\.(?!properties\b)[^;]*\.(?:enum|const|type)\b/.test(text)) {
    throw new Error('write-validators: Ajv wrote its error objects or read its schemas in an unexpected way');
  }
  return `/** Every error the generated functions report (nobody reads them: zod explains). */\nconst invalid = Object.freeze([Object.freeze({})]);\n${text}`;
}

/** A schema reduced to its `properties` (each property's own skeleton) and `items`, recursively. */
function skeleton(node: unknown): unknown {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return 0;
  const schema = node as Schema;
  const out: Schema = {};
  if (typeof schema['properties'] === 'object') out['properties'] = Object.fromEntries(Object.entries(schema['properties'] as Schema).map(([k, v]) => [k, skeleton(v)]));
  if (typeof schema['items'] === 'object') out['items'] = skeleton(schema['items']);
  return Object.keys(out).length === 0 ? 0 : out;
}

/** The schema with `x-plain: true` on every node of type object or array. */
function withPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPlain);
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Schema;
  const out: Schema = {};
  for (const [key, v] of Object.entries(node)) {
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(v as Schema).map(([p, s]) => [p, withPlain(s)])) : key === 'enum' || key === 'const' || key === 'required' ? v : withPlain(v);
  }
  if (node['type'] === 'object' || node['type'] === 'array') out[PLAIN] = true;
  return out;
}

/** The module's text: a header, the generated code, and its typed exports. */
function generate(schemaDir: string): string {
  // Annotations are dropped (they change no verdict, and Ajv embeds the schema objects some checks read), `$id` kept.
  const read = (name: string) => {
    const schema = JSON.parse(readFileSync(resolve(schemaDir, `${name}.json`), 'utf8')) as Schema;
    return { $id: schema['$id'], ...(withoutAnnotations(schema) as Schema) };
  };
  const kinds = new Map(recordKinds.map((kind) => [kind, read(kind)]));
  const ajv = new Ajv2020({
    strict: true,
    allErrors: false,
    unicodeRegExp: false,
    validateFormats: false,
    messages: false,
    // Records of a dataset call their kind's validator instead of a copy of it.
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, optimize: 3 },
  });
  ajv.addKeyword(plainKeyword);
  for (const schema of kinds.values()) ajv.addSchema(withPlain(schema) as Schema);
  ajv.addSchema(withPlain(datasetSchema(read('dataset'), kinds)) as Schema);
  const exports: Record<string, string> = { dataset: DATASET_ID };
  for (const [kind, schema] of kinds) exports[kind] = String(schema['$id']);
  const code = slimmed(standaloneCode(ajv, exports)).replace(UCS2LENGTH, 'ucs2length');
  if (/\brequire\(|^\s*import\b|\beval\(|new Function\b/m.test(code)) {
    throw new Error('write-validators: the generated code imports something or evaluates code; it must stand alone');
  }
  const kindList = recordKinds.map((kind) => `  ${kind},`).join('\n');
  return `/* eslint-disable */
// @ts-nocheck — generated code.
/**
 * GENERATED by scripts/write-validators.ts from schemas/*.json (\`npm run schemas\`): do not edit.
 *
 * Validators compiled ahead of time by Ajv ${ajvVersion()} (standalone code, draft 2020-12) from the JSON Schemas the
 * package ships. Plain functions: no \`eval\` and no import at run time. Each returns whether its input is valid;
 * it does not check the models' cross-field refinements (src/validation/refinements.ts does) and explains nothing
 * (zod does).
 *
 * @module
 */
import { ucs2length } from './ucs2length.js';

${code.replace(/^"use strict";\n?/m, '').replace(/^export const (\w+) =/gm, 'const $1 =')}

/**
 * The compiled validator of each record kind, and of a whole dataset (\`dataset\`): whether the input is valid by
 * the JSON Schema, without the models' refinements.
 *
 * @example
 * \`\`\`ts
 * compiledValidators.plaque({ id: 'p', communityId: 'c', name: '社区居委会' }); //=> true
 * compiledValidators.plaque({ id: 'p', communityId: 'c' }); //=> false
 * \`\`\`
 */
export const compiledValidators: Readonly<Record<import('../models/kinds.js').RecordKind | 'dataset', (data: unknown) => boolean>> = {
  dataset,
${kindList}
};
`;
}

function ajvVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../node_modules/ajv/package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

function parseArgs(argv: readonly string[]): { check: boolean; out: string; schemas: string } {
  let check = false;
  let out = fileURLToPath(new URL('../src/validation/compiled.ts', import.meta.url));
  let schemas = fileURLToPath(new URL('../schemas/', import.meta.url));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--out' && argv[i + 1] !== undefined) out = resolve(argv[++i] as string);
    else if (arg === '--schemas' && argv[i + 1] !== undefined) schemas = resolve(argv[++i] as string);
    else throw new Error(`write-validators: unknown argument ${JSON.stringify(arg)} (expected --check, --out <file> or --schemas <dir>)`);
  }
  return { check, out, schemas };
}

function main(argv: readonly string[]): number {
  const { check, out, schemas } = parseArgs(argv);
  const text = generate(schemas);
  const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
  if (check) {
    if (current === text) {
      console.log(`validators: up to date in ${out}`);
      return 0;
    }
    console.error(`stale: ${out}\nRun \`npm run schemas\` to regenerate it.`);
    return 1;
  }
  if (current !== text) writeFileSync(out, text);
  console.log(`validators: ${current === text ? 'unchanged' : 'written'} ${out} (${(text.length / 1024).toFixed(0)} KiB)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
