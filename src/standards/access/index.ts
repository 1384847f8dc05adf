/**
 * `community-standards/access` — Work access (工作准入, spec §3.6): the two lists, matching requests to them, decisions and tallies.
 *
 * @packageDocumentation
 */
export * from './types.js';
export { normalizeTitle, sameTitle } from './normalize.js';
export { dutiesListDefault, assistListDefault } from './default-lists.js';
export { matchAccessLists, type AccessLists, type ListMatchResult } from './match-list.js';
export type { AccessOptions } from './context.js';
export { decideAccess } from './decide.js';
export { accessTally, type AccessCounts, type AccessTally, type DepartmentAccessCounts } from './tally.js';
export { AccessApproval } from './model.js';
