/**
 * The engine knows no rule set and no profile: nothing src/engine/ imports — directly or through any module it
 * imports, type imports included — is the default rule set, a rule of it, or a built-in profile. Read from the
 * source: every relative `import … from`, `export … from` and `import(…)` is followed, module by module.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** The relative specifiers a module imports or re-exports. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*'([^']+)'\s*\)/g)) found.push(m[1]!);
  return found.filter((s) => s.startsWith('.'));
}

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${relative(root, from)}`);
}

/** Every module reachable from the given ones, as paths relative to the repository. */
function closure(start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const s of specifiers(readFileSync(file, 'utf8'))) queue.push(resolveModule(file, s));
  }
  return new Set([...seen].map((f) => relative(root, f).split('\\').join('/')));
}

const engineDir = join(src, 'engine');
const engineFiles = readdirSync(engineDir).filter((f) => f.endsWith('.ts')).map((f) => join(engineDir, f));
const reached = closure(engineFiles);

/** The modules that define the default rule set and the built-in profiles, found by what they export. */
function definers(pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && pattern.test(readFileSync(path, 'utf8'))) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(src);
  return out;
}

describe('the engine (src/engine/)', () => {
  const registry = definers(/export const rules: readonly Rule\[\]/);
  const profiles = definers(/export const (kunshan|national)\b[^=]*= /);
  const builtInRules = definers(/export const \w+ = defineRule\(/);

  it('finds what it guards against (so that a move cannot make this test pass on nothing)', () => {
    expect(registry).toHaveLength(1);
    expect(profiles.length).toBeGreaterThanOrEqual(2);
    expect(builtInRules.length).toBeGreaterThanOrEqual(10);
    expect(reached.size).toBeGreaterThan(engineFiles.length);
    // A module of the engine that imports a profile would be found: the check composed with the default set does.
    expect([...closure([join(src, 'index.ts')])]).toEqual(expect.arrayContaining([...registry, ...profiles]));
  });

  it('imports neither the default rule set nor a built-in rule, directly or not', () => {
    expect([...reached].filter((f) => registry.includes(f) || builtInRules.includes(f))).toEqual([]);
  });

  it('imports no built-in profile, directly or not', () => {
    expect([...reached].filter((f) => profiles.includes(f) || /\/kunshan(\/|\.ts$)|\/national\.ts$/.test(f))).toEqual([]);
  });
});
