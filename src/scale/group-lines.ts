/**
 * Grouping the lines of a grouped NDJSON file by community, in bounded memory.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { optionBag } from '../options.js';
import { communityRefs, isCommunityLine, lineId } from './line-scan.js';

/** A run of consecutive lines of the input: the shared part, or one group of linked community segments. */
export interface LineGroup {
  /** `shared` for the lines before the first community (the `meta`, the catalogue…); `group` for the others. */
  readonly type: 'shared' | 'group';
  /** The lines, blank ones included, so that line `firstLine + i` of the input is `lines[i]`. */
  readonly lines: readonly string[];
  /** The input line number (from 1) of `lines[0]`. */
  readonly firstLine: number;
  /** How many community segments the group holds (0 for the shared part). */
  readonly communities: number;
}

/** Options of {@link groupLines}. */
export interface GroupLinesOptions {
  /**
   * How many lines may wait before the oldest group is released (default 50,000). A line that names a community
   * of a waiting group merges the groups between; a link further back than this is found by the checks (the
   * group's references do not resolve) and makes the run inexact, never silently wrong.
   */
  readonly window?: number;
}

interface Pending {
  lines: string[];
  firstLine: number;
  communities: number;
  ids: string[];
}

/** A grouper fed one line at a time (what {@link groupLines} runs on). */
export interface LineGrouper {
  /** Takes the next line of the input (without its line end). */
  push(line: string): void;
  /** Ends the input: the shared part (if not yet given) and every waiting group go out. */
  end(): void;
}

/**
 * Creates the grouper {@link groupLines} runs on, fed synchronously: each group is handed to `onGroup` once no
 * later line can join it (the shared part first). For loops that already hold lines in arrays (a file read in
 * chunks), where an async iteration a line would cost more than the grouping.
 *
 * @param onGroup - called with the shared part, then each group, in input order
 * @param options - the window
 * @returns the grouper
 * @throws {@link index!InvalidOptionError} when `window` is not a positive integer
 * @example
 * ```ts
 * const groups: LineGroup[] = [];
 * const grouper = createLineGrouper((group) => groups.push(group));
 * for (const line of lines) grouper.push(line);
 * grouper.end();
 * ```
 */
export function createLineGrouper(onGroup: (group: LineGroup) => void, options: GroupLinesOptions = {}): LineGrouper {
  options = optionBag(options);
  const window = options.window ?? 50_000;
  if (!Number.isInteger(window) || window < 1) throw new InvalidOptionError('window', 'expected a positive integer', window);
  const shared: string[] = [];
  let sharedDone = false;
  const pending: Pending[] = [];
  const where = new Map<string, Pending>();
  let waiting = 0;
  let line = 0;

  const release = (group: Pending): void => {
    for (const id of group.ids) if (where.get(id) === group) where.delete(id);
    waiting -= group.lines.length;
    onGroup({ type: 'group', lines: group.lines, firstLine: group.firstLine, communities: group.communities });
  };
  const merge = (from: number) => {
    const into = pending[from] as Pending;
    for (let k = from + 1; k < pending.length; k++) {
      const next = pending[k] as Pending;
      for (const text of next.lines) into.lines.push(text);
      for (const id of next.ids) {
        into.ids.push(id);
        where.set(id, into);
      }
      into.communities += next.communities;
    }
    pending.length = from + 1;
  };
  const endShared = () => {
    sharedDone = true;
    onGroup({ type: 'shared', lines: shared, firstLine: 1, communities: 0 });
  };

  return {
    push(text) {
      line++;
      if (isCommunityLine(text)) {
        if (!sharedDone) endShared();
        while (pending.length > 0 && waiting > window) release(pending.shift() as Pending);
        const id = lineId(text);
        const group: Pending = { lines: [text], firstLine: line, communities: 1, ids: id === undefined ? [] : [id] };
        if (id !== undefined && !where.has(id)) where.set(id, group);
        pending.push(group);
        waiting++;
        return;
      }
      if (!sharedDone) {
        shared.push(text);
        return;
      }
      const current = pending[pending.length - 1] as Pending;
      current.lines.push(text);
      waiting++;
      if (!text.includes('"communityId')) return;
      for (const id of communityRefs(text)) {
        const target = where.get(id);
        if (target === undefined || target === pending[pending.length - 1]) continue;
        const index = pending.lastIndexOf(target);
        if (index !== -1) merge(index);
      }
    },
    end() {
      if (!sharedDone) endShared();
      while (pending.length > 0) release(pending.shift() as Pending);
    },
  };
}

/**
 * Groups the lines of a grouped NDJSON input (docs/scale.md): the lines before the first `community` line come
 * first as the shared part; then each community's segment (its `community` line and the lines after it), merged
 * with the earlier segments a line of it names by `communityId`/`communityIds` — so a centre serving communities
 * i-1 and i, written in i's segment, puts both in one group — and with every segment between them, so that a
 * group is a run of consecutive lines. A group is released once more than `window` lines wait after it. Memory
 * is bounded by the window and the largest group; an input not grouped by community (records ordered by kind)
 * becomes one large group — the whole dataset, checked exactly as before. Lines are only scanned here, never
 * parsed; whoever checks a group parses each line once.
 *
 * @param lines - the input's lines, without line ends (an iterable or async iterable)
 * @param options - the window
 * @returns the shared part (always first, possibly empty), then the groups, in input order
 * @throws {@link index!InvalidOptionError} when `window` is not a positive integer
 * @example
 * ```ts
 * const lines = ['{"$kind":"meta","asOf":"2013-06-30"}', '{"$kind":"community","id":"c1"}',
 *   '{"$kind":"community","id":"c2"}', '{"$kind":"serviceCenter","id":"sc2","communityIds":["c2","c1"]}'];
 * for await (const group of groupLines(lines)) console.log(group.type, group.firstLine, group.communities);
 * // shared 1 0
 * // group 2 2
 * ```
 */
export async function* groupLines(lines: Iterable<string> | AsyncIterable<string>, options: GroupLinesOptions = {}): AsyncGenerator<LineGroup> {
  const out: LineGroup[] = [];
  const grouper = createLineGrouper((group) => out.push(group), options);
  for await (const text of lines) {
    grouper.push(text);
    if (out.length > 0) yield* out.splice(0);
  }
  grouper.end();
  yield* out.splice(0);
}
