/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so that memory figures do not mix) and writes
 * what they print to bench/results.md, each section headed by when, on which machine and under what load it was
 * taken. `npm run bench -- <name>` runs the benches whose file name holds `<name>` and prints their sections (so
 * stamped) without writing the file: paste them in place of the old ones.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { cpuSnapshot, loadNote, machine, stampSections } from './harness.js';

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
  const before = cpuSnapshot();
  try {
    const raw = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${dir}${file}`], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const stamp = `Taken on ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${file}) — ${machine()} — ${loadNote(before, cpuSnapshot(), cpus().length)}.`;
    const out = stampSections(raw, stamp);
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
    `# Benchmark results\n\nWritten whole by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Each section says when, on which machine and under what\nload it was taken: a section rerun later (\`npm run bench -- <name>\`) may come from another machine, so compare\nabsolute times only within a section. Ratios matter, not absolute times: rerun on your machine.\n\n${sections.join('\n\n')}\n`,
  );
}
