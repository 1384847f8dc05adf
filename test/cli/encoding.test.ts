import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, guessEncoding } from '../../src/cli/encoding.js';
import { FatalInputError } from '../../src/cli/problem.js';

async function* chunks(...parts: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield part;
}

async function decodeAll(parts: Uint8Array[], onBytes?: (n: number) => void): Promise<string> {
  let text = '';
  for await (const piece of decodeUtf8(chunks(...parts), 'f.csv', onBytes)) text += piece;
  return text;
}

async function fatal(parts: Uint8Array[]): Promise<FatalInputError> {
  try {
    await decodeAll(parts);
  } catch (error) {
    if (error instanceof FatalInputError) return error;
    throw error;
  }
  throw new Error('expected a FatalInputError');
}

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('guessEncoding', () => {
  it('recognises GBK (社区 = C9 E7 C7 F8 in GB 2312/GBK), UTF-16 by its byte-order mark, and says nothing of other bytes', () => {
    expect(guessEncoding(bytes(0xc9, 0xe7, 0xc7, 0xf8))).toBe('gb18030');
    expect(guessEncoding(bytes(0xff, 0xfe, 0x41, 0x00))).toBe('utf-16');
    expect(guessEncoding(bytes(0xfe, 0xff, 0x00, 0x41))).toBe('utf-16');
    expect(guessEncoding(bytes(0x41, 0x00, 0x42, 0x00, 0x43, 0x00))).toBe('utf-16');
    expect(guessEncoding(utf8('plain ascii'))).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  it('decodes text cut anywhere, even inside a character, back to the same text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(fc.nat(), { maxLength: 5 }), async (text, cuts) => {
        const all = utf8(text);
        const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
        const parts: Uint8Array[] = [];
        let from = 0;
        for (const at of [...points, all.length]) {
          parts.push(all.subarray(from, at));
          from = at;
        }
        expect(await decodeAll(parts)).toBe(text);
      }),
    );
  });

  it('drops a leading byte-order mark and counts every byte read', async () => {
    let read = 0;
    expect(await decodeAll([bytes(0xef, 0xbb, 0xbf), utf8('id,name')], (n) => (read += n))).toBe('id,name');
    expect(read).toBe(10);
  });

  it('stops at the first byte that is not UTF-8, naming its line and offset and guessing GBK', async () => {
    // "id\nc1,东湖" in GBK: line 2, and 东 (B6 AB) starts at byte 6
    const error = await fatal([bytes(...utf8('id\nc1,'), 0xb6, 0xab, 0xba, 0xfe)]);
    expect(error.problem).toEqual({ code: 'not_utf8', location: { file: 'f.csv', line: 2 }, params: { offset: 6, guess: 'gb18030' } });
  });

  it('names the right line and offset in a later chunk', async () => {
    const error = await fatal([utf8('a\nb\n'), utf8('ccc\n'), bytes(0x64, 0xff)]);
    expect(error.problem.location).toEqual({ file: 'f.csv', line: 4 });
    expect(error.problem.params?.['offset']).toBe(9);
  });

  it('puts the error at the start of a character that a later byte breaks (E4 B8 then a letter)', async () => {
    const error = await fatal([bytes(0x61, 0x62, 0xe4, 0xb8, 0x41)]);
    expect(error.problem.params?.['offset']).toBe(2);
  });

  it('rejects a character cut off at the end of the file', async () => {
    const error = await fatal([bytes(0x61, 0xe4, 0xb8)]);
    expect(error.problem.code).toBe('not_utf8');
  });
});

describe('GBK is guessed only when it fits (issue 17)', () => {
  it('a UTF-8 file that ends inside a character is invalid UTF-8, cut off — not GBK', async () => {
    // "社区" in UTF-8 (E7 A4 BE E5 8C BA), the last character cut after its first byte: the file ends at byte 7
    const error = await fatal([bytes(...utf8('a,社'), 0xe5)]);
    expect(error.problem).toEqual({ code: 'not_utf8', location: { file: 'f.csv', line: 1 }, params: { offset: 5, truncated: true } });
  });
  it('an encoded surrogate (ED A0 80) after UTF-8 Chinese is invalid UTF-8 at its byte', async () => {
    const error = await fatal([bytes(...utf8('社,'), 0xed, 0xa0, 0x80)]);
    expect(error.problem.params).toEqual({ offset: 4 });
  });
  it('an encoded surrogate at the start is not GBK either (0x80 alone is not GB18030)', async () => {
    const error = await fatal([bytes(0xed, 0xa0, 0x80, 0x0a)]);
    expect(error.problem.params).toEqual({ offset: 0 });
  });
});
