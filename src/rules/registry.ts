/**
 * The registry of every rule, in the order reports list them.
 *
 * @module
 */
import type { Rule } from '../engine/types.js';
import { hallMinItems, hallModes, hallOneStop, hallStaggeredHours } from './hall.js';

/**
 * Every rule the library ships, in report order. The documentation site and the CLI render it.
 *
 * @example
 * ```ts
 * rules.map((r) => r.id).includes('hall.min-items'); //=> true
 * ```
 */
export const rules: readonly Rule[] = Object.freeze([hallOneStop, hallMinItems, hallModes, hallStaggeredHours] as Rule[]);
