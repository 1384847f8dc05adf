/**
 * SHA-1 (FIPS 180-4) in plain TypeScript, for name-based UUIDs (version 5). It runs wherever the library runs
 * (browsers, workers, Deno, Node) without `node:crypto` or the asynchronous Web Crypto API.
 *
 * SHA-1 is broken for collision resistance; UUID v5 uses it as RFC 9562 prescribes, to name things, not to
 * protect them. Do not use this for signatures or passwords.
 *
 * @module
 */

const BLOCK_BYTES = 64;

/**
 * Hashes bytes with SHA-1.
 *
 * @param data - the message
 * @returns the 20-byte digest
 * @example
 * ```ts
 * toHex(sha1(new TextEncoder().encode('abc'))); //=> 'a9993e364706816aba3e25717850c26c9cd0d89d'
 * ```
 */
export function sha1(data: Uint8Array): Uint8Array {
  const length = data.length;
  // Message, a 0x80 byte, zero padding, then the length in bits as a 64-bit big-endian integer.
  const padded = new Uint8Array(Math.ceil((length + 9) / BLOCK_BYTES) * BLOCK_BYTES);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000)); // high word of length × 8
  view.setUint32(padded.length - 4, (length * 8) >>> 0); // low word of length × 8

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Int32Array(80);
  for (let offset = 0; offset < padded.length; offset += BLOCK_BYTES) {
    for (let t = 0; t < 16; t++) w[t] = view.getInt32(offset + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      // Ch for rounds 0–19, Parity for 20–39 and 60–79, Maj for 40–59 (FIPS 180-4 §4.1.1).
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 || t >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const digest = new Uint8Array(20);
  const out = new DataView(digest.buffer);
  out.setInt32(0, h0);
  out.setInt32(4, h1);
  out.setInt32(8, h2);
  out.setInt32(12, h3);
  out.setInt32(16, h4);
  return digest;
}

/**
 * Writes bytes as lowercase hexadecimal.
 *
 * @param bytes - the bytes
 * @returns two hex digits per byte
 * @example
 * ```ts
 * toHex(new Uint8Array([0, 171, 255])); //=> '00abff'
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += HEX[byte]!;
  return hex;
}

const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

