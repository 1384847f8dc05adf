import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { provenanceOf } from '../../src/datasets/index.js';
import { referenceCommunities } from '../../src/datasets/reference-communities.js';
import { ProvenanceEntry } from '../../src/models/index.js';
import { validateDataset } from '../../src/index.js';

const reference = referenceCommunities();
const entries = reference.meta?.provenance?.entries ?? [];

describe('provenance of the reference records', () => {
  it('quotes the report exactly for every reported value', () => {
    const text = readFileSync(new URL('../fixtures/report/kunshan-community-services.txt', import.meta.url), 'utf8');
    const paragraphs = text.split('\n').filter((l) => l.length > 200);
    const withQuotes = entries.filter((e) => e.source === 'reported');
    expect(withQuotes.length).toBeGreaterThan(30);
    for (const e of withQuotes) {
      expect(e.quote, `${e.id} ${e.field ?? ''}`).toBeDefined();
      expect(paragraphs[(e.paragraph ?? 0) - 1], `${e.id} ${e.field ?? ''}: ${e.quote}`).toContain(e.quote);
    }
  });

  it('reports oneStopHall for 炎武 only, and infers it from the city-wide 100% for the three others', () => {
    const hall = (id: string) => provenanceOf(reference, 'serviceCenter', id, 'oneStopHall');
    expect(hall('qiandeng-yanwu-center')).toMatchObject({ by: 'field', entry: { source: 'reported', paragraph: 2, quote: '社区服务中心一楼为“一站式”便民服务大厅' } });
    for (const id of ['qiandeng-datan-center', 'yushan-jinghe-center', 'yushan-lishe-center']) {
      const found = hall(id);
      expect(found.by, id).toBe('field');
      if (found.by !== 'field') continue;
      expect(found.entry.source, id).toBe('inferred');
      expect(found.entry.reasoning, id).toContain('100%的社区创设了“一站式”服务大厅');
    }
  });

  it('covers every field the reference communities and centres carry (ids, links and notes aside)', () => {
    const skip = new Set(['id', 'communityIds', 'notes']);
    const empty = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
    for (const [kind, records] of [['community', reference.communities], ['serviceCenter', reference.serviceCenters]] as const) {
      for (const record of records ?? []) {
        for (const [field, value] of Object.entries(record)) {
          if (skip.has(field) || empty(value)) continue;
          expect(provenanceOf(reference, kind, record.id, field).by, `${kind} ${record.id}.${field}`).toBe('field');
        }
      }
    }
    // Facilities and items are covered record by record.
    for (const f of reference.facilities ?? []) expect(provenanceOf(reference, 'facility', f.id, 'kind').by, f.id).toBe('record');
    expect(provenanceOf(reference, 'serviceItem', 'jinghe-utilities', 'code')).toMatchObject({ by: 'field', entry: { source: 'synthetic' } });
    expect(provenanceOf(reference, 'serviceItem', 'jinghe-utilities', 'name')).toMatchObject({ by: 'record', entry: { source: 'reported', quote: '水电服务' } });
  });

  it('says nothing for an unknown record in a dataset without a default, and the default in one with it', () => {
    expect(provenanceOf(reference, 'community', 'nowhere', 'name')).toEqual({ by: 'none' });
    expect(provenanceOf({}, 'community', 'yushan-jinghe', 'name')).toEqual({ by: 'none' });
    const data = kunshan2013();
    const synthetic = data.communities?.[10]?.id ?? '';
    expect(provenanceOf(data, 'community', synthetic, 'name')).toEqual({ by: 'default', source: 'synthetic' });
    expect(provenanceOf(data, 'serviceCenter', 'yushan-lishe-center', 'oneStopHall')).toMatchObject({ by: 'field', entry: { source: 'inferred' } });
  });

  it('marks the synthetic access requests, ledgers and creation activities of kunshan2013() as synthetic, record by record', () => {
    const data = kunshan2013();
    const records = [
      ...(data.accessRequests ?? []).map((r) => ['accessRequest', r.id] as const),
      ...(data.ledgers ?? []).map((r) => ['ledger', r.id] as const),
      ...(data.creationActivities ?? []).map((r) => ['creationActivity', r.id] as const),
    ];
    expect(records).toHaveLength(160);
    for (const [kind, id] of records) {
      expect(provenanceOf(data, kind, id), id).toMatchObject({ by: 'record', entry: { source: 'synthetic' } });
    }
  });

  it('requires a paragraph for a reported value and reasoning for an inferred one', () => {
    expect(ProvenanceEntry.safeParse({ kind: 'community', id: 'a', source: 'reported' }).success).toBe(false);
    expect(ProvenanceEntry.safeParse({ kind: 'community', id: 'a', source: 'inferred', reasoning: ' ' }).success).toBe(false);
    expect(ProvenanceEntry.safeParse({ kind: 'community', id: 'a', source: 'synthetic' }).success).toBe(true);
    const bad = { meta: { provenance: { entries: [{ kind: 'community', id: 'a', field: 'name', source: 'reported' }] } } };
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toEqual([['meta', 'provenance', 'entries', 0, 'paragraph']]);
  });
});
