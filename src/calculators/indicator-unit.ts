/**
 * What a counted city indicator counts (a module of its own, shared by the indicators and their messages).
 *
 * @module
 */
/** What a counted indicator counts. */
export type IndicatorUnit = 'households' | 'people' | 'person-times' | 'establishments' | 'dwellings' | 'square-metres';
