/**
 * `community-standards/matching` — 供需对接: residents' needs matched to the organisations and volunteers able to
 * serve them, optimally (priority groups first, then most needs met, then least distance), with each open need's
 * reason and each provider's spare capacity. Runs anywhere (no Node built-ins, no I/O).
 *
 * @packageDocumentation
 */
export {
  matchNeeds,
  type MatchNeedsOptions,
  type NeedsMatching,
  type NeedAssignment,
  type UnmetNeed,
  type ProviderLoad,
  type ProviderRef,
  type TierSummary,
} from './match-needs.js';
export { unmetMessages, type UnmetCode, type UnmetValues } from './messages.js';
export type { ProviderKind } from './read.js';
