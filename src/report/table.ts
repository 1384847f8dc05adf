/**
 * Plain-text tables for terminals, aligned by display width (a Chinese character takes two columns).
 *
 * @module
 */
import { stringWidth } from './vendor.js';
import { escapeControlCharacters } from '../control-characters.js';

/** Column alignment. */
export type Align = 'left' | 'right' | 'center';

/**
 * Pads text to a display width.
 *
 * @param text - the text
 * @param width - the display width to reach
 * @param align - where the text goes
 * @returns the padded text
 * @example
 * ```ts
 * padDisplay('社区', 6); //=> '社区  '
 * ```
 */
export function padDisplay(text: string, width: number, align: Align = 'left'): string {
  const gap = Math.max(0, width - stringWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(Math.ceil(gap / 2));
  return text + ' '.repeat(gap);
}

/**
 * Renders rows as a table with a header and a rule under it, columns separated by two spaces. Control characters
 * in a cell (line breaks, escape sequences, bidirectional overrides) are written as `\u001B` escapes, so that a
 * cell is one visible line.
 *
 * @param header - the column headings
 * @param rows - the cells, row by row
 * @param align - alignment per column (default left)
 * @returns the table as lines of text
 * @example
 * ```ts
 * renderTable(['规则', 'n'], [['hall.min-items', '3']], ['left', 'right']).join('\n');
 * //=> '规则            n\n--------------  -\nhall.min-items  3'
 * ```
 */
export function renderTable(header: readonly string[], data: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  const rows = data.map((r) => r.map((c) => escapeControlCharacters(c)));
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ''))));
  // A column with nothing in it, not even a heading, takes no room (no double gap, no rule under nothing).
  const shown = widths.map((w) => w > 0);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => padDisplay(c, widths[i] ?? 0, align[i] ?? 'left'))
      .filter((_, i) => shown[i] ?? true)
      .join('  ')
      .trimEnd();
  return [line(header), widths.filter((w) => w > 0).map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}
