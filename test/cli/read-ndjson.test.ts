import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/cli/input-item.js';
import { jsonErrorDetail, readNdjson } from '../../src/cli/read-ndjson.js';

async function* text(...parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function read(parts: string[], kind?: 'plaque'): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readNdjson(text(...parts), 'a.ndjson', kind)) items.push(item);
  return items;
}

describe('readNdjson', () => {
  it('reads one tagged object a line, whatever the chunks, with \\n or \\r\\n, skipping blank lines', async () => {
    const items = await read(['{"$kind":"meta","asOf":"2013-06-30"}\r\n{"$kind":"pla', 'que","id":"p1"}\n\n  \n{"$kind":"plaque","id":"p2"}']);
    expect(items).toEqual([
      { type: 'meta', value: { asOf: '2013-06-30' }, location: { file: 'a.ndjson', line: 1 } },
      { type: 'record', kind: 'plaque', value: { id: 'p1' }, location: { file: 'a.ndjson', line: 2 } },
      { type: 'record', kind: 'plaque', value: { id: 'p2' }, location: { file: 'a.ndjson', line: 5 } },
    ]);
  });

  it('reports a line that is not JSON with its line and the parser’s reason, and reads on', async () => {
    const items = await read(['{"id":"p1"}\n{"id":\n{"id":"p3"}\n'], 'plaque');
    expect(items.map((i) => (i.type === 'problem' ? `${i.problem.location.line}:${i.problem.code}` : `${i.location.line}:record`))).toEqual([
      '1:record',
      '2:malformed_line',
      '3:record',
    ]);
  });

  it('describes a JSON syntax error briefly, without echoing a long input', () => {
    let error: unknown;
    try {
      JSON.parse(`{"name":"${'x'.repeat(500)}`);
    } catch (e) {
      error = e;
    }
    expect(jsonErrorDetail(error).length).toBeLessThanOrEqual(120);
  });
});
