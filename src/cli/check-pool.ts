/**
 * Running the tasks of a streamed `check`: in a tinypool of worker threads, or in-process.
 *
 * @module
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { createTaskRunner, type CheckTask, type CheckTaskResult, type CheckTaskSetup } from './check-task.js';

/** Runs tasks; `close` ends the workers. */
export interface TaskRunner {
  /** Runs a task. */
  run(task: CheckTask): Promise<CheckTaskResult>;
  /** Ends the workers (if any). */
  close(): Promise<void>;
}

/** This module's folder: `dist/` when built (ESM or CJS), `src/cli/` under the tests. */
function here(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/**
 * The worker's module: the built `dist/check-worker.js`, or — when running from the TypeScript sources (the
 * tests) — a module written to a temporary folder that registers tsx in the worker and loads `check-worker.ts`.
 */
function workerModule(): string {
  const dir = here();
  const built = join(dir, 'check-worker.js');
  if (existsSync(built)) return pathToFileURL(built).href;
  const tsx = dirname(createRequire(join(dir, 'noop.js')).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsx, 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = pathToFileURL(join(dir, 'check-worker.ts')).href;
  const shim = join(mkdtempSync(join(tmpdir(), 'cs-worker-')), 'check-worker.mjs');
  writeFileSync(shim, `import { register } from ${JSON.stringify(api)};\nregister();\nexport const { runCheckTask } = await import(${JSON.stringify(source)});\n`);
  return shim;
}

/**
 * Creates the runner of a streamed check's tasks: with `jobs` > 1, a tinypool of `jobs` worker threads, each
 * given `setup` once; with 1, the same function in this thread.
 *
 * @param setup - what every task shares
 * @param jobs - worker threads, or 1 for none
 * @returns the runner
 * @example
 * ```ts
 * const runner = await createRunner(setup, 2);
 * const result = await runner.run(task);
 * await runner.close();
 * ```
 */
export async function createRunner(setup: CheckTaskSetup, jobs: number): Promise<TaskRunner> {
  if (jobs <= 1) {
    const runTask = await createTaskRunner(setup);
    return { run: async (task) => runTask(task), close: async () => undefined };
  }
  const pool = new Tinypool({ filename: workerModule(), name: 'runCheckTask', minThreads: jobs, maxThreads: jobs, workerData: setup, isolateWorkers: false });
  return {
    run: (task) => pool.run(task) as Promise<CheckTaskResult>,
    close: () => pool.destroy(),
  };
}
