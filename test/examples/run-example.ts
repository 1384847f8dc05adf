/** Runs an example program the way a reader would (`npx tsx examples/<name>.ts`) and returns what it printed. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `examples/<name>.ts` in a child Node process with tsx.
 *
 * @param name - the example's file name without `.ts`
 * @returns its standard output
 */
export function runExample(name: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', `examples/${name}.ts`], { cwd: root, encoding: 'utf8' });
}
