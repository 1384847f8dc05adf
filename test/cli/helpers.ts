/**
 * Running the CLI in-process on the fixtures, with the output captured.
 */
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/index.js';
import type { CliIo } from '../../src/cli/io.js';

/** test/fixtures/ */
export const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The repository's root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** What a run printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process, by default in test/fixtures/ with no terminal and `CI` unset. */
export async function cli(argv: readonly string[], io: Partial<CliIo> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    cwd: fixtures,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    ...io,
  });
  return { code, stdout, stderr };
}

/** Runs the CLI with `--output json` and parses what it printed. */
export async function cliJson<T = Record<string, unknown>>(argv: readonly string[], io: Partial<CliIo> = {}): Promise<{ code: number; json: T; stderr: string }> {
  const { code, stdout, stderr } = await cli([...argv, '--output', 'json'], io);
  return { code, json: JSON.parse(stdout) as T, stderr };
}
