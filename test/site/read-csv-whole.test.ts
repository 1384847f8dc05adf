/**
 * The checker page reads CSV whole (site/checker/read-csv-whole.ts); the command line streams it
 * (src/cli/read-csv.ts). The two must read every file alike: same records, same problems, same lines — checked
 * here on the CSV fixtures and on generated text full of quotes, separators and line breaks, cut into chunks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputItem } from '../../src/cli/input-item.js';
import { FatalInputError } from '../../src/cli/problem.js';
import { readCsv } from '../../src/cli/read-csv.js';
import type { RecordKind } from '../../src/models/kinds.js';
import { readCsvWhole } from '../../site/checker/read-csv-whole.js';

async function* chunks(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

/** Everything a reader yields, and the code of what it threw (if it threw). */
async function all(items: AsyncGenerator<InputItem>): Promise<{ items: InputItem[]; thrown?: string }> {
  const out: InputItem[] = [];
  try {
    for await (const item of items) out.push(item);
  } catch (error) {
    if (!(error instanceof FatalInputError)) throw error;
    return { items: out, thrown: error.problem.code };
  }
  return { items: out };
}

async function both(parts: readonly string[], kind?: RecordKind) {
  const streamed = await all(readCsv(chunks(parts), 'a.csv', kind));
  const whole = await all(readCsvWhole(chunks(parts), 'a.csv', kind));
  return { streamed, whole };
}

const fixtures = new URL('../fixtures/', import.meta.url);

describe('readCsvWhole reads as readCsv does', () => {
  it.each(readdirSync(fixtures).filter((f) => f.endsWith('.csv') && f !== 'gbk.csv' && f !== 'utf16.csv'))('on test/fixtures/%s', async (name) => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    const { streamed, whole } = await both([text], 'community');
    expect(streamed.items.length + (streamed.thrown === undefined ? 0 : 1)).toBeGreaterThan(0);
    expect(whole).toEqual(streamed);
  });

  it('on a file whose rows are problems of every kind the reader names', async () => {
    const text = 'id,communityId,name\np1,c1\np2,c"1,x\n\np3,c1,"two\r\nlines"\r\np4,c1,"never closed\np5,c1,z\n';
    const { streamed, whole } = await both([text], 'plaque');
    // By hand: line 2 has two cells, line 3 a stray quote, p3 starts on line 5, the quote opened on line 7 never closes.
    expect(streamed.items.map((i) => (i.type === 'problem' ? `${i.problem.location.line}:${i.problem.code}` : `${i.location.line}:${String(i.value['id'])}`))).toEqual([
      '2:field_count',
      '3:malformed_csv',
      '5:p3',
      '7:malformed_csv',
    ]);
    expect(whole).toEqual(streamed);
  });

  it('on generated text of quotes, separators, line breaks and CJK, cut anywhere', async () => {
    const cell = fc.stringMatching(/^[a-z中文"\n\r, ]{0,6}$/);
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(','));
    const file = fc.array(row, { maxLength: 8 }).map((rows) => ['$kind,id,communityId,name', ...rows.map((r) => `plaque,${r}`)].join('\n'));
    await fc.assert(
      fc.asyncProperty(file, fc.array(fc.nat(), { maxLength: 4 }), async (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
        const { streamed, whole } = await both(parts);
        expect(whole).toEqual(streamed);
      }),
      { numRuns: 300 },
    );
  });
});
