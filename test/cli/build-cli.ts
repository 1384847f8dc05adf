/**
 * Builds the CLI's Node entries (the ones tsup.config.ts declares) into a directory of their own, so that the
 * tests run the built executable without touching dist/ (which other tests read while `npm test` rebuilds it).
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'tsup';
import { nodeEntries } from '../../tsup.config.js';
import { root } from './helpers.js';

/**
 * Builds into node_modules/.cache/ (so that the bundle's dependencies resolve from the project's node_modules) as
 * `.mjs` (Node reads files under node_modules/ without the project's `"type": "module"`), and returns the path of
 * the executable and a function removing the build.
 */
export async function buildCli(): Promise<{ bin: string; remove: () => void }> {
  const outDir = join(root, 'node_modules', '.cache', 'community-standards-cli-test', `${process.pid}-${Date.now()}`);
  await build({
    entry: Object.fromEntries(Object.entries(nodeEntries).map(([name, path]) => [name, resolve(root, path)])),
    format: ['esm'],
    platform: 'node',
    target: 'es2022',
    outDir,
    outExtension: () => ({ js: '.mjs' }),
    splitting: true,
    treeshake: true,
    dts: false,
    sourcemap: false,
    clean: false,
    silent: true,
    config: false,
  });
  return { bin: join(outDir, 'bin.mjs'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
