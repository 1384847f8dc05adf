import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readNdjson } from '../../src/cli/read-ndjson.js';
import { generateDataset, generateNdjson, generateRecords, NDJSON_KIND_KEY, toNdjson, type GeneratedRecord } from '../../src/datasets/index.js';
import { InvalidOptionError } from '../../src/errors.js';
import { datasetKeys, type RecordKind } from '../../src/models/kinds.js';
import { validateDataset } from '../../src/index.js';

const CASES = [
  [1, 1],
  [2, 5],
  [37, 42],
  [500, 7],
  [2000, -3],
] as const;

/** Collects records under their kind's plural, in stream order: the dataset a reader rebuilds. */
function regroup(records: Iterable<{ readonly kind: string; readonly record: object }>): Record<string, unknown> {
  const dataset: Record<string, unknown> = {};
  for (const { kind, record } of records) {
    if (kind === 'meta') dataset['meta'] = record;
    else ((dataset[datasetKeys[kind as RecordKind]] ??= []) as object[]).push(record);
  }
  return dataset;
}

/** Which communities a generated record belongs to (a facility: its centre's). */
function owners(record: GeneratedRecord, centreOfFacility: ReadonlyMap<string, readonly string[]>): readonly string[] {
  switch (record.kind) {
    case 'community':
      return [record.record.id];
    case 'serviceCenter':
      return record.record.communityIds ?? [];
    case 'facility':
      return centreOfFacility.get(record.record.id) ?? [];
    case 'grid':
    case 'staffMember':
    case 'plaque':
      return record.record.communityId === undefined ? [] : [record.record.communityId];
    default:
      return [];
  }
}

describe('generateRecords', () => {
  it.each(CASES)('gives the records of generateDataset (%i communities, seed %i): regrouped by kind, deep-equal', (communities, seed) => {
    const expected = generateDataset({ communities, seed });
    const regrouped = regroup(generateRecords({ communities, seed }));
    // Same records, same order within each kind; only the key order of the dataset object may differ.
    expect(Object.keys(regrouped).sort()).toEqual(Object.keys(expected).sort());
    expect(regrouped).toEqual(expected);
  });

  it('writes the grouped order: meta and the catalogue first, then each community followed by its own records', () => {
    const records = [...generateRecords({ communities: 300, seed: 11 })];
    expect(records[0]?.kind).toBe('meta');
    const firstCommunity = records.findIndex((r) => r.kind === 'community');
    expect(records.slice(1, firstCommunity).every((r) => r.kind === 'serviceItem')).toBe(true);
    expect(firstCommunity).toBe(41); // the 40 items of the catalogue

    const position = new Map<string, number>(); // community id → its place in the stream
    const centreOfFacility = new Map<string, readonly string[]>();
    let current: string | undefined;
    let shared = 0;
    const misplaced: string[] = [];
    for (const record of records.slice(firstCommunity)) {
      if (record.kind === 'community') {
        current = record.record.id;
        position.set(current, position.size);
        continue;
      }
      if (record.kind === 'serviceCenter') {
        for (const id of record.record.facilityIds ?? []) centreOfFacility.set(id, record.record.communityIds ?? []);
        if ((record.record.communityIds?.length ?? 0) > 1) shared++;
      }
      const ids = owners(record, centreOfFacility);
      // In the segment of the owner that comes last in the stream; every owner already seen.
      const places = ids.map((id) => position.get(id) ?? Number.POSITIVE_INFINITY);
      if (ids.length === 0 || Math.max(...places) !== position.get(current ?? '')) misplaced.push(`${record.kind} ${JSON.stringify(record.record).slice(0, 60)}`);
    }
    expect(misplaced).toEqual([]);
    expect(position.size).toBe(300);
    expect(shared).toBeGreaterThan(10); // about one centre in ten serves two communities: the rule was exercised
  });

  it('is lazy: the first records of a million communities come at once, and each iteration starts over', () => {
    const records = generateRecords({ communities: 1_000_000, seed: 3 });
    const take = (n: number) => {
      const out: GeneratedRecord[] = [];
      for (const r of records) {
        out.push(r);
        if (out.length === n) break;
      }
      return out;
    };
    const start = performance.now();
    const first = take(100);
    expect(performance.now() - start).toBeLessThan(2_000); // generating the million would take minutes
    expect(first[0]?.record).toMatchObject({ name: 'generated (1000000 communities, seed 3)' });
    expect(take(100)).toEqual(first);
  });

  it('checks its options when called, before any iteration', () => {
    for (const communities of [0, -1, 1.5, 1_000_001, Number.NaN]) {
      expect(() => generateRecords({ communities })).toThrow(InvalidOptionError);
      expect(() => generateNdjson({ communities })).toThrow(InvalidOptionError);
    }
    expect(() => generateRecords({ communities: 1, seed: 0.5 })).toThrow(InvalidOptionError);
  });
});

