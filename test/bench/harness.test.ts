import { describe, expect, it } from 'vitest';
import { loadNote, stampSections } from '../../bench/harness.js';

describe('the line each section of bench/results.md carries', () => {
  it('goes under every second-level heading, and only there', () => {
    const out = stampSections('## A\n\n| x |\n\n### A.1\n\ntext\n## B\nmore\n', 'Taken on 2026-12-05.');
    expect(out).toBe('## A\n\nTaken on 2026-12-05.\n\n| x |\n\n### A.1\n\ntext\n## B\n\nTaken on 2026-12-05.\n\nmore\n');
  });

  it("says the machine was quiet when other work took at most a tenth of the cores' time", () => {
    const at = (ms: number, busy: number, child: number) => ({ at: ms, machineBusyMs: busy, childrenMs: child });
    // 2 cores for 10 s = 20 s of CPU. The bench took 10 s of it; the machine was busy 12 s: others took 2 s = 10%.
    expect(loadNote(at(0, 0, 0), at(10_000, 12_000, 10_000), 2)).toBe('a quiet machine (other work took 10% of the 2 cores while it ran)');
    // Busy 19 s, the bench 10 s: others took 9 s of 20 = 45%.
    expect(loadNote(at(0, 0, 0), at(10_000, 19_000, 10_000), 2)).toBe('**with other work running** (it took 45% of the 2 cores while it ran)');
    expect(loadNote({ at: 0, machineBusyMs: 0, childrenMs: undefined }, at(1, 1, 1), 2)).toMatch(/not measured/);
  });
});
