/**
 * `community-standards/scale` — checking a country's records: group a grouped NDJSON input by community in
 * bounded memory ({@link groupLines}), check any set of groups on its own ({@link checkShard}), and merge the
 * shards' summaries into the summary of one run ({@link mergeSummaries}). No Node built-ins: the same code runs as
 * worker threads of the CLI or as tasks of any batch engine (docs/scale.md).
 *
 * @module
 */
export { groupLines, createLineGrouper, type LineGroup, type LineGrouper, type GroupLinesOptions } from './group-lines.js';
export { checkShard, type ShardSummary, type ShardInput, type CheckShardOptions, type ShardProblem, type LineProblemCode, type LocatedFinding } from './check-shard.js';
export { mergeSummaries, createSummaryMerger, type MergedSummary, type SummaryMerger, type InexactReason } from './merge.js';
export type { FindingCounts, ReasonCount } from './counts.js';
