/** docs/hsds.md documents every term of the taxonomy and the namespace, so that the table never falls behind. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HSDS_NAMESPACE } from '../../src/interop/hsds-id.js';
import { enumerationGroups, factGroups } from '../../src/interop/taxonomy-codes.js';

const docs = readFileSync(fileURLToPath(new URL('../../docs/hsds.md', import.meta.url)), 'utf8');

describe('docs/hsds.md', () => {
  it('lists every enumeration group with all its members', () => {
    for (const [group, labels] of Object.entries(enumerationGroups)) {
      const row = docs.split('\n').find((line) => line.startsWith(`| \`${group}\` |`));
      expect(row, group).toBeDefined();
      for (const member of Object.keys(labels)) expect(row, `${group}.${member}`).toContain(`\`${member}\``);
    }
  });

  it('lists every fact term', () => {
    for (const [group, fields] of Object.entries(factGroups)) {
      for (const field of fields) expect(docs, `${group}.${field}`).toContain(`| \`${group}.${field}\` |`);
    }
  });

  it('gives the namespace and the radius formula', () => {
    expect(docs).toContain(HSDS_NAMESPACE);
    expect(docs).toContain('radius = `circle.minutes` × `circle.walkingSpeed` ÷ `circle.detourFactor`');
  });
});
