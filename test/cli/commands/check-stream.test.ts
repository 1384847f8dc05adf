import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/datasets/generate.js';
import { check } from '../../../src/standards/check.js';
import { groupedLines } from '../../../bench/grouped-ndjson.js';
import { cli, fixtures } from '../helpers.js';
import { parseCliArgs } from '../../../src/cli/args.js';
import { checkCommand } from '../../../src/cli/commands/check.js';
import { processIo } from '../../../src/cli/io.js';
import { cliMessages } from '../../../src/cli/messages.js';
import { renderText } from '../../../src/report/text.js';

const dir = mkdtempSync(join(tmpdir(), 'cs-check-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 80 generated communities in grouped order, a record with a bad field, a malformed line and a repeated record among them. */
const lines = [...groupedLines(generateDataset({ communities: 80, seed: 19 }))];
const plaque = lines.findIndex((l) => l.startsWith('{"$kind":"plaque"'));
lines.splice(plaque + 1, 0, '{"$kind":"plaque","id":"odd","communityId":"c1","name":7}', '{"$kind":"grid",', lines[plaque] as string);
const grouped = join(dir, 'grouped.ndjson');
writeFileSync(grouped, `${lines.join('\n')}\n`);

/** The dataset the lines hold, as one run reads it (every record by kind, in line order). */
function whole(text: readonly string[]): Record<string, unknown[]> {
  const keys: Record<string, string> = { serviceItem: 'serviceItems', community: 'communities', serviceCenter: 'serviceCenters', facility: 'facilities', staffMember: 'staffMembers', grid: 'grids', plaque: 'plaques' };
  const out: Record<string, unknown[]> & { meta?: unknown } = {};
  for (const line of text) {
    try {
      const { $kind, ...rest } = JSON.parse(line) as Record<string, unknown>;
      if ($kind === 'meta') (out as { meta?: unknown }).meta = rest;
      else (out[keys[$kind as string] as string] ??= []).push(rest);
    } catch {
      // the malformed line
    }
  }
  return out;
}

const parse = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
const key = (f: Record<string, unknown>) => JSON.stringify([f['rule'], f['subject'], f['item'] ?? null, f['code']]);

describe('check of a grouped NDJSON file, streamed', () => {
  const expected = check(whole(lines), { locale: 'en' });

  it('--output ndjson: a failure a line, then the summary of one run, with --jobs 1 and --jobs 2 alike', async () => {
    const one = await cli(['check', grouped, '--output', 'ndjson', '--jobs', '1', '--locale', 'en']);
    const two = await cli(['check', grouped, '--output', 'ndjson', '--jobs', '2', '--locale', 'en']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    const a = parse(one.stdout);
    const b = parse(two.stdout);
    // The same lines in the same order (groups in input order), but the summary's count of jobs.
    expect(a.slice(0, -1)).toEqual(b.slice(0, -1));
    const findings = a.slice(0, -1);
    const summary = a.at(-1) as { type: string; summary: Record<string, unknown>; input: { records: number; problems: { byCode: Record<string, number> }; jobs: number }; run: { exitCode: number } };
    expect(findings.every((f) => f['type'] === 'finding' && f['outcome'] === 'fail')).toBe(true);
    expect(findings.map(key).sort()).toEqual(expected.findings.filter((f) => f.outcome === 'fail').map((f) => key(f as never)).sort());
    // Parameters by id, and each subject located on its line.
    const first = findings[0] as { parameters: unknown[]; file: string; line: number; subject: { id: string } };
    expect(first.parameters.every((p) => typeof p === 'string')).toBe(true);
    // The summary line holds each parameter a finding names, once, as the report does.
    const named = new Set(findings.flatMap((f) => f['parameters'] as string[]));
    const held = (a.at(-1) as { parameters: Record<string, { id: string }> }).parameters;
    expect([...named].every((id) => held[id]?.id === id)).toBe(true);
    expect(named.size).toBeGreaterThan(3);
    expect(lines[first.line - 1]).toContain(`"id":"${first.subject.id}"`);
    const { bySubject: _, ...counts } = expected.summary;
    expect(summary.type).toBe('summary');
    expect(summary.summary).toEqual(counts);
    expect(summary.input.records).toBe(lines.length - 2);
    expect(summary.input.problems.byCode).toEqual({ malformed_line: 1, invalid_type: 1, duplicate_id: 1 });
    expect(summary.run.exitCode).toBe(1);
    expect((parse(two.stdout).at(-1) as typeof summary).input.jobs).toBe(2);
  });

  it('--findings all writes every finding', async () => {
    const { stdout } = await cli(['check', grouped, '--output', 'ndjson', '--findings', 'all', '--jobs', '1']);
    const out = parse(stdout);
    const t = expected.summary.total;
    expect(out).toHaveLength(t.pass + t.fail + t.notApplicable + 1);
  });

  it('text: the same report as the whole-dataset check of before (checkCommand, rendered as run renders it)', async () => {
    const argv = ['check', grouped, '--locale', 'en', '-n', '25'];
    const streamed = await cli([...argv, '--jobs', '2']);
    const parsed = parseCliArgs(argv);
    if (parsed.type !== 'run') throw new Error('not a run');
    const before = await checkCommand(parsed.args, processIo({ cwd: fixtures, env: {}, stdout: { write: () => true }, stderr: { write: () => true } }));
    expect(streamed.stdout).toBe(renderText(before.output, { maxFailures: Number.POSITIVE_INFINITY, more: cliMessages.en.text.more }));
    expect(streamed.code).toBe(before.output.run?.exitCode);
    expect(streamed.stdout).toContain('Failures (224; the first 25, most severe first)');
  });

  it('an input not grouped after all (a staff member names a centre of another task’s group) is checked again as one dataset', async () => {
    // 500 communities are more lines than a task takes (4,000): the first and the last group are checked apart.
    const moved = [...groupedLines(generateDataset({ communities: 500, seed: 23 }))];
    expect(moved.length).toBeGreaterThan(10_000);
    const last = moved.length - 1 - [...moved].reverse().findIndex((l) => l.startsWith('{"$kind":"staffMember"'));
    moved[last] = (moved[last] as string).replace(/"serviceCenterId":"[^"]+"/, '"serviceCenterId":"sc1"');
    const file = join(dir, 'moved.ndjson');
    writeFileSync(file, `${moved.join('\n')}\n`);
    const { stdout, stderr } = await cli(['check', file, '--output', 'ndjson', '--jobs', '1', '--locale', 'en']);
    expect(stderr).toMatch(/^note: the input is not grouped by community \(not-grouped serviceCenter sc1\)/);
    const out = parse(stdout);
    const restart = out.findIndex((l) => l['type'] === 'restart');
    expect(restart).toBeGreaterThan(0);
    const again = check(whole(moved), { locale: 'en' });
    const { bySubject: _, ...counts } = again.summary;
    expect((out.at(-1) as { summary: unknown }).summary).toEqual(counts);
    expect(out.slice(restart + 1, -1)).toHaveLength(again.summary.total.fail);
  });

  it('a file ordered by kind is one group: exact, and said so', async () => {
    const { stderr, code } = await cli(['check', join(process.cwd(), 'examples/data/kunshan-2013.ndjson'), '--locale', 'en']);
    expect(code).toBe(1);
    expect(stderr).toBe('note: the input is not grouped by community: 308 communities were checked as one group (exact; memory grows with the data; docs/scale.md shows the grouped order)\n');
  });
});
