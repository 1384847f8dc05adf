import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/datasets/generate.js';
import { check } from '../../src/standards/check.js';
import { checkShard, groupLines, mergeSummaries, type LineGroup, type ShardSummary } from '../../src/scale/index.js';
import { groupedLines } from '../../bench/grouped-ndjson.js';

/** A generated dataset in grouped order, with bad data mixed in: an invalid record, a reference to nowhere, a
 * repeated id within a community's segment, a malformed line. */
function lines(communities: number, seed: number): string[] {
  const out = [...groupedLines(generateDataset({ communities, seed }))];
  const at = (prefix: string) => out.findIndex((l) => l.startsWith(prefix));
  const staff = at('{"$kind":"staffMember"');
  out.splice(staff + 1, 0, '{"$kind":"staffMember","id":"bad","name":5}');
  out.splice(staff + 2, 0, '{"$kind":"plaque","id":"p-nowhere","communityId":"c999999","name":"江苏社区"}');
  out.splice(out.length - 1, 0, out[out.length - 1] as string); // a plaque twice in the last segment
  out.splice(out.length - 3, 0, '{"$kind":"grid",');
  return out;
}

/** The dataset one run reads: every record of the lines, by kind, in line order (what the CLI reads today). */
function wholeDataset(text: readonly string[]): Record<string, unknown> {
  const dataset: Record<string, unknown[]> & { meta?: unknown } = {};
  const keys: Record<string, string> = { serviceItem: 'serviceItems', community: 'communities', serviceCenter: 'serviceCenters', facility: 'facilities', staffMember: 'staffMembers', grid: 'grids', plaque: 'plaques' };
  for (const line of text) {
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    const { $kind, ...rest } = value;
    if ($kind === 'meta') dataset.meta = rest;
    else (dataset[keys[$kind as string] as string] ??= []).push(rest);
  }
  return dataset;
}

async function groupsOf(text: readonly string[], window?: number): Promise<{ shared: LineGroup; groups: LineGroup[] }> {
  const all: LineGroup[] = [];
  for await (const g of groupLines(text, window === undefined ? {} : { window })) all.push(g);
  const [shared, ...groups] = all;
  return { shared: shared as LineGroup, groups };
}

function byCode(issues: readonly { code: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of issues) out[i.code] = (out[i.code] ?? 0) + 1;
  return out;
}

describe('grouping, checking shards and merging their summaries', () => {
  it('groups linked segments: a centre of communities i-1 and i puts both in one group', async () => {
    const text = [...groupedLines(generateDataset({ communities: 40, seed: 3 }))];
    const { shared, groups } = await groupsOf(text);
    expect(shared.lines.every((l) => !l.includes('"$kind":"community"'))).toBe(true);
    // Every line is in exactly one part, in order.
    expect([...shared.lines, ...groups.flatMap((g) => g.lines)]).toEqual(text);
    expect(groups.reduce((n, g) => n + g.communities, 0)).toBe(40);
    // Worked out from the data: a group ends where the next community's centre does not also serve it.
    const shares = text.filter((l) => l.startsWith('{"$kind":"serviceCenter"') && l.includes('"communityIds":["c') && /"communityIds":\["[^"]+","/.test(l)).length;
    expect(groups).toHaveLength(40 - shares);
  });

  it('an input ordered by kind becomes one group: the whole dataset', async () => {
    const dataset = generateDataset({ communities: 30, seed: 5 });
    const { toNdjson } = await import('../../src/datasets/ndjson.js');
    const text = toNdjson(dataset).trimEnd().split('\n');
    const { groups } = await groupsOf(text);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.communities).toBe(30);
  });

  it('shards merge into the summary and issue counts of one check of the whole, however split', async () => {
    const text = lines(24, 11);
    const whole = check(wholeDataset(text), { locale: 'en' });
    const { shared, groups } = await groupsOf(text);
    expect(groups.length).toBeGreaterThan(8);
    const one = checkShard({ shared: shared.lines, groups, withShared: true }, { locale: 'en' });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: groups.length - 1 }), { maxLength: groups.length - 1 }),
        fc.nat(),
        async (cuts, sharedAt) => {
          const bounds = [0, ...[...cuts].sort((a, b) => a - b), groups.length];
          const parts = bounds.slice(1).map((end, i) => groups.slice(bounds[i], end));
          const withShared = sharedAt % parts.length;
          const summaries: ShardSummary[] = parts.map(
            (part, i) => JSON.parse(JSON.stringify(checkShard({ shared: shared.lines, groups: part, withShared: i === withShared }, { locale: 'en' }).summary)) as ShardSummary,
          );
          const merged = mergeSummaries(summaries);
          expect(merged.exact).toBe(true);
          expect(merged.summary).toEqual(whole.summary);
          expect(merged.issues).toEqual(byCode(whole.issues));
          expect(merged.lineProblems).toEqual({ malformed_line: 1 });
          expect(merged.records).toBe(one.summary.records);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a reference to another group, or an id in two groups, makes the merge say it is not exact', async () => {
    const text = [...groupedLines(generateDataset({ communities: 12, seed: 2 }))];
    const { shared, groups } = await groupsOf(text);
    const last = groups[groups.length - 1] as LineGroup;
    const first = groups[0] as LineGroup;
    // A staff member of the last group names the first group's centre; a plaque of the first group is repeated in the last.
    const staff = last.lines.findIndex((l) => l.includes('"$kind":"staffMember"'));
    const moved = (last.lines[staff] as string).replace(/"serviceCenterId":"[^"]+"/, '"serviceCenterId":"sc1"');
    const plaque = first.lines.find((l) => l.includes('"$kind":"plaque"')) as string;
    const changed: LineGroup = { ...last, lines: [...last.lines.slice(0, staff), moved, ...last.lines.slice(staff + 1), plaque] };
    const a = checkShard({ shared: shared.lines, groups: groups.slice(0, -1), withShared: true }).summary;
    const b = checkShard({ shared: shared.lines, groups: [changed] }).summary;
    const merged = mergeSummaries([a, b]);
    expect(merged.exact).toBe(false);
    // The staff member's centre, and the repeated plaque's community, are in the first group.
    expect(merged.inexact).toEqual([
      { code: 'duplicate-across-groups', kind: 'plaque', id: 'c1-p1' },
      { code: 'not-grouped', kind: 'serviceCenter', id: 'sc1' },
      { code: 'not-grouped', kind: 'community', id: 'c1' },
    ]);
    expect(merged.issues['duplicate_id']).toBe(1);
    expect(mergeSummaries([checkShard({ shared: shared.lines, groups }).summary]).inexact).toEqual([{ code: 'shared-part' }]);
  });
});

describe('the streaming generator’s order is grouped NDJSON', () => {
  it('generateNdjson: groups as many communities as it writes, and shards merge into one check of generateDataset', async () => {
    const { generateNdjson } = await import('../../src/datasets/generate.js');
    const text = [...generateNdjson({ communities: 30, seed: 4 })].map((l) => l.trimEnd());
    const { shared, groups } = await groupsOf(text);
    expect(groups.reduce((n, g) => n + g.communities, 0)).toBe(30);
    const half = Math.floor(groups.length / 2);
    const merged = mergeSummaries([
      checkShard({ shared: shared.lines, groups: groups.slice(0, half), withShared: true }).summary,
      checkShard({ shared: shared.lines, groups: groups.slice(half) }).summary,
    ]);
    expect(merged.exact).toBe(true);
    expect(merged.summary).toEqual(check(generateDataset({ communities: 30, seed: 4 })).summary);
  });
});
