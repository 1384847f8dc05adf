/**
 * The package's version, for `--version`: read from the nearest `package.json` named `community-standards`
 * above this module (in `dist/` once built, in `src/cli/` in development).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function here(): string {
  // CJS builds have `__filename`; ESM builds have `import.meta.url` (empty in CJS, so read only when needed).
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/**
 * The version of the installed package.
 *
 * @returns the version, e.g. `0.1.0`, or `unknown` when no `package.json` of the package is found
 * @example
 * ```ts
 * packageVersion(); //=> '0.1.0'
 * ```
 */
export function packageVersion(): string {
  let dir = dirname(here());
  for (let i = 0; i < 6; i++) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (json.name === 'community-standards' && typeof json.version === 'string') return json.version;
    } catch {
      // no package.json here: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return 'unknown';
}
