/**
 * The fast path of validation: the validators compiled ahead of time from the shipped JSON Schemas
 * (src/validation/compiled.ts) plus the models' cross-field refinements (src/validation/refinements.ts). It
 * accepts exactly the records zod accepts (test/validation/fast-path-parity.test.ts) and explains nothing: a
 * record it does not accept goes to zod, which says why.
 *
 * When it accepts, the value is the input itself. The models have no transforms, defaults or stripping, so zod's
 * output equals its input for a valid record (the same test checks it kind by kind): only the key order (zod's is
 * the model's) and identity differ. Objects and arrays that are not plain (a class instance, an object whose
 * prototype is not `Object.prototype`, an Array subclass) are never accepted here: zod copies them into plain ones.
 *
 * @module
 */
import type { RecordKind } from '../models/kinds.js';
import { compiledValidators } from './compiled.js';
import { datasetRefinementsHold, refinementsHold } from './refinements.js';

/**
 * Whether the compiled validator of a kind and the model's refinements accept a record. Never throws: an input
 * that cannot be read (a getter that throws, a revoked proxy) is not accepted, and goes to zod.
 *
 * @param kind - the record kind
 * @param input - the untrusted record
 * @returns `true` only when zod would accept it and give it back unchanged
 * @example
 * ```ts
 * fastAcceptsRecord('plaque', { id: 'p', communityId: 'c', name: '社区居委会' }); //=> true
 * fastAcceptsRecord('plaque', { id: 'p', communityId: 'c' }); //=> false (zod explains)
 * ```
 */
export function fastAcceptsRecord(kind: RecordKind, input: unknown): boolean {
  try {
    return compiledValidators[kind](input) && refinementsHold(kind, input);
  } catch {
    return false;
  }
}

/**
 * Whether the compiled dataset validator (the shape, `meta`, every record) and the refinements accept a dataset.
 * The cross-record checks (unique ids, references) are not its business.
 *
 * @param input - the untrusted dataset
 * @returns `true` only when zod's `Dataset` would accept it and give it back unchanged
 * @example
 * ```ts
 * fastAcceptsDataset({ communities: [yanwu] }); //=> true
 * fastAcceptsDataset({ communities: [{ ...yanwu, extra: 1 }] }); //=> false
 * ```
 */
export function fastAcceptsDataset(input: unknown): boolean {
  try {
    return compiledValidators.dataset(input) && datasetRefinementsHold(input as Record<string, unknown>);
  } catch {
    return false;
  }
}
