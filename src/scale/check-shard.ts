/**
 * Checking a shard — any set of groups of a grouped NDJSON input — on its own, into a summary that merges.
 *
 * @module
 */
import { NDJSON_KIND_KEY, NDJSON_META } from '../datasets/ndjson.js';
import type { Finding, Rule } from '../engine/types.js';
import { resolveLocaleOption, ruleReasons, type AnyLocale } from '../engine/host-locale.js';
import { datasetKeys, recordKinds, type RecordKind } from '../models/kinds.js';
import { optionBag } from '../options.js';
import { functionArgument, listArgument, objectArgument } from '../arguments.js';
import { InvalidOptionError } from '../errors.js';
import type { Profile, ResolvedParameter } from '../profiles/types.js';
import { check } from '../standards/check.js';
import { rules as registry } from '../standards/index.js';
import { formatPath, type PathSegment, type ValidationIssue } from '../validation/issue.js';
import { isRecordKind } from '../validation/validate-record.js';
import { addFinding, emptyCounts, type FindingCounts } from './counts.js';
import type { LineGroup } from './group-lines.js';

/** The codes of the problems of a line that is not a record (the CLI's codes for the same problems). */
export type LineProblemCode = 'malformed_line' | 'not_an_object' | 'missing_kind' | 'unknown_kind' | 'duplicate_meta';

/** A problem of the input, at a line: a line that is not a record, or a validation issue of a record. */
export type ShardProblem =
  | { readonly type: 'line'; readonly code: LineProblemCode; readonly line: number; readonly params: Readonly<Record<string, unknown>> }
  | {
      readonly type: 'issue';
      /** The issue, its path from the record's root. */
      readonly issue: ValidationIssue;
      /** The line of the record (absent for an issue of the dataset's `meta`). */
      readonly line?: number;
      /** The record's kind and id. */
      readonly kind?: RecordKind;
      readonly id?: string;
      /** For `duplicate_id`: the line of the record kept (the first of the id). */
      readonly firstLine?: number;
    };

/** A finding and where its subject is: enough to order findings as one run would. */
export interface LocatedFinding {
  /** The finding. */
  readonly finding: Finding;
  /** The line of its subject. */
  readonly line: number;
  /** Its rule's place in the run's rules. */
  readonly ruleIndex: number;
  /** Its place among the findings of its rule and subject. */
  readonly seq: number;
}

/** What {@link checkShard} returns, and {@link mergeSummaries} merges: JSON, and compact. */
export interface ShardSummary {
  /** Format tag. */
  readonly format: 'community-standards/shard-summary';
  /** Format version. */
  readonly version: 1;
  /** The date checked (empty when nothing was checked). */
  readonly asOf: string;
  /** The profile id. */
  readonly profile: string;
  /** The locale tag. */
  readonly locale: string;
  /** The rules run, in order. */
  readonly rules: readonly string[];
  /** Whether the shard includes the check of the shared part (exactly one shard of a run must). */
  readonly shared: boolean;
  /** Groups, communities, lines and records read. */
  readonly groups: number;
  readonly communities: number;
  readonly lines: number;
  readonly records: number;
  /** The findings' counts, as a report's summary. */
  readonly counts: FindingCounts;
  /** Validation issues by code. */
  readonly issues: Readonly<Record<string, number>>;
  /** Lines that are not records, by code. */
  readonly lineProblems: Readonly<Record<string, number>>;
  /** The ids of the shard's records by kind, once each: for uniqueness across shards. */
  readonly ids: Readonly<Partial<Record<RecordKind, readonly string[]>>>;
  /** References that resolve neither in their group nor in the shared part: they must resolve nowhere. */
  readonly unresolved: readonly { readonly kind: string; readonly id: string }[];
}

/** What a shard is: the shared part's lines and some groups' lines. */
export interface ShardInput {
  /** The shared part's lines (from line 1). */
  readonly shared: readonly string[];
  /** The groups. */
  readonly groups: readonly Pick<LineGroup, 'lines' | 'firstLine' | 'communities'>[];
  /** Whether this shard also checks the shared part's own records (once per run). */
  readonly withShared?: boolean;
}

/** Options of {@link checkShard}. */
export interface CheckShardOptions {
  /** The date (default the `meta.asOf` of the shared part). */
  readonly asOf?: string;
  /** The locale of the messages. */
  readonly locale?: AnyLocale;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
  /** Whether to count findings by subject (default `true`; a country's subjects are millions of keys). */
  readonly bySubject?: boolean;
  /** Which findings go to `onFinding`: `failures` (default) or `all`. */
  readonly findings?: 'failures' | 'all';
  /** Called with the findings (see `findings`), group by group, in each group's report order. */
  readonly onFinding?: (finding: LocatedFinding) => void;
  /** How many problems to keep (all are counted; default 100). */
  readonly maxProblems?: number;
}

