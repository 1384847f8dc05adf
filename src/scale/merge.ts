/**
 * Merging shard summaries into the summary of one run.
 *
 * @module
 */
import type { Report } from '../engine/types.js';
import { recordKinds, type RecordKind } from '../models/kinds.js';
import type { ShardSummary } from './check-shard.js';
import { addCounts, emptyCounts, toSummary } from './counts.js';
import { createIdIndex } from './id-index.js';
import { listArgument, objectArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';

/** Why a merged summary may differ from one run's. */
export interface InexactReason {
  /**
   * `not-grouped`: a reference of a group resolves in another group (the input was not grouped as the format
   * says); `duplicate-across-groups`: an id repeats in two groups (one run drops the later record, a shard checked
   * it); `shared-part`: no shard, or more than one, checked the shared part.
   */
  readonly code: 'not-grouped' | 'duplicate-across-groups' | 'shared-part';
  /** The kind and id concerned. */
  readonly kind?: string;
  readonly id?: string;
}

/** The summary of a run made of shards. */
export interface MergedSummary {
  /** The date checked. */
  readonly asOf: string;
  /** The profile id. */
  readonly profile: string;
  /** The locale tag. */
  readonly locale: string;
  /** The rules run. */
  readonly rules: readonly string[];
  /** The report's summary: identical to `check(wholeDataset).summary` when `exact`. */
  readonly summary: Report['summary'];
  /** Validation issues by code, ids repeated across shards included (as one run counts them). */
  readonly issues: Readonly<Record<string, number>>;
  /** Lines that are not records, by code. */
  readonly lineProblems: Readonly<Record<string, number>>;
  /** Shards, groups, communities, lines and records. */
  readonly shards: number;
  readonly groups: number;
  readonly communities: number;
  readonly lines: number;
  readonly records: number;
  /** Ids kept for uniqueness, and the bytes they take. */
  readonly ids: { readonly count: number; readonly bytes: number };
  /** Whether the merged summary is the one run's (no reason below). */
  readonly exact: boolean;
  /** Why not, the first 20 reasons. */
  readonly inexact: readonly InexactReason[];
}

/** A merge fed one shard summary at a time (memory: the counts, and the ids — see docs/scale.md). */
export interface SummaryMerger {
  /** Adds a shard's summary (in input order, for the order of reasons); throws InvalidOptionError for anything else. */
  add(summary: ShardSummary): void;
  /** The merged summary of the shards added. */
  result(): MergedSummary;
}

/**
 * Creates a merge that takes shard summaries one at a time, in input order: counts add up, ids go into one
 * exact index (a repeat is a `duplicate_id` issue, as one run counts it), and references no group resolved are
 * looked up among every shard's ids at the end — found means the input was not grouped, and the merge says it
 * is not exact.
 *
 * @returns the merge
 * @example
 * ```ts
 * const merger = createSummaryMerger();
 * for (const summary of shardSummaries) merger.add(summary);
 * merger.result().summary.total; //=> as one run's
 * ```
 */
export function createSummaryMerger(): SummaryMerger {
  const counts = emptyCounts();
  const issues: Record<string, number> = {};
  const lineProblems: Record<string, number> = {};
  const index = createIdIndex();
  const kindNumber = new Map<string, number>(recordKinds.map((k, i) => [k, i]));
  const unresolved: { kind: string; id: string }[] = [];
  const inexact: InexactReason[] = [];
  let inexactCount = 0;
  const flag = (reason: InexactReason) => {
    inexactCount++;
    if (inexact.length < 20) inexact.push(reason);
  };
  let head: Pick<ShardSummary, 'asOf' | 'profile' | 'locale' | 'rules'> | undefined;
  let shards = 0;
  let sharedChecks = 0;
  let groups = 0;
  let communities = 0;
  let lines = 0;
  let records = 0;
  const addAll = (into: Record<string, number>, from: Readonly<Record<string, number>>) => {
    for (const [code, n] of Object.entries(from)) into[code] = (into[code] ?? 0) + n;
  };
  return {
    add(summary) {
      objectArgument(summary, 'summary');
      if (summary.format !== 'community-standards/shard-summary' || summary.version !== 1) {
        throw new InvalidOptionError('summary', 'expected a shard summary (checkShard’s, format community-standards/shard-summary, version 1)', summary.format);
      }
      shards++;
      if (summary.shared) sharedChecks++;
      if (head === undefined || (head.rules.length === 0 && summary.rules.length > 0)) head = summary;
      groups += summary.groups;
      communities += summary.communities;
      lines += summary.lines;
      records += summary.records;
      addCounts(counts, summary.counts);
      addAll(issues, summary.issues);
      addAll(lineProblems, summary.lineProblems);
      for (const [kind, list] of Object.entries(summary.ids) as [RecordKind, readonly string[]][]) {
        const k = kindNumber.get(kind) ?? 255;
        for (const id of list) {
          if (index.add(k, id)) continue;
          issues['duplicate_id'] = (issues['duplicate_id'] ?? 0) + 1;
          flag({ code: 'duplicate-across-groups', kind, id });
        }
      }
      for (const ref of summary.unresolved) unresolved.push(ref);
    },
    result() {
      const reasons = [...inexact];
      for (const ref of unresolved) {
        if (index.has(kindNumber.get(ref.kind) ?? 255, ref.id)) {
          inexactCount++;
          if (reasons.length < 20) reasons.push({ code: 'not-grouped', kind: ref.kind, id: ref.id });
        }
      }
      if (sharedChecks !== 1) {
        inexactCount++;
        if (reasons.length < 20) reasons.push({ code: 'shared-part' });
      }
      const rules = head?.rules ?? [];
      return {
        asOf: head?.asOf ?? '',
        profile: head?.profile ?? '',
        locale: head?.locale ?? '',
        rules,
        summary: toSummary(counts, rules),
        issues: { ...issues },
        lineProblems: { ...lineProblems },
        shards,
        groups,
        communities,
        lines,
        records,
        ids: { count: index.size, bytes: index.bytes },
        exact: inexactCount === 0,
        inexact: reasons,
      };
    },
  };
}

/**
 * Merges shard summaries (in input order) into the summary of one run: with `exact`, `summary` is the
 * `check(wholeDataset).summary` and `issues` counts the same validation issues by code (a property test proves
 * it over generated datasets split every which way).
 *
 * @param summaries - the shards' summaries, exactly one of them with the shared part
 * @returns the merged summary
 * @throws {@link index!InvalidOptionError} when `summaries` is not a list of shard summaries
 * @example
 * ```ts
 * const merged = mergeSummaries([a.summary, b.summary]);
 * merged.exact; //=> true
 * merged.summary.bySeverity; //=> as check(whole).summary.bySeverity
 * ```
 */
export function mergeSummaries(summaries: readonly ShardSummary[]): MergedSummary {
  listArgument(summaries, 'summaries', 'object');
  const merger = createSummaryMerger();
  for (const summary of summaries) merger.add(summary);
  return merger.result();
}
