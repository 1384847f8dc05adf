#!/usr/bin/env node
/**
 * Moves source modules to the layout of docs/architecture.md (one folder per standard family) and rewrites every
 * relative import that pointed at an old path. Re-runnable: files already moved stay where they are, and an import
 * of an old path (a branch written before the move and merged after it) is pointed at the new one.
 *
 * Usage: node scripts/relayout.mjs [--dry-run]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const dryRun = process.argv.includes('--dry-run');

const families = ['hall', 'service', 'center', 'governance', 'circle', 'staff', 'area', 'signage', 'model', 'access', 'ledger', 'evaluation'];
const modules = ['engine', 'cli', 'geo', 'interop', 'money', 'statistics', 'time', 'validation'];

/** Old path → new path, relative to the root. Folders end with `/`. */
const moves = [
  ...families.map((f) => [`src/rules/${f}.ts`, `src/standards/${f}/rule.ts`]),
  ...families.map((f) => [`src/locales/rules/${f}.ts`, `src/standards/${f}/messages.ts`]),
  ['src/rules/community-items.ts', 'src/standards/service/community-items.ts'],
  ['src/rules/registry.ts', 'src/standards/index.ts'],
  ['src/rules/define-rule.ts', 'src/engine/define-rule.ts'],
  ['src/locales/rules/format.ts', 'src/engine/message-format.ts'],
  ['src/profiles/kunshan/hall.ts', 'src/standards/hall/kunshan.ts'],
  ['src/profiles/kunshan/center.ts', 'src/standards/center/kunshan.ts'],
  ['src/profiles/kunshan/burden.ts', 'src/standards/access/kunshan.ts'],
  ['src/models/access-request.ts', 'src/standards/access/model.ts'],
  ['src/locales/access.ts', 'src/standards/access/decision-messages.ts'],
  ['src/access/', 'src/standards/access/'],
  ['src/models/ledger.ts', 'src/standards/ledger/model.ts'],
  ['src/locales/ledgers.ts', 'src/standards/ledger/advice-messages.ts'],
  ['src/ledgers/', 'src/standards/ledger/'],
  ['src/models/plaque.ts', 'src/standards/signage/model.ts'],
  ['src/signage/plaque-kinds.ts', 'src/standards/signage/plaque-kinds.ts'],
  ...modules.map((m) => [`src/locales/${m}.ts`, `src/${m}/messages.ts`]),
  ['src/locales/calculators/', 'src/calculators/messages/'],
];

/** Expands folder moves into file moves (from the tree as it is, or from git's index of the old tree). */
function fileMoves() {
  const out = new Map();
  for (const [from, to] of moves) {
    if (!from.endsWith('/')) {
      out.set(from, to);
      continue;
    }
    const dir = join(root, from);
    const names = existsSync(dir) ? readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile()) : [];
    for (const n of names) out.set(from + n, to + n);
    // On a rerun the folder is gone: keep the mapping for the files git knew there.
    const known = execFileSync('git', ['ls-tree', '--name-only', '7ed66ce', from], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    for (const k of known) if (!out.has(k)) out.set(k, to + posix.basename(k));
  }
  return out;
}

const map = fileMoves();
const inverse = new Map([...map].map(([a, b]) => [b, a]));

// 1. Move what is still at its old path.
const movedNow = new Set();
for (const [from, to] of map) {
  if (!existsSync(join(root, from))) continue;
  if (existsSync(join(root, to))) throw new Error(`both ${from} and ${to} exist`);
  if (!dryRun) {
    execFileSync('mkdir', ['-p', dirname(join(root, to))]);
    execFileSync('git', ['mv', from, to], { cwd: root });
  }
  movedNow.add(to);
  console.log(`moved ${from} → ${to}`);
}

// 2. Rewrite relative imports.
const exts = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'];
function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else if (exts.some((e) => name.endsWith(e))) acc.push(relative(root, p));
  }
  return acc;
}
const files = ['src', 'test', 'bench', 'scripts', 'examples', 'docs'].filter((d) => existsSync(join(root, d))).flatMap((d) => walk(join(root, d)));
files.push(...['tsup.config.ts', 'vitest.config.ts'].filter((f) => existsSync(join(root, f))));

/** The source file a specifier names, as a root-relative path with its real extension, if it exists. */
function target(fromDir, spec) {
  const base = posix.normalize(posix.join(fromDir, spec));
  const stem = base.replace(/\.(js|mjs|cjs)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.mts`, `${stem}.cts`, `${stem}.tsx`];
  return candidates;
}
function existing(candidates) {
  return candidates.find((c) => existsSync(join(root, c)) && statSync(join(root, c)).isFile());
}
function mapped(candidates) {
  for (const c of candidates) if (map.has(c)) return map.get(c);
  return undefined;
}
function specFor(fromFile, toFile, oldSpec) {
  let rel = posix.relative(posix.dirname(fromFile), toFile);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  const ext = oldSpec.match(/\.(js|mjs|cjs|ts)$/)?.[0];
  const stem = rel.replace(/\.(ts|mts|cts|tsx)$/, '');
  if (ext === '.js' || ext === undefined) return ext === undefined ? stem : `${stem}.js`;
  if (ext === '.ts') return `${stem}.ts`;
  return rel;
}

const pattern = /((?:from|import|require|vi\.mock|importActual)\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\2/g;
let changed = 0;
for (const file of files) {
  const text = readFileSync(join(root, file), 'utf8');
  const old = inverse.get(file) ?? file;
  const wasMovedNow = movedNow.has(file);
  const next = text.replace(pattern, (whole, lead, quote, spec) => {
    let to;
    if (wasMovedNow) {
      const c = target(posix.dirname(old), spec);
      to = mapped(c) ?? existing(c);
    } else {
      const c = target(posix.dirname(file), spec);
      to = existing(c) ?? mapped(c);
      if (to === undefined && old !== file) {
        const c2 = target(posix.dirname(old), spec);
        to = mapped(c2) ?? existing(c2);
      }
    }
    if (to === undefined) {
      console.warn(`unresolved: ${file}: ${spec}`);
      return whole;
    }
    const spec2 = specFor(file, to, spec);
    return spec2 === spec ? whole : `${lead}${quote}${spec2}${quote}`;
  });
  if (next !== text) {
    changed++;
    if (!dryRun) writeFileSync(join(root, file), next);
  }
}
console.log(`${movedNow.size} files moved, ${changed} files rewritten`);
