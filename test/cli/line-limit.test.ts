import { describe, expect, it } from 'vitest';
import { capLines, MAX_LINE_CHARS } from '../../src/cli/line-limit.js';

async function run(chunks: string[], max: number): Promise<{ text: string; long: [number, number][] }> {
  const long: [number, number][] = [];
  let text = '';
  async function* source() {
    yield* chunks;
  }
  for await (const part of capLines(source(), (line, length) => long.push([line, length]), max)) text += part;
  return { text, long };
}

describe('capLines', () => {
  it('passes lines within the cap unchanged, whatever the chunks', async () => {
    expect(await run(['ab', 'c\nde', '\n', 'f'], 3)).toEqual({ text: 'abc\nde\nf', long: [] });
  });
  it('empties a longer line, keeps its line break, and reports its number and length', async () => {
    // line 2 is "xxxxx" (5 > 4) split over three chunks
    expect(await run(['ok\nxx', 'x', 'xx\nend\n'], 4)).toEqual({ text: 'ok\n\nend\n', long: [[2, 5]] });
  });
  it('reports an over-long last line without a line break', async () => {
    expect(await run(['a\n', 'bbbbbb'], 4)).toEqual({ text: 'a\n', long: [[2, 6]] });
  });
  it('the cap is 8 Mi characters', () => expect(MAX_LINE_CHARS).toBe(8_388_608));
});