describe('generateNdjson', () => {
  it.each(CASES)('writes the lines toNdjson writes for generateDataset, in grouped order (%i communities, seed %i)', (communities, seed) => {
    const lines = [...generateNdjson({ communities, seed })];
    expect(lines.every((line) => line.endsWith('}\n') && line.startsWith(`{"${NDJSON_KIND_KEY}":"`))).toBe(true);
    // Put the lines in toNdjson's order (meta, then kind by kind; a stable sort keeps each kind's order): the same text.
    const kindOrder = toNdjson(generateDataset({ communities, seed }))
      .split('\n')
      .map((line) => /^\{"\$kind":"(\w+)"/.exec(line)?.[1])
      .filter((kind, i, all) => kind !== undefined && all.indexOf(kind) === i);
    const ranked = lines.map((line) => ({ line, rank: kindOrder.indexOf(/^\{"\$kind":"(\w+)"/.exec(line)?.[1]) }));
    const sorted = ranked.sort((a, b) => a.rank - b.rank).map((r) => r.line);
    expect(sorted.join('')).toBe(toNdjson(generateDataset({ communities, seed })));
  });

  it('reads back through the CLI’s NDJSON reader into the dataset generateDataset gives, which validates', async () => {
    const lines = generateNdjson({ communities: 400, seed: 9 });
    async function* chunks() {
      let chunk = '';
      for (const line of lines) {
        chunk += line;
        if (chunk.length > 10_000) {
          yield chunk.slice(0, 7_777); // cut anywhere, mid-line and mid-character run, as a file is read
          chunk = chunk.slice(7_777);
        }
      }
      yield chunk;
    }
    const rebuilt: Record<string, unknown> = {};
    const problems: unknown[] = [];
    for await (const item of readNdjson(chunks(), 'generated.ndjson')) {
      if (item.type === 'problem') problems.push(item.problem);
      else if (item.type === 'meta') rebuilt['meta'] = item.value;
      else ((rebuilt[datasetKeys[item.kind]] ??= []) as unknown[]).push(item.value);
    }
    expect(problems).toEqual([]);
    expect(rebuilt).toEqual(generateDataset({ communities: 400, seed: 9 }));
    expect(validateDataset(rebuilt).ok).toBe(true);
  });
});

describe('generateNdjson in bounded memory (a child process with a 64 MB heap)', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const child = join(root, 'test', 'datasets', 'fixtures', 'generate-child.ts');
  const dir = mkdtempSync(join(tmpdir(), 'cs-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (mode: 'stream' | 'dataset', communities: number, file: string) =>
    spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', child, mode, String(communities), file], {
      cwd: root,
      encoding: 'utf8',
    });
  // 30,000 communities: about 710,000 records, 140 MB of NDJSON; as a dataset in memory, several hundred MB.
  const COMMUNITIES = 30_000;

  it('the control: generateDataset of that size does not fit in the heap (the child dies of it)', () => {
    const result = run('dataset', COMMUNITIES, join(dir, 'control.ndjson'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/heap out of memory/i);
  });

  it('streams the same file generateNdjson gives, through a write stream with backpressure', async () => {
    const file = join(dir, 'stream.ndjson');
    const result = run('stream', COMMUNITIES, file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = JSON.parse(result.stdout) as { lines: number; bytes: number; peakRssMb: number };

    // The expected content, streamed here line by line (never held whole): its line count, size and hash.
    const hash = createHash('sha256');
    let lines = 0;
    let bytes = 0;
    for (const line of generateNdjson({ communities: COMMUNITIES })) {
      hash.update(line);
      lines++;
      bytes += Buffer.byteLength(line);
    }
    expect(written.lines).toBe(lines);
    expect(written.bytes).toBe(bytes);
    expect(statSync(file).size).toBe(bytes);
    expect(written.peakRssMb).toBeLessThan(250); // the heap is capped at 64 MB; the rest is Node, tsx and buffers
    expect(bytes).toBeGreaterThan(100 * 2 ** 20); // the file is bigger than the whole heap
    const fileHash = createHash('sha256');
    for await (const chunk of createReadStream(file)) fileHash.update(chunk as Buffer);
    expect(fileHash.digest('hex')).toBe(hash.digest('hex'));
  });
});
