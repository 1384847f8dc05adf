/**
 * `community-standards/ledgers` — Ledgers (台账, spec §3.7): the standard catalogue and the simplify / merge / abolish advice.
 *
 * @packageDocumentation
 */
export { ledgerCatalogueDefault, type LedgerCategory } from './catalogue.js';
export { fieldOverlap, type FieldOverlap } from './field-overlap.js';
export type { LedgerAction, LedgerAdviceData, LedgerMergePartner } from './advise.js';
export { rationalizeLedgers, type LedgerAdvice, type LedgerRationalization } from './rationalize.js';
