/**
 * Cheap scans of NDJSON lines, without parsing them: is this a community line, what is its id, which communities
 * does a line name. They may be wrong only in the safe direction (see each function); a worker parses every line
 * once and checks for sure.
 *
 * @module
 */

const COMMUNITY_TAG = '"$kind":"community"';
const ID_KEY = '"id":"';
const COMMUNITY_REF = '"communityId';

/**
 * Whether a line looks like a `community` record: it holds the text `"$kind":"community"`. Inside a JSON string
 * every quote is escaped, so the text can only be a key and its value (of the record, or of an object nested in
 * it, which the record's model rejects). A community line written otherwise (`"$kind": "community"`) is not
 * seen: its segment then joins the one before, which is always safe.
 *
 * @param line - one NDJSON line
 * @returns whether it starts a community's segment
 * @example
 * ```ts
 * isCommunityLine('{"$kind":"community","id":"c1"}'); //=> true
 * isCommunityLine('{"$kind":"plaque","id":"p1","communityId":"c1"}'); //=> false
 * ```
 */
export function isCommunityLine(line: string): boolean {
  return line.includes(COMMUNITY_TAG);
}

/** The JSON string that starts at `from` (just after its opening quote), or `undefined` if it cannot be read. */
function readString(line: string, from: number): string | undefined {
  let end = line.indexOf('"', from);
  let escaped = false;
  while (end !== -1) {
    // The quote ends the string unless an odd run of backslashes precedes it.
    let slashes = 0;
    for (let i = end - 1; i >= from && line.charCodeAt(i) === 92; i--) slashes++;
    if (slashes % 2 === 0) break;
    escaped = true;
    end = line.indexOf('"', end + 1);
  }
  if (end === -1) return undefined;
  if (!escaped && line.indexOf('\\', from) === -1) return line.slice(from, end);
  try {
    return JSON.parse(line.slice(from - 1, end + 1)) as string;
  } catch {
    return undefined;
  }
}

/**
 * The value of the first `"id":"…"` of a line: the record's id when its `id` comes before any nested object with
 * an `id` of its own (true of every community record: its nested objects have no `id`). A wrong answer only
 * hides a link between segments, which the worker's check finds.
 *
 * @param line - one NDJSON line
 * @returns the id, or `undefined`
 * @example
 * ```ts
 * lineId('{"$kind":"community","id":"c1","name":"东河社区"}'); //=> 'c1'
 * ```
 */
export function lineId(line: string): string | undefined {
  const at = line.indexOf(ID_KEY);
  return at === -1 ? undefined : readString(line, at + ID_KEY.length);
}

/**
 * The community ids a line names in `"communityId":"…"` and `"communityIds":[…]` (written without spaces, as
 * `JSON.stringify` and every generator here write them). An unreadable list is skipped: a missed link is found by
 * the worker's check, never silently kept.
 *
 * @param line - one NDJSON line
 * @returns the ids named, possibly repeated
 * @example
 * ```ts
 * communityRefs('{"$kind":"serviceCenter","id":"sc2","communityIds":["c2","c1"]}'); //=> ['c2', 'c1']
 * communityRefs('{"$kind":"plaque","id":"p1","communityId":"c1"}'); //=> ['c1']
 * ```
 */
export function communityRefs(line: string): string[] {
  const out: string[] = [];
  let at = line.indexOf(COMMUNITY_REF);
  while (at !== -1) {
    const after = at + COMMUNITY_REF.length;
    if (line.startsWith('":"', after)) {
      const id = readString(line, after + 3);
      if (id !== undefined) out.push(id);
    } else if (line.startsWith('s":[', after)) {
      const close = line.indexOf(']', after + 4);
      if (close !== -1) {
        try {
          const ids: unknown = JSON.parse(line.slice(after + 3, close + 1));
          if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') out.push(id);
        } catch {
          // a `]` inside an id: left to the worker
        }
      }
    }
    at = line.indexOf(COMMUNITY_REF, after);
  }
  return out;
}
