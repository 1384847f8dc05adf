/**
 * Writing large NDJSON record files for the CLI's tests and benchmark: generated records (generateDataset),
 * written kind by kind in slices, never as one string.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateDataset } from '../../src/datasets/generate.js';
import { toNdjson } from '../../src/datasets/ndjson.js';
import { datasetKeys, recordKinds } from '../../src/models/kinds.js';
import type { Dataset } from '../../src/models/dataset.js';

/** Records generateDataset makes per community, about (23.8 with seed 1); a few more communities than needed is fine. */
const RECORDS_PER_COMMUNITY = 20;
const SLICE = 5_000;

/**
 * Writes exactly `records` valid records as NDJSON (`{"$kind":…}` lines, no meta line) to `file`, and returns
 * how many of each kind it wrote.
 */
export async function writeNdjsonRecords(file: string, records: number, seed = 1): Promise<Record<string, number>> {
  const dataset = generateDataset({ communities: Math.min(1_000_000, Math.ceil(records / RECORDS_PER_COMMUNITY)), seed });
  const out = createWriteStream(file);
  const counts: Record<string, number> = {};
  let left = records;
  for (const kind of recordKinds) {
    const key = datasetKeys[kind];
    const all = (dataset as Record<string, readonly object[] | undefined>)[key] ?? [];
    for (let i = 0; i < all.length && left > 0; i += SLICE) {
      const slice = all.slice(i, Math.min(i + SLICE, i + left));
      left -= slice.length;
      counts[kind] = (counts[kind] ?? 0) + slice.length;
      if (!out.write(toNdjson({ [key]: slice } as Dataset))) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  if (left > 0) throw new Error(`generated ${records - left} records, not ${records}`);
  return counts;
}
