/**
 * The progress bar: records read, records per second and the share of the file's bytes read, drawn on standard
 * error — only on a terminal, and never under `CI`.
 *
 * @module
 */
import { type Locale, resolveLocale, type LocaleOptions } from '../locale.js';
import { optionBag } from '../options.js';
import { cliMessages } from './messages.js';
import type { CliIo } from './io.js';

/** What the bar shows. */
export interface ProgressState {
  /** Records read so far. */
  readonly records: number;
  /** Bytes read so far. */
  readonly bytes: number;
  /** The file's size, when known. */
  readonly totalBytes: number | undefined;
  /** Milliseconds since reading began. */
  readonly elapsedMs: number;
}

const BAR_CELLS = 20;
/** Redraw at most this often (ms). */
const REDRAW_MS = 100;

const grouped = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Draws one line of the bar: percentage and bar (when the size is known), records, and records per second.
 *
 * @param state - records, bytes, size and time
 * @param options - `locale`: the locale of the words (default `zh-CN`)
 * @throws {@link index!InvalidOptionError} for options that are not an object, or an unknown locale
 * @returns the line, without a line break
 * @example
 * ```ts
 * renderProgress({ records: 250_000, bytes: 50, totalBytes: 200, elapsedMs: 5000 }, { locale: 'en' });
 * //=> ' 25% [█████░░░░░░░░░░░░░░░] 250,000 records · 50,000 records/s'
 * ```
 */
export function renderProgress(state: ProgressState, options: LocaleOptions = {}): string {
  const locale = resolveLocale(optionBag(options).locale);
  const m = cliMessages[locale].progress;
  const rate = state.elapsedMs > 0 ? (state.records * 1000) / state.elapsedMs : 0;
  const counts = `${m.records(grouped(state.records))} · ${m.perSecond(grouped(rate))}`;
  if (state.totalBytes === undefined || state.totalBytes <= 0) return counts;
  const fraction = Math.min(1, state.bytes / state.totalBytes);
  const filled = Math.floor(fraction * BAR_CELLS);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${percent} [${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}] ${counts}`;
}

/** A progress bar for one file at a time. */
export interface Progress {
  /** A file begins. */
  start(totalBytes: number | undefined): void;
  /** Records and bytes read so far in the file (cheap to call for every record). */
  tick(records: number, bytes: number): void;
  /** The file is done: the bar is erased. */
  end(): void;
}

/**
 * Whether the bar is drawn: `stderr` is a terminal and `CI` is unset (or `0` / `false`).
 *
 * @param io - the surroundings
 * @returns whether to draw
 * @example
 * ```ts
 * progressEnabled({ ...io, stderr: { write() {}, isTTY: true }, env: { CI: 'true' } }); //=> false
 * ```
 */
export function progressEnabled(io: Pick<CliIo, 'stderr' | 'env'>): boolean {
  const ci = io.env['CI'];
  return io.stderr.isTTY === true && (ci === undefined || ci === '' || ci === '0' || ci.toLowerCase() === 'false');
}

/**
 * Creates the progress bar, or one that draws nothing when `enabled` is false. It redraws in place
 * (`\r` + line + erase to end of line) at most every 100 ms, and erases itself at the end of each file.
 *
 * @param io - the surroundings (`stderr`, the clock)
 * @param enabled - whether to draw (see {@link progressEnabled})
 * @param locale - the locale of the words
 * @returns the bar
 * @example
 * ```ts
 * const bar = createProgress(io, progressEnabled(io), 'en');
 * bar.start(size); for (...) bar.tick(records, bytes); bar.end();
 * ```
 */
export function createProgress(io: Pick<CliIo, 'stderr' | 'now'>, enabled: boolean, locale: Locale): Progress {
  if (!enabled) return { start() {}, tick() {}, end() {} };
  let started = 0;
  let lastDraw = 0;
  let total: number | undefined;
  let drawn = false;
  return {
    start(totalBytes) {
      total = totalBytes;
      started = io.now();
      lastDraw = started;
    },
    tick(records, bytes) {
      if ((records & 255) !== 0) return;
      const now = io.now();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      drawn = true;
      io.stderr.write(`\r${renderProgress({ records, bytes, totalBytes: total, elapsedMs: now - started }, { locale })}\x1b[K`);
    },
    end() {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
