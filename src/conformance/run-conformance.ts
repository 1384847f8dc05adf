/**
 * Conformance vectors: language-neutral JSON test cases of the rules (a small dataset, a profile, a date and the
 * findings expected), and a runner that checks this library against them.
 *
 * @module
 */
import { check } from '../standards/check.js';
import type { Finding } from '../engine/types.js';
import { isCommunityStandardsError } from '../errors.js';
import type { LocalizedText } from '../locale.js';
import { defineProfile, type ProfileSpec } from '../profiles/define-profile.js';
import { kunshan } from '../profiles/kunshan.js';
import { national } from '../profiles/national.js';
import type { Profile } from '../profiles/types.js';

/** A finding a vector expects. Only the keys given are compared (`rule`, `subject`, `outcome`, `code` always are). */
export interface ExpectedFinding {
  /** The rule id. */
  readonly rule: string;
  /** The record checked. */
  readonly subject: { readonly kind: string; readonly id: string };
  /** The item, for per-item rules; absent means the finding has none. */
  readonly item?: string;
  /** `pass`, `fail` or `not-applicable`. */
  readonly outcome: 'pass' | 'fail' | 'not-applicable';
  /** The result code. */
  readonly code: string;
  /** The finding's severity (`error`, `warning`, `info`): the rule's, or the result's own where it differs. */
  readonly severity?: 'error' | 'warning' | 'info';
  /** Key values: each key given must equal the finding's value (numbers within 1e-9, relative). */
  readonly values?: Readonly<Record<string, unknown>>;
  /** What the standard expects, compared in full. */
  readonly expected?: unknown;
  /** What the record has, compared in full. */
  readonly actual?: unknown;
  /** Whether the finding rests on an assumption. */
  readonly restsOnAssumption?: boolean;
  /** The assumed parameters it rests on, in any order. */
  readonly assumptions?: readonly string[];
}

/** A derived profile written inline: the options of `defineProfile`, with the base profile by id. */
export interface InlineProfile extends Omit<ProfileSpec, 'extends' | 'name'> {
  /** `kunshan` or `national`. */
  readonly extends: 'kunshan' | 'national';
  /** Its name in every locale. */
  readonly name: LocalizedText;
}

/** One conformance vector. */
export interface ConformanceVector {
  /** A unique id, `<rule>/<case>`. */
  readonly id: string;
  /** What the case shows and how its expected findings were worked out. */
  readonly description: string;
  /** `kunshan`, `national`, or a derived profile. */
  readonly profile: 'kunshan' | 'national' | InlineProfile;
  /** The date checked, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The rules run, in order. */
  readonly rules: readonly string[];
  /** The dataset (every record valid unless `issues` says otherwise). */
  readonly dataset: Readonly<Record<string, unknown>>;
  /** Every finding, in order: rule order, then the dataset's order of subjects, then the rule's order of items. */
  readonly findings: readonly ExpectedFinding[];
}

/** A file of vectors, as in the package's `conformance/vectors/`. */
export interface ConformanceFile {
  /** The vectors. */
  readonly vectors: readonly ConformanceVector[];
}

/** A difference between a vector and what this library found. */
export interface ConformanceDifference {
  /** The vector's id (or `#<index>` when it has none). */
  readonly vector: string;
  /** Where: `findings[2].code`, `findings.length`, `profile`, `dataset`… */
  readonly path: string;
  /** What the vector expects. */
  readonly expected: unknown;
  /** What the library gave. */
  readonly actual: unknown;
}

/** What {@link runConformance} returns. */
export interface ConformanceResult {
  /** Vectors run. */
  readonly vectors: number;
  /** Vectors with no difference. */
  readonly passed: number;
  /** Every difference, vector by vector. */
  readonly differences: readonly ConformanceDifference[];
}

const BASES: Readonly<Record<string, Profile>> = { kunshan, national };

/**
 * Runs conformance vectors against this library: for each, checks its dataset with its profile, date and rules,
 * and compares the findings with those expected, in order. Never throws for a bad vector: a vector that cannot be
 * run (a bad profile, an unknown rule) is a difference. Browser-safe: the caller reads the files and passes them.
 *
 * @param input - vectors, files of vectors (`{ vectors: [...] }`), or an array mixing both
 * @returns how many ran and passed, and every difference
 * @example
 * ```ts
 * import vectors from 'community-standards/conformance/vectors/hall.min-items.json' with { type: 'json' };
 * runConformance(vectors).differences; //=> []
 * ```
 */
