/** Runs examples/export-hsds.ts, so that the example never rots. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'examples/export-hsds.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('examples/export-hsds.ts', () => {
  it('prints the summary of the export of the four reference communities', () => {
    const lines = run().split('\n');
    // By hand from examples/data/reference-communities.json: 4 communities, 4 centres, 泾河's 3 items.
    expect(lines.slice(0, 6)).toEqual([
      'HSDS 3.0 export of examples/data/reference-communities.json',
      '  organizations        4',
      '  locations            4',
      '  services             3',
      '  service_at_locations 3',
      '  taxonomy terms       137 (Community public-service standards attributes)',
    ]);
    expect(lines).toContain('c67828c4-4dc2-5d15-b3c7-72efa5056af7  泾河村 — Rural community (rural–urban mixed community), 玉山镇.');
    expect(lines).toContain('  location  泾河村社区服务中心 (5 facilities, 0 schedules)');
    expect(lines.filter((l) => l.startsWith('  service   '))).toEqual(['  service   水电服务', '  service   城管服务', '  service   计划生育服务']);
  });

  it('prints the whole export as JSON with --json', () => {
    const hsds = JSON.parse(run('--json')) as { organizations: unknown[]; issues: unknown[] };
    expect(hsds.organizations).toHaveLength(4);
    expect(hsds.issues).toEqual([]);
  });
});
