/**
 * Writes src/schema/descriptions.ts — the models' TSDoc as data — from src/models/*.ts and src/standards/<family>/model.ts. Run by `npm run schemas`
 * before the schema files are written. With `--check`, writes nothing and exits 1 when the module is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { descriptionsModule } from './schema-descriptions.js';

const file = fileURLToPath(new URL('../src/schema/descriptions.ts', import.meta.url));
const content = descriptionsModule();
const current = readFileSync(file, 'utf8');
if (process.argv.includes('--check')) {
  if (current !== content) {
    console.error('stale: src/schema/descriptions.ts (run `npm run schemas`)');
    process.exit(1);
  }
  console.log('src/schema/descriptions.ts is up to date');
} else if (current !== content) {
  writeFileSync(file, content);
  console.log('wrote src/schema/descriptions.ts');
}
