import { afterEach, describe, expect, it, vi } from 'vitest';

describe('examples/compute-funds.ts', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints the 2011 and 2013 funds of a 7,500-household community with their notes', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    await import('../../examples/compute-funds.js');
    const out = lines.join('\n');
    expect(out).toContain('- 计算:7,500 ÷ 100 × 8,000元 = 600,000元');
    expect(out).toContain('- 计算:7,500 ÷ 100 × 15,000元 = 1,125,000元');
    expect(out).toContain('- Computation: 7,500 ÷ 100 × CNY 15,000 = CNY 1,125,000');
    expect(out).toContain('2011 → 2013: 60万元 → 112.5万元(增加 52.5万元)');
    expect(out).toContain('2011 → 2013: CNY 600,000 → CNY 1.125 million (up CNY 525,000)');
  });
});
