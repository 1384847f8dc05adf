/**
 * Small inline SVG charts for the HTML report: no script, no external resource, each `<svg>` labelled for
 * screen readers and carrying its numbers in `data-` attributes.
 *
 * @module
 */
import { escapeHtml } from './html-escape.js';

/**
 * Colours of outcomes, severities and the two sides of a comparison.
 *
 * @example
 * ```ts
 * COLOURS.fail; //=> '#c62828'
 * ```
 */
export const COLOURS = {
  pass: '#2e7d32',
  fail: '#c62828',
  notApplicable: '#b0bec5',
  error: '#c62828',
  warning: '#ef6c00',
  info: '#1565c0',
  computed: '#1565c0',
  report: '#90a4ae',
} as const;

/** One bar or segment: its value, colour and tooltip. */
export interface Segment {
  /** The value (≥ 0). */
  readonly value: number;
  /** The fill colour. */
  readonly colour: string;
  /** The tooltip. */
  readonly label: string;
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/**
 * A horizontal bar split into segments in proportion to their values (e.g. pass / fail / not applicable of a
 * rule); empty when the values sum to 0.
 *
 * @param segments - the parts, in order
 * @param options - width and height in px, the accessible label, and a CSS class
 * @returns the `<svg>` element
 * @example
 * ```ts
 * stackedBar([{ value: 3, colour: 'green', label: 'pass 3' }, { value: 1, colour: 'red', label: 'fail 1' }], { width: 200, height: 14, title: 'hall.min-items' });
 * //=> '<svg class="chart …" width="200" height="14" … <rect x="0" y="0" width="150" … <rect x="150" … width="50" …'
 * ```
 */
export function stackedBar(segments: readonly Segment[], options: { width: number; height: number; title: string; className?: string }): string {
  const { width, height } = options;
  const total = segments.reduce((n, s) => n + s.value, 0);
  let x = 0;
  const rects = segments
    .filter((s) => s.value > 0 && total > 0)
    .map((s) => {
      const w = (s.value / total) * width;
      const rect = `<rect x="${f(x)}" y="0" width="${f(w)}" height="${height}" fill="${s.colour}"><title>${escapeHtml(s.label)}</title></rect>`;
      x += w;
      return rect;
    });
  const background = `<rect x="0" y="0" width="${width}" height="${height}" fill="#eceff1"/>`;
  return `<svg class="chart ${options.className ?? ''}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(options.title)}" data-total="${total}">${background}${rects.join('')}</svg>`;
}

/**
 * Horizontal bars on one scale from zero, one under the other, each with its value written after it (e.g. a
 * computed figure above the report's).
 *
 * @param bars - the bars, each with the text written after it
 * @param options - width in px, the scale's maximum (default the largest value), the accessible label, a CSS class
 * @returns the `<svg>` element
 * @example
 * ```ts
 * barChart([{ value: 262, colour: 'blue', label: '262', text: '262' }, { value: 85, colour: 'grey', label: '85', text: '85' }], { width: 240, title: 'hall.minItems' });
 * //=> '<svg class="chart …" width="240" height="…" … <rect … width="…" …'
 * ```
 */
export function barChart(
  bars: readonly (Segment & { readonly text: string })[],
  options: { width: number; max?: number; title: string; className?: string; data?: Readonly<Record<string, string>> },
): string {
  const barHeight = 12;
  const gap = 4;
  const textWidth = 110;
  const plot = options.width - textWidth;
  const max = options.max ?? Math.max(0, ...bars.map((b) => b.value));
  const height = bars.length * (barHeight + gap) - gap;
  const rows = bars.map((b, i) => {
    const y = i * (barHeight + gap);
    const w = max > 0 ? (Math.max(0, b.value) / max) * plot : 0;
    return (
      `<rect x="0" y="${y}" width="${f(w)}" height="${barHeight}" fill="${b.colour}"><title>${escapeHtml(b.label)}</title></rect>` +
      `<text x="${f(w + 4)}" y="${y + barHeight - 2}" font-size="11" fill="#37474f">${escapeHtml(b.text)}</text>`
    );
  });
  const data = Object.entries(options.data ?? {})
    .map(([k, v]) => ` data-${k}="${escapeHtml(v)}"`)
    .join('');
  return `<svg class="chart ${options.className ?? ''}" width="${options.width}" height="${height}" viewBox="0 0 ${options.width} ${height}" role="img" aria-label="${escapeHtml(options.title)}"${data}>${rows.join('')}</svg>`;
}
