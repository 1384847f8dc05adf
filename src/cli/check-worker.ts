/**
 * The worker thread of a streamed `check` (run by tinypool): its export `runCheckTask` runs one task with the setup the
 * pool gave every worker (`workerData`).
 *
 * @module
 */
import { workerData } from 'node:worker_threads';
import { createTaskRunner, type CheckTask, type CheckTaskResult, type CheckTaskSetup } from './check-task.js';

let runner: Promise<(task: CheckTask) => CheckTaskResult> | undefined;

/**
 * Runs a task in this worker (the setup is read once, from tinypool's `workerData`).
 *
 * @param task - the task
 * @returns its result
 * @example
 * ```ts
 * await pool.run(task, { name: 'runCheckTask' }); // tinypool calls it in a worker
 * ```
 */
export async function runCheckTask(task: CheckTask): Promise<CheckTaskResult> {
  runner ??= createTaskRunner((workerData as [unknown, CheckTaskSetup])[1]);
  return (await runner)(task);
}
