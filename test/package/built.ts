/**
 * The built package as an application sees it: each subpath's ESM file, found through package.json's "exports"
 * (so these tests follow the build layout), and bundling with esbuild. These tests need `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from '../../scripts/size.js';

export { bundle, root, type Bundle } from '../../scripts/size.js';

interface Conditions {
  readonly import?: string | { readonly module?: string; readonly default?: string };
}

/**
 * The ESM file an application's bundler gets for a subpath of the package (the `module` condition, else the
 * `import` one), relative to the package root, e.g. `dist/esm/index.js`.
 *
 * @param subpath - `'.'`, `'./time'`, `'./datasets'`, …
 * @returns the path, without a leading `./`
 * @throws when the subpath is not exported, or the file is not built (run `npm run build` first)
 */
export function esmFile(subpath: string): string {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { exports: Record<string, Conditions> };
  const target = pkg.exports[subpath]?.import;
  const file = typeof target === 'string' ? target : (target?.module ?? target?.default);
  if (file === undefined) throw new Error(`package.json exports no ESM file for "${subpath}"`);
  const path = file.replace(/^\.\//, '');
  if (!existsSync(resolve(root, path))) throw new Error(`${path} is not built: run \`npm run build\` first`);
  return path;
}

/**
 * An entry module importing some names from a subpath of the built package and using them.
 *
 * @param names - the names, e.g. `['communityWorkFunds']`
 * @param subpath - the subpath (default `'.'`)
 * @returns the module's source
 */
export function importOnly(names: readonly string[], subpath = '.'): string {
  return `import { ${names.join(', ')} } from './${esmFile(subpath)}';\nconsole.log(${names.join(', ')});`;
}
