export * from './types.js';
export type { ModelTemplateValue, ParameterId, ParameterTypes, ParameterValueOf } from './parameter-types.js';
export { parameter, findParameter, parameterIds } from './parameter.js';
export { diffProfiles, diffDates, type ParameterDifference } from './diff.js';
export { defineProfile, type ParameterChange, type ProfileSpec } from './define-profile.js';
export { national } from './national.js';
export { kunshan } from './kunshan.js';
