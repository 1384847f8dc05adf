import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The example dataset of the four reference communities, parsed afresh for each call. */
export function referenceData(): Record<string, unknown[]> & { meta?: unknown } {
  const file = fileURLToPath(new URL('../examples/data/reference-communities.json', import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
}

/** Deep-freezes a value so that any mutation by the code under test throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** What running a script printed, and how it exited. */
export interface ScriptRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>` with tsx in a child process and returns its exit status and output, never throwing on a
 * non-zero exit (so that a test can assert on `--check` failing).
 */
export function runScript(name: string, args: readonly string[]): ScriptRun {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsx = `${root}node_modules/tsx/dist/cli.mjs`;
  try {
    const stdout = execFileSync(process.execPath, [tsx, `${root}scripts/${name}`, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as ScriptRun;
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * The import specifiers of the package's browser-safe module entries, read from package.json's "exports": every
 * subpath but the CLI (a Node program) and the file patterns (`schemas/*`, `conformance/*`, `package.json`).
 */
export function browserEntrySpecifiers(): string[] {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(pkg.exports)
    .filter((s) => !s.includes('*') && s !== './package.json' && s !== './cli')
    .map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
}
