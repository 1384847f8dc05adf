import { describe, expect, it } from 'vitest';
import { recordKinds } from '../../../src/index.js';
import { toJSONSchema } from '../../../src/interop/index.js';
import { cli } from '../helpers.js';

describe('schema (in-process run)', () => {
  it('prints the JSON Schema of a kind, the same as toJSONSchema', async () => {
    const { code, stdout } = await cli(['schema', 'plaque']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(toJSONSchema('plaque'));
    expect(JSON.parse((await cli(['schema', 'dataset'])).stdout)).toEqual(toJSONSchema('dataset'));
  });

  it('lists the kinds without an argument, and rejects an unknown one (exit 2)', async () => {
    const { stdout } = await cli(['schema', '--locale', 'en']);
    const lines = stdout.trimEnd().split('\n').slice(2);
    expect(lines.map((l) => l.split(/\s{2,}/)[0])).toEqual([...recordKinds, 'dataset']);
    const bad = await cli(['schema', 'communities', '--locale', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('community-standards: "communities" is not a record kind; run community-standards schema for all\n');
  });
});
