/**
 * Writing the HTML page safely: never over one of the run's input files, never over an existing file unless
 * `--force`, and through a temporary file beside the target that is renamed (or linked) into place, so that a
 * crash or a full disk never leaves half a page — or half of the file that was there.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { link, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageFailure } from './usage.js';

/** Where to write, and what must not be written over. */
export interface OutputTarget {
  /** The file, as given on the command line. */
  readonly file: string;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /** The run's input files as given (`-`, standard input, is skipped), the profile file among them. */
  readonly inputs: readonly string[];
  /** Whether an existing file may be replaced (`--force`). */
  readonly force: boolean;
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'EIO';

async function identity(path: string): Promise<{ dev: number; ino: number; file: boolean; dir: boolean } | undefined> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino, file: s.isFile(), dir: s.isDirectory() };
  } catch {
    return undefined;
  }
}

/**
 * Checks, before any work is done, that the output file may be written: it is not one of the inputs (by path, or
 * the same file through a link), not a directory, and — unless `force` — does not exist yet.
 *
 * @param target - the file, the inputs and `--force`
 * @throws {@link UsageFailure} `output_is_input`, `output_exists` or `cannot_write`
 * @example
 * ```ts
 * await checkOutputTarget({ file: 'data.ndjson', cwd: '.', inputs: ['data.ndjson'], force: true });
 * // throws UsageFailure('output_is_input')
 * ```
 */
export async function checkOutputTarget(target: OutputTarget): Promise<void> {
  const path = resolve(target.cwd, target.file);
  const existing = await identity(path);
  for (const input of target.inputs) {
    if (input === '-') continue;
    const inputPath = resolve(target.cwd, input);
    const same = inputPath === path || (existing !== undefined && (await identity(inputPath).then((i) => i !== undefined && i.dev === existing.dev && i.ino === existing.ino)));
    if (same) throw new UsageFailure('output_is_input', { file: target.file });
  }
  if (existing === undefined) return;
  if (existing.dir) throw new UsageFailure('cannot_write', { file: target.file, reason: 'EISDIR' });
  if (!target.force) throw new UsageFailure('output_exists', { file: target.file });
}

/**
 * Writes `text` to the target: checks it again ({@link checkOutputTarget}), writes a temporary file in the same
 * directory, then renames it over the target (`--force`) or links it to the target's name, which fails if a file
 * appeared there meanwhile; the temporary file is removed in every case.
 *
 * @param target - the file, the inputs and `--force`
 * @param text - the content: text (written as UTF-8) or bytes
 * @throws {@link UsageFailure} `output_is_input`, `output_exists` or `cannot_write`
 * @example
 * ```ts
 * await writeOutputFile({ file: 'report.html', cwd: '.', inputs: ['data.ndjson'], force: false }, page);
 * ```
 */
export async function writeOutputFile(target: OutputTarget, text: string | Uint8Array): Promise<void> {
  await checkOutputTarget(target);
  const path = resolve(target.cwd, target.file);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, typeof text === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' });
    if (target.force) {
      await rename(temporary, path);
    } else {
      try {
        await link(temporary, path);
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') throw new UsageFailure('output_exists', { file: target.file });
        // A file system without hard links: check once more, then rename (no longer atomic against a racing writer).
        if ((await identity(path)) !== undefined) throw new UsageFailure('output_exists', { file: target.file });
        await rename(temporary, path);
      }
    }
  } catch (error) {
    if (error instanceof UsageFailure) throw error;
    throw new UsageFailure('cannot_write', { file: target.file, reason: errorCode(error) });
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
