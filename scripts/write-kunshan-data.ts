/**
 * Writes the example data files from their single source in `src/datasets/`:
 *
 * - `examples/data/reference-communities.json` — `referenceCommunities()` as 2-space JSON;
 * - `examples/data/kunshan-2013.ndjson` — `kunshan2013()` as NDJSON (`toNdjson`: a `{"$kind":"meta",…}` line,
 *   then one `{"$kind":"<record kind>",…record}` line per record).
 *
 * Usage:
 *   tsx scripts/write-kunshan-data.ts            write the files that are stale
 *   tsx scripts/write-kunshan-data.ts --check    write nothing; exit 1 listing the files that are stale
 *   … --out <dir>                                use another directory than `examples/data/` (for tests)
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kunshan2013 } from '../src/datasets/kunshan2013.js';
import { toNdjson } from '../src/datasets/ndjson.js';
import { referenceCommunities } from '../src/datasets/reference-communities.js';

/** Every file the directory should hold, by file name, with its exact text. */
export function expectedFiles(): Map<string, string> {
  return new Map([
    ['reference-communities.json', `${JSON.stringify(referenceCommunities(), null, 2)}\n`],
    ['kunshan-2013.ndjson', toNdjson(kunshan2013())],
  ]);
}

function parseArgs(argv: readonly string[]): { check: boolean; dir: string } {
  let check = false;
  let dir = fileURLToPath(new URL('../examples/data/', import.meta.url));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--out' && argv[i + 1] !== undefined) dir = resolve(argv[++i] as string);
    else throw new Error(`write-kunshan-data: unknown argument ${JSON.stringify(arg)} (expected --check or --out <dir>)`);
  }
  return { check, dir };
}

function main(argv: readonly string[]): number {
  const { check, dir } = parseArgs(argv);
  const expected = expectedFiles();
  const stale = [...expected].filter(([name, text]) => !existsSync(resolve(dir, name)) || readFileSync(resolve(dir, name), 'utf8') !== text);
  if (check) {
    if (stale.length === 0) {
      console.log(`kunshan data: ${expected.size} files up to date in ${dir}`);
      return 0;
    }
    for (const [name] of stale) console.error(`stale: ${name}`);
    console.error('Run `tsx scripts/write-kunshan-data.ts` to regenerate them.');
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of stale) writeFileSync(resolve(dir, name), text);
  console.log(`kunshan data: ${stale.length} written, ${expected.size - stale.length} unchanged in ${dir}`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
