import type { ParameterId, ParameterTypes } from '../parameter-types.js';
import type { ParameterDefinition } from '../types.js';

/**
 * Built-in parameter definitions keyed by id (the id itself is filled in by `defineProfile`), each typed by its
 * entry in `ParameterTypes`: a value or a schema of another type does not compile.
 */
export type ParameterSpecs = { readonly [Id in ParameterId]?: Omit<ParameterDefinition<ParameterTypes[Id]>, 'id'> };