interface Parsed {
  meta?: unknown;
  metaText?: string;
  records: Partial<Record<RecordKind, unknown[]>>;
  lines: Partial<Record<RecordKind, number[]>>;
  count: number;
}

const TAG_START = `{"${NDJSON_KIND_KEY}":"`;

function parseLines(lines: readonly string[], firstLine: number, into: Parsed, problem: (p: ShardProblem) => void): void {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.trim() === '') continue;
    const line = firstLine + i;
    let value: unknown;
    let tagged: string | undefined;
    try {
      // `{"$kind":"plaque",…}` (as every writer here puts it): the tag read from the text and the rest parsed, so
      // that no object loses its shape to a \`delete\`; any other line is parsed whole.
      const end = text.startsWith(TAG_START) ? text.indexOf('"', TAG_START.length) : -1;
      const simple = end !== -1 && text.charCodeAt(end + 1) === 44 && text.charCodeAt(end + 2) === 34 && text.lastIndexOf('\\', end) < TAG_START.length;
      if (simple) {
        tagged = text.slice(TAG_START.length, end);
        try {
          value = JSON.parse(`{${text.slice(end + 2)}`);
        } catch {
          value = JSON.parse(text); // throws, with the position in the line itself
        }
      } else value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      problem({ type: 'line', code: 'malformed_line', line, params: { detail: message.length > 120 ? `${message.slice(0, 117)}…` : message } });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem({ type: 'line', code: 'not_an_object', line, params: { received: Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value } });
      continue;
    }
    const object = value as Record<string, unknown>;
    if (tagged === undefined && !Object.prototype.hasOwnProperty.call(object, NDJSON_KIND_KEY)) {
      problem({ type: 'line', code: 'missing_kind', line, params: isRecordKind(object['kind']) ? { hint: object['kind'] } : {} });
      continue;
    }
    let tag: unknown = tagged;
    if (tagged === undefined) {
      tag = object[NDJSON_KIND_KEY];
      delete object[NDJSON_KIND_KEY];
    } else if (Object.prototype.hasOwnProperty.call(object, NDJSON_KIND_KEY)) {
      // a second `$kind`: JSON.parse of the whole line keeps the last one
      tag = object[NDJSON_KIND_KEY];
      delete object[NDJSON_KIND_KEY];
    }
    if (tag === NDJSON_META) {
      const text2 = JSON.stringify(object);
      if (into.metaText === undefined) {
        into.meta = object;
        into.metaText = text2;
      } else if (text2 !== into.metaText) problem({ type: 'line', code: 'duplicate_meta', line, params: {} });
      continue;
    }
    if (!isRecordKind(tag)) {
      problem({ type: 'line', code: 'unknown_kind', line, params: { kind: typeof tag === 'string' ? tag : JSON.stringify(tag) } });
      continue;
    }
    (into.records[tag] ??= []).push(object);
    (into.lines[tag] ??= []).push(line);
    into.count++;
  }
}

