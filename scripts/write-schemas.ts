/**
 * Writes the JSON Schema (draft 2020-12) of every record kind, and of a whole dataset, to `schemas/<kind>.json`,
 * plus `schemas/index.json` listing them, and the schema of the report JSON form (`community-standards/report`) to
 * `schemas/report.json`. Run by `npm run schemas`; the files ship in the package.
 *
 * Usage:
 *   tsx scripts/write-schemas.ts            write the files (and delete `.json` files that belong to no kind)
 *   tsx scripts/write-schemas.ts --check    write nothing; exit 1 listing the files that are stale or stray
 *   … --out <dir>                           use another directory than `schemas/` (for tests)
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordKinds, type RecordKind } from '../src/models/kinds.js';
import { reportJSONSchema } from '../src/report/json.js';
import { toJSONSchema } from '../src/schema/to-json-schema.js';

/** One entry of `schemas/index.json`. */
interface IndexEntry {
  readonly kind: RecordKind | 'dataset';
  readonly file: string;
  readonly title: string;
}

/** Renders a JSON document as the files hold it: 2-space indentation and a trailing newline. */
function render(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every file the directory should hold, by file name, with its exact text. */
function expectedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index: IndexEntry[] = [];
  for (const kind of [...recordKinds, 'dataset'] as const) {
    const schema = toJSONSchema(kind);
    const file = `${kind}.json`;
    files.set(file, render(schema));
    index.push({ kind, file, title: String(schema['title']) });
  }
  files.set('index.json', render(index));
  files.set('report.json', render(reportJSONSchema()));
  return files;
}

function parseArgs(argv: readonly string[]): { check: boolean; dir: string } {
  let check = false;
  let dir = fileURLToPath(new URL('../schemas/', import.meta.url));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--out' && argv[i + 1] !== undefined) dir = resolve(argv[++i] as string);
    else throw new Error(`write-schemas: unknown argument ${JSON.stringify(arg)} (expected --check or --out <dir>)`);
  }
  return { check, dir };
}

function main(argv: readonly string[]): number {
  const { check, dir } = parseArgs(argv);
  const expected = expectedFiles();
  const present = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
  const stray = present.filter((name) => !expected.has(name));
  const stale = [...expected].filter(([name, text]) => !existsSync(resolve(dir, name)) || readFileSync(resolve(dir, name), 'utf8') !== text);

  if (check) {
    if (stale.length === 0 && stray.length === 0) {
      console.log(`schemas: ${expected.size} files up to date in ${dir}`);
      return 0;
    }
    for (const [name] of stale) console.error(`stale: ${name}`);
    for (const name of stray) console.error(`belongs to no kind: ${name}`);
    console.error('Run `npm run schemas` to regenerate them.');
    return 1;
  }

  mkdirSync(dir, { recursive: true });
  for (const [name, text] of stale) writeFileSync(resolve(dir, name), text);
  for (const name of stray) rmSync(resolve(dir, name));
  console.log(`schemas: ${stale.length} written, ${stray.length} removed, ${expected.size - stale.length} unchanged in ${dir}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
