/**
 * A headless Chromium for the browser tests and the docs screenshots, found in this order:
 *
 * 1. `CHROME_PATH`, when set (it must name an executable file);
 * 2. `chromium`, `chromium-browser`, `google-chrome` or `google-chrome-stable` on `PATH`;
 * 3. the Chromium that the devDependency `@sparticuz/chromium` ships inside its npm tarball (Linux x64), so that
 *    `npm install` alone brings a browser.
 *
 * When none is found, {@link launchBrowser} throws an error that says what to install: a test that needs a
 * browser fails, it is never skipped.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no network but the loopback and no display. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Names of a Chromium executable on `PATH`, in order of preference. */
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a browser was found, and how. */
export interface FoundBrowser {
  /** The executable. */
  readonly executablePath: string;
  /** `CHROME_PATH`, `PATH` or `@sparticuz/chromium`. */
  readonly from: 'CHROME_PATH' | 'PATH' | '@sparticuz/chromium';
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** What to do when no browser is found. */
export const NO_BROWSER =
  'No Chromium found for the browser tests. Run `npm install` (the devDependency @sparticuz/chromium ships one for ' +
  'Linux x64), or install one (Debian: `apt-get install -y chromium`), or set CHROME_PATH to a Chrome or Chromium executable.';

/**
 * Finds a Chromium executable (see the module's documentation for the order).
 *
 * @param env - the environment to read `CHROME_PATH` and `PATH` from (default `process.env`)
 * @returns where it is, or `undefined` when there is none
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<FoundBrowser | undefined> {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!isExecutable(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file`);
    return { executablePath: fromEnv, from: 'CHROME_PATH' };
  }
  for (const dir of (env.PATH ?? '').split(delimiter).filter((d) => d !== '')) {
    for (const name of ON_PATH) {
      const path = join(dir, name);
      if (isExecutable(path)) return { executablePath: path, from: 'PATH' };
    }
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: sparticuz } = await import('@sparticuz/chromium');
      return { executablePath: await sparticuz.executablePath(), from: '@sparticuz/chromium' };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Launches a headless Chromium found by {@link findBrowser}.
 *
 * @returns the browser (close it when done)
 * @throws Error with {@link NO_BROWSER} when no browser is found
 */
export async function launchBrowser(): Promise<Browser> {
  const found = await findBrowser();
  if (found === undefined) throw new Error(NO_BROWSER);
  return chromium.launch({ executablePath: found.executablePath, args: ARGS, headless: true });
}
