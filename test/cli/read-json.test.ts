import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/cli/input-item.js';
import { FatalInputError } from '../../src/cli/problem.js';
import { readJson } from '../../src/cli/read-json.js';

async function* text(...parts: string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function read(json: string, kind?: 'plaque'): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readJson(text(json), 'a.json', kind)) items.push(item);
  return items;
}

const where = (items: InputItem[]) => items.map((i) => (i.type === 'problem' ? `${i.problem.location.pointer}:${i.problem.code}` : `${i.location.pointer}:${i.type}`));

describe('readJson', () => {
  it('reads a dataset: records under each plural, meta, and unknown keys reported', async () => {
    const items = await read('{"meta":{"asOf":"2013-06-30"},"plaques":[{"id":"p1"},7],"colours":[],"communities":{}}');
    expect(where(items)).toEqual(['/meta:meta', '/plaques/0:record', '/plaques/1:not_an_object', '/colours:unknown_dataset_key', '/communities:not_an_object']);
    expect(items[1]).toMatchObject({ kind: 'plaque', value: { id: 'p1' } });
  });

  it('reads an array of tagged records, or of --kind records', async () => {
    expect(where(await read('[{"$kind":"plaque","id":"p1"},{"id":"p2"}]'))).toEqual(['/0:record', '/1:missing_kind']);
    expect(where(await read('[{"id":"p2"}]', 'plaque'))).toEqual(['/0:record']);
  });

  it('reads one tagged record, or one --kind record', async () => {
    expect(where(await read('{"$kind":"plaque","id":"p1"}'))).toEqual([':record']);
    expect(await read('{"id":"p1","name":"x"}', 'plaque')).toEqual([{ type: 'record', kind: 'plaque', value: { id: 'p1', name: 'x' }, location: { file: 'a.json', pointer: '' } }]);
  });

  it('cannot read JSON that does not parse (with the line of the error when the parser gives its position)', async () => {
    const error = await read('{\n  "plaques": [\n    {"id": "p1" "name": "x"}\n  ]\n}').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FatalInputError);
    expect((error as FatalInputError).problem).toMatchObject({ code: 'malformed_json_file', location: { file: 'a.json', line: 3 } });
    const truncated = await read('{"plaques": [').catch((e: unknown) => e);
    expect((truncated as FatalInputError).problem).toEqual({
      code: 'malformed_json_file',
      location: { file: 'a.json' },
      params: { detail: 'Unexpected end of JSON input' },
    });
  });
});
