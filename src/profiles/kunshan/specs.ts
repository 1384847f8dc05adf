import type { ParameterDefinition } from '../types.js';

/** Parameter definitions keyed by id (the id itself is filled in by `defineProfile`). */
export type ParameterSpecs = Readonly<Record<string, Omit<ParameterDefinition, 'id'>>>;
