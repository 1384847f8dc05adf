/**
 * Size budgets of the built package: `npm run size` (after `npm run build`).
 *
 * The budgets live in `.size-limit.cjs`, in size-limit's format (`name`, `path`, `import`, `limit`), but are
 * measured here with esbuild's JS API, because size-limit 14 needs Node 22 (it imports `glob` from
 * `node:fs/promises`). Each check is measured as size-limit measures it: the entry (or a one-line `import` of a
 * few of its exports) bundled with its dependencies, minified, as ESM for a neutral platform, then compressed with
 * brotli (or gzip with `gzip: true`). A limit of `n kB` is n × 1024 bytes, as size-limit reads it.
 *
 * Exits with status 1 when a check is over its limit.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The package root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** One check of `.size-limit.cjs` (the subset of size-limit's options this script reads). */
export interface SizeCheck {
  /** What is measured, for the report. */
  readonly name: string;
  /** The built file, relative to the package root. */
  readonly path: string;
  /** Named imports to measure instead of the whole file, e.g. `'{ communityWorkFunds }'`. */
  readonly import?: string;
  /** The budget, e.g. `'20 kB'` or `'900 B'`. */
  readonly limit: string;
  /** Measure gzip instead of brotli. */
  readonly gzip?: boolean;
}

/** A bundle of a one-file entry: its code and sizes, and the bytes each input contributed. */
export interface Bundle {
  /** The minified code. */
  readonly code: string;
  /** Bytes of the minified code. */
  readonly bytes: number;
  /** Bytes after brotli (quality 11). */
  readonly brotli: number;
  /** Bytes after gzip (level 9). */
  readonly gzip: number;
  /** Bytes in the output per input file (paths relative to the package root). */
  readonly inputs: Readonly<Record<string, number>>;
}

/** Options of {@link bundle}. */
export interface BundleOptions {
  /** esbuild's platform: `'neutral'` (default) or `'browser'`. */
  readonly platform?: 'neutral' | 'browser';
  /** Whether to minify (default `true`). */
  readonly minify?: boolean;
}

/**
 * Bundles an entry module given as source text, the way an application's bundler would: with its dependencies,
 * minified, ESM, neutral platform, tree-shaken (the package's `"sideEffects": false` applies). Text stays UTF-8
 * (`charset: 'utf8'`, as Vite writes it), so Chinese strings can be searched for as they are written.
 *
 * @param contents - the entry module, e.g. `import { x } from './dist/index.js'; console.log(x);`
 * @param options - `platform` (default `'neutral'`) and `minify` (default `true`)
 * @returns the bundle
 */
export async function bundle(contents: string, options: BundleOptions = {}): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    minify: options.minify ?? true,
    format: 'esm',
    platform: options.platform ?? 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    charset: 'utf8',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no output');
  const code = file.text;
  const output = Object.values(result.metafile.outputs)[0];
  const inputs: Record<string, number> = {};
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    if (input.bytesInOutput > 0) inputs[path] = input.bytesInOutput;
  }
  return {
    code,
    bytes: file.contents.byteLength,
    brotli: brotliCompressSync(file.contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
    gzip: gzipSync(file.contents, { level: 9 }).byteLength,
    inputs,
  };
}

/**
 * The entry module size-limit would build for a check: `import <names> from '<path>'` and a use of them, or
 * `export * from '<path>'` for the whole file.
 *
 * @param check - the check
 * @returns the entry module's source
 */
export function entrySource(check: Pick<SizeCheck, 'path' | 'import'>): string {
  const specifier = JSON.stringify(`./${check.path.replace(/^\.\//, '')}`);
  if (check.import === undefined) return `export * from ${specifier};`;
  const names = check.import.replace(/[{}]/g, '').split(',').map((n) => n.trim()).filter((n) => n !== '');
  const locals = names.map((n) => n.split(/\s+as\s+/).pop() ?? n);
  return `import ${check.import} from ${specifier};\nconsole.log(${locals.join(', ')});`;
}

/**
 * Reads a size-limit limit (`'20 kB'`, `'1.5 MB'`, `'900 B'`) as bytes, with size-limit's 1 kB = 1024 B.
 *
 * @param limit - the limit
 * @returns the bytes
 */
export function parseLimit(limit: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|kB|KB|MB)\s*$/.exec(limit);
  if (match === null) throw new Error(`Unreadable size limit "${limit}"`);
  const factor = { B: 1, kB: 1024, KB: 1024, MB: 1024 * 1024 }[match[2] as 'B' | 'kB' | 'KB' | 'MB'];
  return Math.round(Number(match[1]) * factor);
}

/**
 * Reads `.size-limit.cjs`.
 *
 * @returns its checks
 */
export function readChecks(): readonly SizeCheck[] {
  const checks: unknown = createRequire(import.meta.url)(resolve(root, '.size-limit.cjs'));
  if (!Array.isArray(checks)) throw new Error('.size-limit.cjs must export an array of checks');
  return checks as SizeCheck[];
}

/** The measurement of one check. */
export interface SizeResult {
  /** The check. */
  readonly check: SizeCheck;
  /** Compressed bytes (brotli, or gzip for `gzip: true`). */
  readonly size: number;
  /** Minified bytes before compression. */
  readonly minified: number;
  /** The limit in bytes. */
  readonly limit: number;
  /** Whether the size is within the limit. */
  readonly ok: boolean;
}

/**
 * Measures one check. Throws when the built file is missing (run `npm run build` first).
 *
 * @param check - the check
 * @returns its measurement
 */
export async function measure(check: SizeCheck): Promise<SizeResult> {
  if (!existsSync(resolve(root, check.path))) throw new Error(`${check.path} does not exist: run \`npm run build\` first`);
  const result = await bundle(entrySource(check));
  const size = check.gzip === true ? result.gzip : result.brotli;
  const limit = parseLimit(check.limit);
  return { check, size, minified: result.bytes, limit, ok: size <= limit };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

async function main(): Promise<void> {
  const results = await Promise.all(readChecks().map((check) => measure(check)));
  const width = Math.max(...results.map((r) => r.check.name.length));
  for (const r of results) {
    const how = r.check.gzip === true ? 'gzip' : 'brotli';
    console.log(
      `${r.ok ? '✓' : '✗'} ${r.check.name.padEnd(width)}  ${kB(r.size).padStart(10)} ${how} (limit ${r.check.limit}; ${kB(r.minified)} minified)`,
    );
  }
  const over = results.filter((r) => !r.ok);
  if (over.length > 0) {
    console.error(`\n${over.length} size budget(s) exceeded.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { name: string };
  console.log(`Size budgets of ${pkg.name} (esbuild, minified, with dependencies):`);
  await main();
}
