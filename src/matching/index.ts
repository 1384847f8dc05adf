/**
 * `community-standards/matching` — 供需对接: residents' needs matched to the organisations and volunteers able to
 * serve them, optimally (priority groups first, then most needs met, then least distance), with each open need's
 * reason and each provider's spare capacity. Runs anywhere (no Node built-ins, no I/O).
 *
 * @packageDocumentation
 */
export { matchNeeds, type MatchNeedsOptions } from './match-needs.js';
export type { NeedsMatching, NeedAssignment, UnmetNeed, ProviderLoad, ProviderRef, TierSummary } from './types.js';
export { unmetMessages, type UnmetCode, type UnmetValues } from './messages.js';
export type { ProviderKind } from './records.js';
