/**
 * The size budgets of `.size-limit.cjs`, measured as `npm run size` measures them (scripts/size.ts: esbuild,
 * minified, dependencies included, brotli). Needs `npm run build`.
 */
import { describe, expect, it } from 'vitest';
import { entrySource, measure, parseLimit, readChecks } from '../../scripts/size.js';
import { browserEntrySpecifiers } from '../helpers.js';

describe('the size checker', () => {
  it('reads limits as size-limit does (1 kB = 1024 B)', () => {
    expect(parseLimit('17 kB')).toBe(17 * 1024);
    expect(parseLimit('1.5 MB')).toBe(1.5 * 1024 * 1024);
    expect(parseLimit('900 B')).toBe(900);
    expect(() => parseLimit('17 kilobytes')).toThrow('Unreadable size limit');
  });

  it('builds the entry module size-limit would build', () => {
    expect(entrySource({ path: 'dist/index.js' })).toBe('export * from "./dist/index.js";');
    expect(entrySource({ path: './dist/index.js', import: '{ a, b as c }' })).toBe(
      'import { a, b as c } from "./dist/index.js";\nconsole.log(a, c);',
    );
  });

  it('has a budget for every entry of the package', () => {
    const checks = readChecks();
    expect(checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('main entry'),
        ...browserEntrySpecifiers().filter((s) => s !== 'community-standards'),
        '{ communityWorkFunds } alone',
        '{ validateRecord } alone',
      ]),
    );
  });
});

describe('size budgets (.size-limit.cjs)', () => {
  it.each(readChecks().map((check) => [check.name, check] as const))('%s', async (_name, check) => {
    const result = await measure(check);
    expect(result.size, `${check.name}: ${result.size} B (${check.gzip === true ? 'gzip' : 'brotli'}), limit ${check.limit}`).toBeLessThanOrEqual(
      result.limit,
    );
  });
});
