import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScript } from '../helpers.js';
import { afterAll, describe, expect, it } from 'vitest';
import { kunshan2013 } from '../../src/datasets/kunshan2013.js';
import { NDJSON_KIND_KEY, toNdjson } from '../../src/datasets/ndjson.js';
import { datasetKeys } from '../../src/models/index.js';
import { isRecordKind, validateDataset, validateRecord } from '../../src/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const file = join(root, 'examples', 'data', 'kunshan-2013.ndjson');

describe('toNdjson', () => {
  it('writes the meta line, then one line per record tagged with "$kind", each ending with a newline', () => {
    const text = toNdjson({
      meta: { asOf: '2013-06-30' },
      plaques: [{ id: 'p1', communityId: 'c1', name: '江苏社区' }],
      communities: [{ id: 'c1', name: '东湖社区', kind: 'urban', model: 'other', households: {}, population: {}, governanceBodies: [] }],
    });
    expect(text).toBe(
      '{"$kind":"meta","asOf":"2013-06-30"}\n' +
        '{"$kind":"community","id":"c1","name":"东湖社区","kind":"urban","model":"other","households":{},"population":{},"governanceBodies":[]}\n' +
        '{"$kind":"plaque","id":"p1","communityId":"c1","name":"江苏社区"}\n',
    );
    expect(NDJSON_KIND_KEY).toBe('$kind');
  });

  it('keeps a record’s own "kind" field (why the tag is not called "kind")', () => {
    const line = JSON.parse(toNdjson({ facilities: [{ id: 'f1', kind: 'clinic', name: '医务室' }] })) as Record<string, unknown>;
    expect(line).toEqual({ $kind: 'facility', id: 'f1', kind: 'clinic', name: '医务室' });
  });

  it('writes nothing for an empty dataset', () => {
    expect(toNdjson({})).toBe('');
  });
});

describe('examples/data/kunshan-2013.ndjson', () => {
  const text = readFileSync(file, 'utf8');

  it('is up to date with kunshan2013() (run `tsx scripts/write-kunshan-data.ts` when this fails)', () => {
    expect(text === toNdjson(kunshan2013()), 'examples/data/kunshan-2013.ndjson is stale').toBe(true);
  });

  it('reads back line by line: strip "$kind", validateRecord the rest, and rebuild the dataset', () => {
    const lines = text.split('\n');
    expect(lines.pop()).toBe(''); // the file ends with a newline
    const rebuilt: Record<string, unknown> = {};
    const failures: string[] = [];
    for (const line of lines) {
      const { [NDJSON_KIND_KEY]: kind, ...record } = JSON.parse(line) as Record<string, unknown>;
      if (kind === 'meta') {
        rebuilt['meta'] = record;
        continue;
      }
      if (!isRecordKind(kind)) {
        failures.push(`unknown kind ${String(kind)}`);
        continue;
      }
      const result = validateRecord(kind, record);
      if (!result.ok) failures.push(`${kind} ${String(record['id'])}`);
      ((rebuilt[datasetKeys[kind]] ??= []) as unknown[]).push(record);
    }
    expect(failures).toEqual([]);
    expect(rebuilt).toEqual(kunshan2013());
    expect(validateDataset(rebuilt).ok).toBe(true);
  });

  it('a line whose "$kind" is not stripped is an unknown field to validateRecord', () => {
    const community = text.split('\n').find((line) => line.startsWith('{"$kind":"community"')) as string;
    const result = validateRecord('community', JSON.parse(community));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});

describe('scripts/write-kunshan-data.ts', () => {
  const work = mkdtempSync(join(tmpdir(), 'cs-kunshan-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const run = (...args: string[]) => runScript('write-kunshan-data.ts', [...args, '--out', work]);

  it('with --check, exits 1 naming a stale file and writes nothing; without, rewrites it', () => {
    cpSync(join(root, 'examples', 'data', 'reference-communities.json'), join(work, 'reference-communities.json'));
    writeFileSync(join(work, 'kunshan-2013.ndjson'), '{}\n');
    const check = run('--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('stale: kunshan-2013.ndjson');
    expect(check.stderr).not.toContain('reference-communities.json');
    expect(readFileSync(join(work, 'kunshan-2013.ndjson'), 'utf8')).toBe('{}\n');

    expect(run().status).toBe(0);
    expect(readFileSync(join(work, 'kunshan-2013.ndjson'), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(run('--check').status).toBe(0);
  });
});
