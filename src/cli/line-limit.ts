/**
 * A cap on the length of a line of input: a single line of hundreds of megabytes (a file that is not really
 * NDJSON or CSV, or an attack) would otherwise be held in memory whole, and end the run with an out-of-memory
 * error or a string too long for JavaScript.
 *
 * @module
 */

/**
 * The longest line the CLI reads, in characters (UTF-16 code units): 8 Mi (8,388,608), far beyond any record.
 * A longer line is left out (reported as `line_too_long`); a CSV cell cannot be longer than its line.
 *
 * @example
 * ```ts
 * MAX_LINE_CHARS; //=> 8388608
 * ```
 */
export const MAX_LINE_CHARS = 8 * 2 ** 20;

/**
 * Passes text through, whole lines at a time, with every line longer than `max` characters emptied — its line
 * break is kept, so that later line numbers stay right — and its line number (from 1) and length reported to
 * `onLong` when its end is read. Never holds more than `max` characters of a line.
 *
 * @param text - the text, chunk by chunk
 * @param onLong - called with each over-long line's number and length, as soon as its end is read
 * @param max - the cap (default {@link MAX_LINE_CHARS})
 * @returns the text, over-long lines emptied
 * @example
 * ```ts
 * for await (const chunk of capLines(source.text, (line) => console.log(`line ${line} is too long`))) parse(chunk);
 * ```
 */
export async function* capLines(
  text: AsyncIterable<string>,
  onLong: (line: number, length: number) => void,
  max: number = MAX_LINE_CHARS,
): AsyncGenerator<string> {
  let line = 1;
  let pending = ''; // the current line so far, while it is within the cap
  let length = 0; // its length, also once it is dropped
  let dropping = false;
  for await (const chunk of text) {
    let out = '';
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      const end = nl === -1 ? chunk.length : nl;
      length += end - start;
      if (!dropping && length > max) {
        dropping = true;
        pending = '';
      }
      if (!dropping) pending += chunk.slice(start, end);
      if (nl === -1) break;
      if (dropping) onLong(line, length);
      else out += pending;
      out += '\n';
      line++;
      pending = '';
      length = 0;
      dropping = false;
      start = nl + 1;
    }
    if (out !== '') yield out;
  }
  if (dropping) onLong(line, length);
  else if (pending !== '') yield pending;
}
