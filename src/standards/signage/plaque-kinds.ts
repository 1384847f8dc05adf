/**
 * The plaques a community may hang (spec §3.8), and classifying a plaque's name by the ending of its normalised
 * name. Shared by the `signage.four-plaques` rule and by `decideAccess` (a plaque outside the four is refused).
 *
 * @module
 */
import { ProfileDefinitionError } from '../../errors.js';
import type { ResolvedParameter } from '../../profiles/types.js';

/** Reads a parameter in force (e.g. a rule context's `param`). */
export type ParamReader = (id: string) => ResolvedParameter;

/** A kind of plaque a community may hang: its id, its name, and the endings that make a plaque's name that kind. */
export interface AllowedPlaque {
  /** Id (the name itself when the profile lists plain names). */
  readonly id: string;
  /** Name, e.g. `社区居委会`. */
  readonly name: string;
  /** Endings of a plaque's name that make it this kind, e.g. `居委会`, `居民委员会`. */
  readonly suffixes: readonly string[];
}

/** Spaces of every kind, zero-width characters and quotation marks: ignored when plaque names are compared. */
const IGNORED = /[\s\u200B-\u200D\u2060\uFEFF"'“”‘’「」『』]/gu;

/**
 * Normalises a plaque's name as the signage rule does: NFKC (full-width → half-width), then spaces, invisible
 * characters and quotation marks dropped.
 *
 * @param name - the name
 * @returns the normalised name
 * @example
 * ```ts
 * normalizePlaqueName('“江苏社区” 标志'); //=> '江苏社区标志'
 * ```
 */
export function normalizePlaqueName(name: string): string {
  // Most names are CJK unified ideographs only (U+4E00–U+9FFF): NFKC leaves them as they are (the compatibility
  // ideographs are elsewhere, U+F900–U+FAFF) and none is ignored, so the name is already normal.
  if (CJK_ONLY.test(name)) return name;
  return name.normalize('NFKC').replace(IGNORED, '');
}

const CJK_ONLY = /^[\u4E00-\u9FFF]*$/u;

/**
 * Reads a list of plaque kinds (`signage.allowedPlaques`, `signage.mark`): entries `{ id, name, suffixes }`, or
 * plain names, each its own only ending.
 *
 * @param param - the parameter reader
 * @param id - the parameter id
 * @returns the kinds
 * @throws {@link ProfileDefinitionError} when the value is neither shape
 * @example
 * ```ts
 * readPlaqueKinds((id) => parameter(kunshan, id, '2013-06-30'), 'signage.allowedPlaques')[1]?.name; //=> '社区居委会'
 * ```
 */
export function readPlaqueKinds(param: ParamReader, id: string): readonly AllowedPlaque[] {
  return plaqueKindsOf(id, param(id).value);
}

/**
 * Reads the value of a plaque-kinds parameter, as {@link readPlaqueKinds} does, from the value itself.
 *
 * @param id - the parameter id (for the error)
 * @param value - its value
 * @returns the kinds
 * @throws {@link ProfileDefinitionError} when the value is neither shape
 * @example
 * ```ts
 * plaqueKindsOf('signage.mark', ['江苏社区']); //=> [{ id: '江苏社区', name: '江苏社区', suffixes: ['江苏社区'] }]
 * ```
 */
export function plaqueKindsOf(id: string, value: unknown): readonly AllowedPlaque[] {
  const bad = (): never => {
    throw new ProfileDefinitionError(`Parameter "${id}" must hold plaque names or { id, name, suffixes } entries.`, { id });
  };
  if (!Array.isArray(value)) bad();
  return (value as unknown[]).map((entry): AllowedPlaque => {
    if (typeof entry === 'string' && normalizePlaqueName(entry) !== '') return { id: entry, name: entry, suffixes: [entry] };
    const e = entry as { id?: unknown; name?: unknown; suffixes?: unknown } | null;
    if (e === null || typeof e !== 'object' || typeof e.id !== 'string' || typeof e.name !== 'string') return bad();
    if (!Array.isArray(e.suffixes) || !e.suffixes.every((s) => typeof s === 'string' && normalizePlaqueName(s) !== '')) return bad();
    return { id: e.id, name: e.name, suffixes: e.suffixes as string[] };
  });
}

/**
 * Finds the kind of a plaque: the kind with the longest ending that ends the plaque's normalised name. So
 * `里厍社区居民委员会` is the residents' committee, and `社区警务室` is none of them.
 *
 * @param name - the plaque's name (or the title of a request to hang it)
 * @param kinds - the allowed plaques and marks
 * @returns the kind, or `undefined` when it is outside them
 * @example
 * ```ts
 * allowedPlaqueOf('里厍社区 居委会', kinds)?.id; //=> 'committee'
 * allowedPlaqueOf('社区警务室', kinds); //=> undefined
 * ```
 */
export function allowedPlaqueOf(name: string, kinds: readonly AllowedPlaque[]): AllowedPlaque | undefined {
  return plaqueMatcher(kinds)(name);
}

/**
 * A function that finds the kind of a plaque, as {@link allowedPlaqueOf} does, with the kinds' endings normalised
 * once: for checking many plaques against the same kinds (a rule, once per run).
 *
 * @param kinds - the allowed plaques and marks
 * @returns the finder: a plaque's name in, its kind (or `undefined`) out
 * @example
 * ```ts
 * const kindOf = plaqueMatcher(kinds);
 * kindOf('里厍社区居民委员会')?.id; //=> 'committee'
 * ```
 */
export function plaqueMatcher(kinds: readonly AllowedPlaque[]): (name: string) => AllowedPlaque | undefined {
  const endings = kinds.flatMap((kind) => kind.suffixes.map((suffix) => ({ kind, ending: normalizePlaqueName(suffix) })).filter((e) => e.ending !== ''));
  return (name) => {
    const text = normalizePlaqueName(name);
    let best: { kind: AllowedPlaque; length: number } | undefined;
    for (const { kind, ending } of endings) {
      if (text.endsWith(ending) && (best === undefined || ending.length > best.length)) best = { kind, length: ending.length };
    }
    return best?.kind;
  };
}
