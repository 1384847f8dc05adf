/**
 * The asynchronous functions of `community-standards/xlsx` (left out of test/robustness, whose guard is
 * synchronous), given hostile arguments: bytes that are no workbook resolve with problems; anything but bytes
 * rejects with a CommunityStandardsError; the arguments are never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommunityStandardsError } from '../../src/index.js';
import { readXlsx, validateXlsx } from '../../src/xlsx/index.js';
import { sheetOf } from './helpers.js';

describe('readXlsx and validateXlsx with hostile arguments', () => {
  it('resolve with a fatal problem for random bytes, and leave them as they were', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const copy = bytes.slice();
        const read = await readXlsx(bytes);
        expect(read.records).toEqual([]);
        expect(read.problems.some((p) => p.fatal === true)).toBe(true);
        expect(bytes).toEqual(copy);
      }),
      { numRuns: 60 },
    );
  });

  it('resolve for a real workbook cut or flipped anywhere, never throwing', async () => {
    const data = await sheetOf('社区', [['编号', '名称', '类别', '模式'], ['c1', '东湖', '城市社区', '其他']]);
    await fc.assert(
      fc.asyncProperty(fc.nat(data.byteLength - 1), fc.integer({ min: 0, max: 255 }), async (at, byte) => {
        const flipped = data.slice();
        flipped[at] = byte;
        for (const bytes of [flipped, data.subarray(0, at)]) {
          const result = await validateXlsx(bytes, { locale: 'en' });
          expect(Array.isArray(result.issues)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reject anything but bytes with a CommunityStandardsError', async () => {
    for (const bad of [undefined, null, 'PK', 42, {}, [80, 75], new Int32Array(2)]) {
      const error = await readXlsx(bad as never).then(() => undefined, (e: unknown) => e);
      expect(isCommunityStandardsError(error), String(bad)).toBe(true);
    }
  });
});
