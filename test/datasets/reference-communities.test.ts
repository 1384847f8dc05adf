import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { referenceCommunities, referenceCommunityIds } from '../../src/datasets/reference-communities.js';
import { validateDataset } from '../../src/index.js';

const file = fileURLToPath(new URL('../../examples/data/reference-communities.json', import.meta.url));

describe('referenceCommunities()', () => {
  it('is valid', () => {
    expect(validateDataset(referenceCommunities())).toMatchObject({ ok: true, issues: [] });
  });

  it('has the four communities of the report’s four models, in the report’s order', () => {
    const data = referenceCommunities();
    expect(data.communities?.map((c) => [c.id, c.name, c.model])).toEqual([
      ['qiandeng-yanwu', '千灯炎武社区', 'new-rural'],
      ['qiandeng-datan', '千灯大潭村', 'pure-rural'],
      ['yushan-jinghe', '泾河村', 'rural-urban-mixed'],
      ['yushan-lishe', '里厍社区', 'old-town'],
    ]);
    expect(referenceCommunityIds).toEqual(['qiandeng-yanwu', 'qiandeng-datan', 'yushan-jinghe', 'yushan-lishe']);
  });

  it('gives fresh objects on every call', () => {
    const a = referenceCommunities();
    const b = referenceCommunities();
    expect(a).toEqual(b);
    expect(a.communities?.[0]).not.toBe(b.communities?.[0]);
    if (a.serviceCenters?.[1]?.floorArea !== undefined) a.serviceCenters[1].floorArea.total = 1;
    expect(referenceCommunities().serviceCenters?.[1]?.floorArea).toEqual({ total: 1300 });
  });
});

describe('examples/data/reference-communities.json', () => {
  it('is the generated copy of referenceCommunities() (run `tsx scripts/write-kunshan-data.ts` when this fails)', () => {
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(referenceCommunities(), null, 2)}\n`);
  });
});
