/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so that memory figures do not mix) and writes
 * what they print to bench/results.md.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine } from './harness.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const sections: string[] = [];
for (const file of files) {
  console.error(`running ${file}…`);
  const start = performance.now();
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${dir}${file}`], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    process.stdout.write(out);
    sections.push(out.trim());
    console.error(`  ${file}: ${Math.round((performance.now() - start) / 1000)} s`);
  } catch (error) {
    // One broken benchmark does not cost the others their results; it is reported in its place, and the run fails.
    const stderr = (error as { stderr?: unknown }).stderr?.toString() ?? '';
    const detail = stderr.trim() !== '' ? stderr : error instanceof Error ? error.message : String(error);
    console.error(`  ${file} failed:\n${detail}`);
    sections.push(`## ${file}: failed\n\n\`\`\`\n${detail.trim().split('\n').slice(-15).join('\n')}\n\`\`\``);
    process.exitCode = 1;
  }
}
if (only.length === 0) {
  writeFileSync(
    `${dir}results.md`,
    `# Benchmark results\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine()}.\nRatios matter, not absolute times: rerun on your machine.\n\n${sections.join('\n\n')}\n`,
  );
}
