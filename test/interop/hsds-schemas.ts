/**
 * The official HSDS 3.0 schemas (openreferral/specification, branch 3.0, commit 279fd2eb; CC BY-SA 4.0), read
 * from test/fixtures/hsds-3.0 (vendored, see ATTRIBUTION.md there), compiled with Ajv (draft 2020-12, ajv-formats,
 * `strict: false` for their non-JSON-Schema keywords) twice: as published, and with `additionalProperties: false`
 * set on every object, as upstream validates its examples (`compiletojsonschema
 * --set-additional-properties-false-everywhere`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Where the vendored HSDS 3.0 files are: test/fixtures/hsds-3.0. */
export const HSDS_DIR = fileURLToPath(new URL('../fixtures/hsds-3.0/', import.meta.url));

/** Reads a JSON file of the HSDS directory. */
export function readHsds(path: string): unknown {
  return JSON.parse(readFileSync(join(HSDS_DIR, path), 'utf8'));
}

/**
 * Returns a copy of a schema with `additionalProperties: false` on every object schema (every node that declares
 * `properties` or `type: 'object'`), whatever it said before — the transformation upstream applies.
 */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps names to schemas: keep the names, close each schema.
    out[key] =
      key === 'properties' && typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, closeObjects(sub)]))
        : closeObjects(value);
  }
  if ('properties' in out || out['type'] === 'object') out['additionalProperties'] = false;
  return out;
}

/** The kinds validated against upstream's compiled (inlined) schemas. */
export const compiledKinds = ['organization', 'service', 'service_at_location'] as const;
/** The kinds validated against the modular schemas (`schema/<kind>.json`, `$ref`s resolved by file name). */
export const modularKinds = ['location', 'taxonomy', 'taxonomy_term', 'organization', 'service', 'service_at_location'] as const;

/** One set of validators: for each kind, the compiled and the modular validator. */
export interface HsdsValidators {
  readonly compiled: Readonly<Record<(typeof compiledKinds)[number], ValidateFunction>>;
  readonly modular: Readonly<Record<(typeof modularKinds)[number], ValidateFunction>>;
}

function makeAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/**
 * Compiles the validators, each schema once: `strict` closes every object first.
 *
 * @param strict - whether to set `additionalProperties: false` everywhere
 */
export function hsdsValidators(strict: boolean): HsdsValidators {
  const prepare = (schema: unknown): Record<string, unknown> => (strict ? closeObjects(schema) : schema) as Record<string, unknown>;
  const modularAjv = makeAjv();
  for (const file of readdirSync(join(HSDS_DIR, 'schema'))) {
    if (file.endsWith('.json')) modularAjv.addSchema(prepare(readHsds(`schema/${file}`)), file);
  }
  const modular = Object.fromEntries(
    modularKinds.map((kind) => {
      const validate = modularAjv.getSchema(`${kind}.json`);
      if (validate === undefined) throw new Error(`no schema ${kind}.json`);
      return [kind, validate];
    }),
  ) as HsdsValidators['modular'];
  const compiledAjv = makeAjv();
  const compiled = Object.fromEntries(
    compiledKinds.map((kind) => [kind, compiledAjv.compile(prepare(readHsds(`compiled/${kind}.json`)))]),
  ) as HsdsValidators['compiled'];
  return { compiled, modular };
}

/** Ajv's errors, short, for a failing assertion's message. */
export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('; ');
}
