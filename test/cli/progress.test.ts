import { describe, expect, it } from 'vitest';
import { createProgress, progressEnabled, renderProgress } from '../../src/cli/progress.js';

describe('renderProgress', () => {
  it('shows the share of bytes as a percentage and a 20-cell bar, the records and records per second', () => {
    // 50 of 200 bytes: 25%, 5 cells of 20; 250,000 records in 5 s: 50,000 a second
    expect(renderProgress({ records: 250_000, bytes: 50, totalBytes: 200, elapsedMs: 5000 }, { locale: 'en' })).toBe(
      ' 25% [█████░░░░░░░░░░░░░░░] 250,000 records · 50,000 records/s',
    );
    expect(renderProgress({ records: 3, bytes: 200, totalBytes: 200, elapsedMs: 2000 }, { locale: 'zh-CN' })).toBe(
      '100% [████████████████████] 3 条记录 · 2 条/秒',
    );
  });

  it('shows only the counts when the size is unknown (standard input), and no rate before any time has passed', () => {
    expect(renderProgress({ records: 1200, bytes: 10, totalBytes: undefined, elapsedMs: 0 }, { locale: 'en' })).toBe('1,200 records · 0 records/s');
  });
});

describe('progressEnabled', () => {
  const tty = { write() {}, isTTY: true };
  it('draws only on a terminal and not under CI', () => {
    expect(progressEnabled({ stderr: tty, env: {} })).toBe(true);
    expect(progressEnabled({ stderr: { write() {} }, env: {} })).toBe(false);
    expect(progressEnabled({ stderr: tty, env: { CI: 'true' } })).toBe(false);
    expect(progressEnabled({ stderr: tty, env: { CI: '1' } })).toBe(false);
    expect(progressEnabled({ stderr: tty, env: { CI: 'false' } })).toBe(true);
  });
});

describe('createProgress', () => {
  it('redraws in place at most every 100 ms and erases itself at the end', () => {
    let out = '';
    let now = 0;
    const bar = createProgress({ stderr: { write: (t: string) => (out += t), isTTY: true }, now: () => now }, true, 'en');
    bar.start(1000);
    now = 50;
    bar.tick(256, 100); // too soon
    expect(out).toBe('');
    now = 200;
    bar.tick(512, 500);
    expect(out).toBe('\r 50% [██████████░░░░░░░░░░] 512 records · 2,560 records/s\x1b[K');
    bar.end();
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when disabled', () => {
    let out = '';
    const bar = createProgress({ stderr: { write: (t: string) => (out += t), isTTY: true }, now: () => 1e6 }, false, 'en');
    bar.start(10);
    bar.tick(256, 5);
    bar.end();
    expect(out).toBe('');
  });
});
