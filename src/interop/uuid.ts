/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5, formerly RFC 4122 §4.3): the same namespace and name always give
 * the same UUID, so that exporting a dataset twice gives the same ids.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { sha1, toHex } from './sha1.js';

/** RFC 9562's namespace for fully qualified domain names (§6.6). */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
/** RFC 9562's namespace for URLs (§6.6). */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Tells whether a value is a UUID written in the 8-4-4-4-12 hexadecimal form (any version, either case).
 *
 * @param value - anything
 * @returns whether it is a UUID string
 * @example
 * ```ts
 * isUuid('2ed6657d-e927-568b-95e1-2665a8aea6a2'); //=> true
 * isUuid('2ed6657d'); //=> false
 * ```
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/**
 * Derives a version-5 UUID: the SHA-1 hash of the namespace's 16 bytes followed by the name's UTF-8 bytes,
 * truncated to 16 bytes, with the version (5) and the variant (`10`) bits set.
 *
 * @param namespace - the namespace UUID
 * @param name - the name within the namespace (any string; hashed as UTF-8)
 * @returns the UUID, lowercase
 * @throws {@link index!InvalidOptionError} when `namespace` is not a UUID or `name` is not a string
 * @example
 * ```ts
 * uuidV5(NAMESPACE_DNS, 'www.example.com'); //=> '2ed6657d-e927-568b-95e1-2665a8aea6a2' (RFC 9562, A.4)
 * ```
 */
export function uuidV5(namespace: string, name: string): string {
  return uuidV5In(namespace)(name);
}

/**
 * {@link uuidV5} with the namespace fixed: reads the namespace once, for deriving many UUIDs.
 *
 * @param namespace - the namespace UUID
 * @returns a function from a name to its UUID
 * @throws {@link index!InvalidOptionError} when `namespace` is not a UUID (and, from the function, when a name is not a
 *   string)
 * @example
 * ```ts
 * const inDns = uuidV5In(NAMESPACE_DNS);
 * inDns('www.example.com'); //=> '2ed6657d-e927-568b-95e1-2665a8aea6a2'
 * ```
 */
export function uuidV5In(namespace: string): (name: string) => string {
  if (!isUuid(namespace)) throw new InvalidOptionError('namespace', 'expected a UUID such as 6ba7b811-9dad-11d1-80b4-00c04fd430c8', namespace);
  const hex = namespace.replaceAll('-', '');
  const prefix = new Uint8Array(16);
  for (let i = 0; i < 16; i++) prefix[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const encoder = new TextEncoder();
  return (name) => {
    if (typeof name !== 'string') throw new InvalidOptionError('name', 'expected a string', name);
    const nameBytes = encoder.encode(name);
    const input = new Uint8Array(16 + nameBytes.length);
    input.set(prefix);
    input.set(nameBytes, 16);
    const bytes = sha1(input).subarray(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10 (RFC 9562)
    const h = toHex(bytes);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}
