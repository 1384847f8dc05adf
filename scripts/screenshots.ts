/**
 * `npm run docs:screenshots`: renders the pictures the guides show, on purpose rather than on every test run.
 *
 * - docs/images/cli-report.png: `community-standards check examples/data/kunshan-2013.ndjson --output html` in a
 *   1280-pixel-wide headless Chromium (scripts/browser.ts finds one).
 *
 * The page is Chinese: the browser needs CJK fonts (Debian: `apt-get install -y fonts-noto-cjk`), or the picture
 * shows boxes. The script says so when it finds no such font.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from '../src/cli/index.js';
import { launchBrowser } from './browser.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'cs-screenshots-'));
try {
  if (!hasCjkFont()) console.error('warning: no CJK font found (Debian: apt-get install -y fonts-noto-cjk); Chinese text will show as boxes');
  const html = join(dir, 'report.html');
  await run(['check', 'examples/data/kunshan-2013.ndjson', '--output', 'html', html, '--no-progress'], {
    cwd: root,
    env: {},
    stdout: { write: () => undefined },
    stderr: { write: (text: string) => process.stderr.write(text) },
  });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(html).href);
    const out = join(root, 'docs', 'images', 'cli-report.png');
    mkdirSync(join(root, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    console.log(`→ ${out}`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