function idOf(record: unknown): string | undefined {
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

const KIND_OF_KEY: ReadonlyMap<string, RecordKind> = new Map(recordKinds.map((kind) => [datasetKeys[kind], kind]));

/**
 * Checks a shard on its own: each group with the shared part, as one dataset (`check` of the library, every rule,
 * one JSON.parse a line), and the shared part's own records once when `withShared`. Findings about a record of
 * the shared part are counted by the shard that checks the shared part only; issues likewise. The summary keeps
 * what merging needs: the counts, the issues by code, the ids (for uniqueness across shards) and the references
 * that resolve neither in their group nor in the shared part (they must resolve nowhere else, or the input was not
 * grouped: {@link mergeSummaries} says so). Findings are handed to `onFinding` as they are made.
 *
 * @param input - the shared part and the groups
 * @param options - date, locale, profile, callbacks
 * @returns the summary, the first problems of the input, and the parameters the findings name (by id, once)
 * @throws {@link index!InvalidOptionError} when the input is not lines and groups of lines, an option is malformed, or
 *   no date is given and the shared part has no `meta.asOf`
 * @example
 * ```ts
 * const { summary } = checkShard({ shared, groups, withShared: true }, { locale: 'en' });
 * summary.counts.total; //=> { pass: …, fail: …, notApplicable: … }
 * ```
 */
export function checkShard(
  input: ShardInput,
  options: CheckShardOptions = {},
): { summary: ShardSummary; problems: ShardProblem[]; parameters: Readonly<Record<string, ResolvedParameter>> } {
  options = optionBag(options);
  objectArgument(input, 'input');
  listArgument(input.shared, 'input.shared', 'string');
  listArgument(input.groups, 'input.groups', 'object');
  input.groups.forEach((group, g) => {
    listArgument(group.lines, `input.groups[${g}].lines`, 'string');
    if (!Number.isSafeInteger(group.firstLine) || group.firstLine < 1) throw new InvalidOptionError(`input.groups[${g}].firstLine`, 'expected a line number (1, 2, …)', group.firstLine);
    if (!Number.isSafeInteger(group.communities) || group.communities < 0) throw new InvalidOptionError(`input.groups[${g}].communities`, 'expected a count (0, 1, …)', group.communities);
  });
  if (options.onFinding !== undefined) functionArgument(options.onFinding, 'onFinding');
  if (options.maxProblems !== undefined && (!Number.isSafeInteger(options.maxProblems) || options.maxProblems < 0)) throw new InvalidOptionError('maxProblems', 'expected a count (0, 1, …)', options.maxProblems);
  const maxProblems = options.maxProblems ?? 100;
  const subjects = options.bySubject ?? true;
  const language = resolveLocaleOption(options.locale);
  const counts = emptyCounts();
  const issues: Record<string, number> = {};
  const lineProblems: Record<string, number> = {};
  const problems: ShardProblem[] = [];
  const ids: Partial<Record<RecordKind, string[]>> = {};
  const unresolved: { kind: string; id: string }[] = [];
  const parameters: Record<string, ResolvedParameter> = {};
  const problem = (p: ShardProblem) => {
    if (p.type === 'line') lineProblems[p.code] = (lineProblems[p.code] ?? 0) + 1;
    else issues[p.issue.code] = (issues[p.issue.code] ?? 0) + 1;
    if (problems.length < maxProblems) problems.push(p);
  };
  const byId = new Map<string, Rule>(registry.map((r) => [r.id, r]));
  const ruleIndex = new Map<string, number>(registry.map((r, i) => [r.id, i]));
  const written = (finding: Finding) => (finding.outcome === 'not-applicable' ? ruleReasons(byId.get(finding.rule) as Rule, language)?.[finding.code] : undefined);

  const shared: Parsed = { records: {}, lines: {}, count: 0 };
  parseLines(input.shared, 1, shared, input.withShared === true ? problem : () => undefined);
  const sharedKeys = new Set<string>();
  for (const kind of recordKinds) for (const record of shared.records[kind] ?? []) sharedKeys.add(`${kind}:${idOf(record) ?? ''}`);

  let asOf = '';
  let profileId = '';
  let localeTag = language.tag;
  let ruleIds: readonly string[] = [];
  let lines = input.withShared === true ? input.shared.length : 0;
  let records = input.withShared === true ? shared.count : 0;
  let communities = 0;

  const run = (group: Parsed | undefined) => {
    const dataset: Record<string, unknown> = {};
    const meta = shared.meta ?? group?.meta;
    if (meta !== undefined) dataset['meta'] = meta;
    const sharedCount: Partial<Record<RecordKind, number>> = {};
    for (const kind of recordKinds) {
      const own = shared.records[kind] ?? [];
      const theirs = group?.records[kind] ?? [];
      sharedCount[kind] = own.length;
      if (own.length + theirs.length > 0) dataset[datasetKeys[kind]] = own.length === 0 ? theirs : [...own, ...theirs];
    }
    // Findings about this part's records, counted and handed on as the rules make them (none is kept).
    const part = group ?? shared;
    let subjectLines: Map<string, number> | undefined;
    let previous = '';
    let seq = 0;
    const onFinding = (finding: Finding) => {
      const key = `${finding.subject.kind}:${finding.subject.id}`;
      if (group !== undefined && sharedKeys.has(key)) return;
      addFinding(counts, finding, written(finding), subjects);
      if (options.onFinding === undefined || (finding.outcome !== 'fail' && options.findings !== 'all')) return;
      if (subjectLines === undefined) {
        subjectLines = new Map();
        for (const kind of recordKinds) {
          const list = part.records[kind];
          list?.forEach((record, i) => {
            const name = `${kind}:${idOf(record) ?? ''}`;
            if (!subjectLines?.has(name)) subjectLines?.set(name, part.lines[kind]?.[i] ?? 0);
          });
        }
      }
      const ruleKey = `${finding.rule}\u0000${key}`;
      seq = ruleKey === previous ? seq + 1 : 0;
      previous = ruleKey;
      options.onFinding({ finding, line: subjectLines.get(key) ?? 0, ruleIndex: ruleIndex.get(finding.rule) ?? -1, seq });
    };
    const report = check(dataset, {
      ...(options.asOf !== undefined && { asOf: options.asOf }),
      ...(options.locale !== undefined && { locale: options.locale }),
      ...(options.profile !== undefined && { profile: options.profile }),
      findings: 'none',
      onFinding,
    });
    for (const [id, value] of Object.entries(report.parameters)) if (!(id in parameters)) parameters[id] = value;
    asOf = report.asOf;
    profileId = report.profile;
    localeTag = report.locale;
    ruleIds = report.rules;
    const own = (kind: RecordKind, index: number) => (group === undefined ? index < (sharedCount[kind] ?? 0) : index >= (sharedCount[kind] ?? 0));
    const lineOf = (kind: RecordKind, index: number) =>
      group === undefined ? shared.lines[kind]?.[index] : group.lines[kind]?.[index - (sharedCount[kind] ?? 0)];

    // Issues of this part's records (the shared part's are the shared check's).
    for (const issue of report.issues) {
      const [key, index, ...rest] = issue.path as PathSegment[];
      const kind = typeof key === 'string' ? KIND_OF_KEY.get(key) : undefined;
      if (kind === undefined || typeof index !== 'number') {
        if (group === undefined) problem({ type: 'issue', issue });
        continue;
      }
      if (!own(kind, index)) continue;
      const record = (dataset[key as string] as unknown[])[index];
      const id = idOf(record);
      const line = lineOf(kind, index);
      // The message names the field from the dataset's root (`plaques[2].name: …`): name it from the record's.
      const full = formatPath(issue.path);
      const message = issue.message.startsWith(full) ? formatPath(rest) + issue.message.slice(full.length) : issue.message;
      const first = issue.code === 'duplicate_id' ? /^(\w+)\[(\d+)\]/.exec(String(issue.params?.['first'] ?? '')) : null;
      const firstKind = first === null ? undefined : KIND_OF_KEY.get(first[1] ?? '');
      const firstLine = firstKind === undefined ? undefined : firstKind === kind && !own(kind, Number(first?.[2])) ? shared.lines[kind]?.[Number(first?.[2])] : lineOf(firstKind, Number(first?.[2]));
      problem({
        type: 'issue',
        issue: { ...issue, path: rest, message },
        ...(line !== undefined && { line }),
        kind,
        ...(id !== undefined && { id }),
        ...(firstLine !== undefined && { firstLine }),
      });
      if (issue.code === 'unresolved_reference') unresolved.push({ kind: String(issue.params?.['kind']), id: String(issue.params?.['id']) });
    }
    // Ids, once each (a repeat within the dataset is the issue above).
    for (const kind of recordKinds) {
      const list = part.records[kind];
      if (list === undefined) continue;
      const seen = new Set<string>();
      if (group !== undefined) for (const r of shared.records[kind] ?? []) seen.add(idOf(r) ?? '');
      const out = (ids[kind] ??= []);
      for (const record of list) {
        const id = idOf(record);
        if (id === undefined || seen.has(id)) continue;
        seen.add(id);
        out.push(id);
      }
    }
  };

  if (input.withShared === true) run(undefined);
  // The groups are self-contained, so their union is checked as one dataset: the same findings as each on its
  // own (in report order within the shard), with the work of a run (parameters, contexts) done once.
  const parsed: Parsed = { records: {}, lines: {}, count: 0 };
  if (shared.metaText !== undefined) parsed.metaText = shared.metaText;
  for (const group of input.groups) {
    parseLines(group.lines, group.firstLine, parsed, problem);
    lines += group.lines.length;
    communities += group.communities;
  }
  records += parsed.count;
  if (input.groups.length > 0) run(parsed);
  const summary: ShardSummary = {
    format: 'community-standards/shard-summary',
    version: 1,
    asOf,
    profile: profileId,
    locale: localeTag,
    rules: ruleIds,
    shared: input.withShared === true,
    groups: input.groups.length,
    communities,
    lines,
    records,
    counts,
    issues,
    lineProblems,
    ids,
    unresolved,
  };
  return { summary, problems, parameters };
}
