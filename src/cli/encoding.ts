/**
 * Decoding input as UTF-8 — strictly: bytes that are not UTF-8 (GBK from an old spreadsheet, UTF-16) stop the
 * file with a clear problem instead of being read as garbage.
 *
 * @module
 */
import { FatalInputError } from './problem.js';

/** What non-UTF-8 input most likely is, when it can be told. */
export type EncodingGuess = 'gb18030' | 'utf-16';

const CJK = /[\u3400-\u9fff]/;
const CHINESE_PUNCTUATION = /[\u00b7\u2010-\u2027\u2030-\u205e\u3000-\u303f\uff00-\uffef]/;

/**
 * Guesses the encoding of bytes that are not UTF-8: UTF-16 from its byte-order mark or its many zero bytes,
 * GB18030 (GBK's superset) when they decode as GB18030 into Chinese characters.
 *
 * @param bytes - a sample of the input, ideally from its start
 * @returns the guess, or `undefined`
 * @example
 * ```ts
 * guessEncoding(new Uint8Array([0xc9, 0xe7, 0xc7, 0xf8])); //=> 'gb18030' (社区 in GBK)
 * guessEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0x00])); //=> 'utf-16'
 * ```
 */
export function guessEncoding(bytes: Uint8Array): EncodingGuess | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return 'utf-16';
  let zeros = 0;
  for (const b of bytes) if (b === 0) zeros++;
  if (bytes.length > 0 && zeros / bytes.length > 0.2) return 'utf-16';
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes, { stream: true });
    // GBK fits when what it decodes reads as Chinese: nearly every character beyond ASCII a Chinese character or
    // Chinese punctuation (bytes that are not GBK at all still decode, into a scatter of other symbols: ED A0 80
    // becomes 韧€).
    let beyond = 0;
    let chinese = 0;
    for (const c of text) {
      if (c < '\u0080') continue;
      beyond++;
      if (CJK.test(c) || CHINESE_PUNCTUATION.test(c)) chinese++;
    }
    return chinese > 0 && chinese >= beyond * 0.9 ? 'gb18030' : undefined;
  } catch {
    return undefined;
  }
}

/** The offset of the first byte of `bytes` that a strict UTF-8 decoder rejects (bisection on prefixes). */
function firstInvalidOffset(bytes: Uint8Array): number {
  // A chunk may start inside a character begun in the previous chunk: skip up to three continuation bytes.
  let start = 0;
  while (start < 3 && start < bytes.length && ((bytes[start] ?? 0) & 0xc0) === 0x80) start++;
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = start; // decodes(low) is true
  let high = bytes.length; // decodes(high) is false (or the error is at the very end)
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (decodes(mid)) low = mid;
    else high = mid;
  }
  // `bytes[low]` is the byte rejected; the bad sequence starts at the lead byte of a character left open before it.
  for (let back = 1; back <= 3 && low - back >= start; back++) {
    const b = bytes[low - back] ?? 0;
    if ((b & 0xc0) === 0xc0) return low - back;
    if ((b & 0xc0) !== 0x80) break;
  }
  return low;
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Decodes a stream of bytes as UTF-8, chunk by chunk, dropping a leading byte-order mark. Strings pass through
 * unchanged. Each chunk's byte count is reported to `onBytes` (for the progress bar).
 *
 * @param chunks - the bytes, in order
 * @param file - the file's name, for the problem
 * @param onBytes - called with the size of each chunk read
 * @returns the text, chunk by chunk
 * @throws {@link FatalInputError} `not_utf8` (with the line, the byte offset and a guess of the encoding) at the
 *   first byte that is not UTF-8. GBK is guessed only when it fits: the bytes decode as GB18030 into Chinese and
 *   nothing beyond ASCII was read as UTF-8 before (a UTF-8 file that is damaged, holds an encoded surrogate such as
 *   `ED A0 80`, or ends inside a character is "invalid UTF-8 at byte N", with `truncated` for the last case)
 * @example
 * ```ts
 * for await (const text of decodeUtf8(createReadStream('data.csv'), 'data.csv')) process(text);
 * ```
 */
export async function* decodeUtf8(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  let newlines = 0;
  let first: Uint8Array | undefined;
  let last: Uint8Array | undefined;
  // Whether a character beyond ASCII was read as UTF-8 before the failure: then the file is UTF-8 that is damaged
  // or cut off, not GBK (whose Chinese text fails UTF-8 at its first character).
  let readUtf8 = false;
  const fail = (chunk: Uint8Array, at: number, truncated = false): never => {
    const beyondAscii = readUtf8 || chunk.subarray(0, at).some((b) => b >= 0x80);
    const found = guessEncoding(first ?? chunk);
    const guess = found === 'utf-16' || (found === 'gb18030' && !beyondAscii && !truncated) ? found : undefined;
    throw new FatalInputError({
      code: 'not_utf8',
      location: { file, line: newlines + countNewlines(chunk, at) + 1 },
      params: { offset: offset + at, ...(guess !== undefined && { guess }), ...(truncated && { truncated }) },
    });
  };
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      onBytes(chunk.length);
      yield chunk;
      continue;
    }
    first ??= chunk;
    last = chunk;
    onBytes(chunk.length);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return fail(chunk, firstInvalidOffset(chunk));
    }
    newlines += countNewlines(chunk);
    offset += chunk.length;
    if (!readUtf8) readUtf8 = chunk.some((b) => b >= 0x80);
    if (text !== '') yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    // A character cut off at the end of the file: name the byte it starts at.
    let back = 0;
    for (let b = 1; b <= 3 && last !== undefined && b <= last.length; b++) {
      const byte = last[last.length - b] ?? 0;
      if ((byte & 0xc0) === 0xc0) {
        back = b;
        break;
      }
      if ((byte & 0xc0) !== 0x80) break;
    }
    return fail(new Uint8Array(0), -back, true);
  }
  if (rest !== '') yield rest;
}

/**
 * Decodes input as GBK (read as GB18030, its superset), for `--encoding gbk`: old spreadsheets save CSV so.
 *
 * @param chunks - the bytes (strings pass through)
 * @param file - the file's name, for the problem
 * @param onBytes - called with the size of each chunk
 * @returns the text, chunk by chunk
 * @throws {@link FatalInputError} `not_gbk` (with its line) at bytes that are not GB18030
 * @example
 * ```ts
 * for await (const text of decodeGbk(createReadStream('gbk.csv'), 'gbk.csv')) process(text);
 * ```
 */
export async function* decodeGbk(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  let newlines = 0;
  // The line of the first byte that is not GB18030: the chunk read leniently up to its first replacement character.
  const fail = (chunk?: Uint8Array): never => {
    const text = chunk === undefined ? '' : new TextDecoder('gb18030').decode(chunk);
    const before = text.slice(0, Math.max(0, text.indexOf('\uFFFD')));
    throw new FatalInputError({ code: 'not_gbk', location: { file, line: newlines + before.split('\n').length }, params: {} });
  };
  for await (const chunk of chunks) {
    onBytes(chunk.length);
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    let text = '';
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      fail(chunk);
    }
    newlines += countNewlines(chunk);
    if (text !== '') yield text;
  }
  let rest = '';
  try {
    rest = decoder.decode();
  } catch {
    fail();
  }
  if (rest !== '') yield rest;
}
