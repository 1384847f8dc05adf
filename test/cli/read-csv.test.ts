import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/cli/input-item.js';
import { readCsv } from '../../src/cli/read-csv.js';

async function* text(...parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function read(parts: string[], kind: 'community' | 'plaque' = 'plaque'): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readCsv(text(...parts), 'a.csv', kind)) items.push(item);
  return items;
}

const lines = (items: InputItem[]) => items.map((i) => (i.type === 'problem' ? `${i.problem.location.line}:${i.problem.code}` : `${i.location.line}:${String(i.value['id'])}`));

describe('readCsv', () => {
  it('numbers rows by their first line, with CRLF line ends, quoted line breaks and blank lines', async () => {
    const csv = 'id,communityId,name\r\np1,c1,"two\r\nlines"\r\n\r\np2,c1,one\r\n"p3",c1,"a ""quoted"" word"\r\n';
    const items = await read([csv]);
    expect(lines(items)).toEqual(['2:p1', '5:p2', '6:p3']);
    expect(items[0]).toMatchObject({ value: { name: 'two\nlines' } });
    expect(items[2]).toMatchObject({ value: { name: 'a "quoted" word' } });
  });

  it('does not care where the chunks are cut (inside a CRLF, inside a quoted cell)', async () => {
    const items = await read(['id,communityId,name\r', '\np1,c1,"x\r', '\ny"\r\np2,c', '1,z\r\n']);
    expect(lines(items)).toEqual(['2:p1', '4:p2']);
    expect(items[0]).toMatchObject({ value: { name: 'x\ny' } });
  });

  it('reports a row with the wrong number of cells and a stray quote, each with its line, and reads on', async () => {
    const items = await read(['id,communityId,name\np1,c1\np2,c"1,x\np3,c1,ok\n']);
    expect(lines(items)).toEqual(['2:field_count', '3:malformed_csv', '4:p3']);
    expect(items[0]).toMatchObject({ problem: { params: { count: 2, expected: 3 } } });
    expect(items[1]).toMatchObject({ problem: { params: { detail: 'INVALID_OPENING_QUOTE' } } });
  });

  it('names the line where an unclosed quote begins (the rest of the file is that cell)', async () => {
    const items = await read(['id,communityId,name\np1,c1,ok\n\np2,c1,"never closed\np3,c1,z\n']);
    expect(lines(items)).toEqual(['2:p1', '4:malformed_csv']);
  });

  it('reads nothing from an empty file', async () => {
    expect(await read([''])).toEqual([]);
  });
});

describe('readCsv, problems in line order', () => {
  it('reports a row whose quote never closes before a later line the parser complained of first', async () => {
    // Line 2 opens a quote that runs over the line break; on line 3 the quote closes and a character follows it.
    // The parser notices line 3's stray closing quote first and the unclosed quote of line 2 at the end.
    const items = await read(['$kind,id,communityId,name\nplaque,"\r,"文']);
    expect(lines(items)).toEqual(['2:malformed_csv', '3:malformed_csv']);
  });
});