export function runConformance(input: unknown): ConformanceResult {
  const vectors = flatten(input);
  const differences: ConformanceDifference[] = [];
  let passed = 0;
  vectors.forEach((vector, index) => {
    const found = runVector(vector, index);
    if (found.length === 0) passed++;
    differences.push(...found);
  });
  return { vectors: vectors.length, passed, differences };
}

function flatten(input: unknown): unknown[] {
  const items = Array.isArray(input) ? input : [input];
  return items.flatMap((item: unknown) => {
    const vectors = isObject(item) ? item['vectors'] : undefined;
    return Array.isArray(vectors) ? (vectors as unknown[]) : [item];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function runVector(vector: unknown, index: number): ConformanceDifference[] {
  const v = isObject(vector) ? vector : {};
  const id = typeof v['id'] === 'string' ? v['id'] : `#${index}`;
  const diff = (path: string, expected: unknown, actual: unknown): ConformanceDifference => ({ vector: id, path, expected, actual });
  if (!isObject(vector) || !Array.isArray(v['findings']) || !Array.isArray(v['rules']) || typeof v['asOf'] !== 'string') {
    return [diff('', 'a vector { id, profile, asOf, rules, dataset, findings }', vector)];
  }
  let findings: readonly Finding[];
  let issues: readonly unknown[];
  try {
    const profile = toProfile(v['profile']);
    if (profile === undefined) return [diff('profile', "'kunshan', 'national' or a derived profile", v['profile'])];
    const report = check(v['dataset'], { profile, asOf: v['asOf'], rules: v['rules'] as string[], locale: 'en' });
    findings = report.findings;
    issues = report.issues;
  } catch (error) {
    if (!isCommunityStandardsError(error)) throw error;
    return [diff('', 'a vector this library can run', `${error.name}: ${error.message}`)];
  }
  const out: ConformanceDifference[] = [];
  if (issues.length > 0) out.push(diff('dataset', 'valid records', issues));
  const expected = v['findings'] as unknown[];
  if (expected.length !== findings.length) out.push(diff('findings.length', expected.length, findings.length));
  for (let i = 0; i < Math.min(expected.length, findings.length); i++) {
    out.push(...compareFinding(expected[i], findings[i]!, `findings[${i}]`, diff));
  }
  return out;
}

function toProfile(value: unknown): Profile | undefined {
  if (typeof value === 'string') return BASES[value];
  if (!isObject(value) || typeof value['extends'] !== 'string') return undefined;
  const base = BASES[value['extends']];
  if (base === undefined) return undefined;
  return defineProfile({ ...(value as unknown as ProfileSpec), extends: base });
}

function compareFinding(
  expectedValue: unknown,
  actual: Finding,
  at: string,
  diff: (path: string, expected: unknown, actual: unknown) => ConformanceDifference,
): ConformanceDifference[] {
  const e = isObject(expectedValue) ? expectedValue : {};
  const out: ConformanceDifference[] = [];
  const same = (key: string, want: unknown, got: unknown) => {
    if (!equal(want, got)) out.push(diff(`${at}.${key}`, want, got));
  };
  same('rule', e['rule'], actual.rule);
  same('subject', e['subject'], actual.subject);
  same('item', e['item'], actual.item);
  same('outcome', e['outcome'], actual.outcome);
  same('code', e['code'], actual.code);
  if (out.length > 0) return out; // a different finding: its values would only add noise
  if (e['severity'] !== undefined) same('severity', e['severity'], actual.severity);
  if (e['values'] !== undefined) {
    const values = isObject(e['values']) ? e['values'] : {};
    for (const [key, want] of Object.entries(values)) same(`values.${key}`, want, actual.values?.[key]);
  }
  if ('expected' in e) same('expected', e['expected'], actual.expected);
  if ('actual' in e) same('actual', e['actual'], actual.actual);
  if (e['restsOnAssumption'] !== undefined) same('restsOnAssumption', e['restsOnAssumption'], actual.restsOnAssumption);
  if (Array.isArray(e['assumptions'])) same('assumptions', [...(e['assumptions'] as unknown[])].sort(), [...actual.assumptions].sort());
  return out;
}

/** Deep equality of JSON values; numbers equal within a relative 1e-9; an absent key equals `undefined`. */
function equal(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return a === b;
}
