/**
 * What the CLI talks to: its output streams, standard input, the environment, the working directory and a
 * clock. `run` takes these as an argument, so tests run it in-process with strings for streams.
 *
 * @module
 */

/** A stream the CLI writes to. */
export interface OutputStream {
  /** Writes text. */
  write(text: string): unknown;
  /** Whether it is a terminal (the progress bar is drawn only on a terminal). */
  readonly isTTY?: boolean;
  /** The terminal's width in columns, if it is one. */
  readonly columns?: number;
}

/** The CLI's surroundings. */
export interface CliIo {
  /** Where results go. */
  readonly stdout: OutputStream;
  /** Where the progress bar and fatal messages go. */
  readonly stderr: OutputStream;
  /** Standard input, read when a file is given as `-`. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Environment variables (`CI` turns the progress bar off). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are read from. */
  readonly cwd: string;
  /** Milliseconds from an arbitrary origin, for records per second. */
  now(): number;
}

/**
 * The surroundings of the running process: `process.stdout`, `process.stderr`, `process.stdin`, `process.env`,
 * `process.cwd()` and `performance.now()`, each replaced by the one given.
 *
 * @param overrides - what to replace
 * @returns the surroundings
 * @example
 * ```ts
 * let out = '';
 * const io = processIo({ stdout: { write: (t: string) => (out += t) } });
 * io.cwd === process.cwd(); //=> true
 * ```
 */
export function processIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: overrides.stdout ?? process.stdout,
    stderr: overrides.stderr ?? process.stderr,
    stdin: overrides.stdin ?? process.stdin,
    env: overrides.env ?? process.env,
    cwd: overrides.cwd ?? process.cwd(),
    now: overrides.now ?? (() => performance.now()),
  };
}
