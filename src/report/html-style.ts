/**
 * The HTML report's style sheet, inlined in the page.
 *
 * @module
 */

/**
 * The CSS of the HTML report: system fonts (with the usual Chinese ones), a readable width, tables with numbers
 * aligned right, severity badges, and a print-friendly layout.
 *
 * @example
 * ```ts
 * HTML_STYLE.includes('font-family'); //=> true
 * ```
 */
export const HTML_STYLE = `
:root { color-scheme: light; --fg: #263238; --muted: #607d8b; --line: #e0e6ea; --error: #c62828; --warning: #ef6c00; --info: #1565c0; --ok: #2e7d32; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
p.meta, p.note, footer { color: var(--muted); margin: 4px 0; }
p.verdict { font-weight: 600; font-size: 15px; margin: 12px 0; padding: 8px 12px; border-radius: 6px; }
p.verdict.ok { background: #e8f5e9; color: var(--ok); }
p.verdict.fail { background: #ffebee; color: var(--error); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-weight: 600; color: var(--muted); font-size: 12px; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.mark { text-align: center; font-weight: 700; }
td.mark.yes { color: var(--ok); } td.mark.no { color: var(--error); }
td.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; white-space: nowrap; }
tr.idle td { color: var(--muted); }
.badge { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; color: #fff; white-space: nowrap; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; color: var(--muted); }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
svg.chart { display: block; }
details > summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
@media print { main { max-width: none; padding: 0; } details { display: block; } }
`;
