/**
 * Tables of the documentation site's tools, built with DOM nodes: every cell is text, so what a reader typed or
 * pasted is never parsed as HTML.
 */

/** How to render a table: numeric columns (right-aligned) and, for the first column, a link per value. */
export interface TableOptions {
  /** Indexes of numeric columns. */
  readonly numeric?: readonly number[];
  /** The address the first cell's text links to. */
  readonly link?: (text: string) => string;
}

/** A table of text cells with a header row. */
export function tableOf(head: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): HTMLTableElement {
  const table = document.createElement('table');
  const tr = table.createTHead().insertRow();
  for (const h of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    tr.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const r = body.insertRow();
    row.forEach((value, i) => {
      const td = r.insertCell();
      if (i === 0 && options.link !== undefined) {
        const a = document.createElement('a');
        a.href = options.link(value);
        a.textContent = value;
        td.append(a);
      } else td.textContent = value;
      if (options.numeric?.includes(i) === true) td.className = 'num';
    });
  }
  return table;
}
