/**
 * The HSDS ids of exported objects: version-5 UUIDs of a documented name in a documented namespace, so that the
 * same record always gets the same id, in any export, by any implementation.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { isUuid, uuidV5, uuidV5In } from './uuid.js';

/**
 * The longest segment of a name: far beyond the model's ids (200 characters) and the parts the export adds, so
 * that no call hashes megabytes.
 */
const MAX_SEGMENT_LENGTH = 10_000;

/**
 * The namespace of the library's HSDS ids: `uuidV5(NAMESPACE_URL,
 * 'https://github.com/community-standards/community-standards#hsds')`. A publisher who wants ids of its own (so
 * that two cities' `lishe` communities never share an id) passes its own namespace to `toHsds`.
 */
export const HSDS_NAMESPACE = 'a77c200b-754b-58cd-b9ca-f629ff23e89e';

/**
 * The name an HSDS id is derived from: the segments, each percent-encoded as by `encodeURIComponent`, joined by
 * `/`. Encoding keeps names unambiguous (a centre with id `a/phone` cannot collide with the phone of centre `a`).
 * A lone surrogate, which `encodeURIComponent` rejects, is written as its WTF-8 bytes (`'\uD800'` → `%ED%A0%80`),
 * which no well-formed text encodes to, so names stay distinct.
 *
 * @param segments - the record kind and id, then the parts of a sub-object (`'phone'`, a day band…)
 * @returns the name
 * @throws {@link index!InvalidOptionError} for a segment that is not a string or is longer than 10,000 characters
 * @example
 * ```ts
 * hsdsName('community', 'yushan-lishe'); //=> 'community/yushan-lishe'
 * hsdsName('serviceCenter', 'a/b', 'phone'); //=> 'serviceCenter/a%2Fb/phone'
 * ```
 */
export function hsdsName(...segments: readonly string[]): string {
  for (const segment of segments) {
    if (typeof segment !== 'string' || segment.length > MAX_SEGMENT_LENGTH) {
      throw new InvalidOptionError('segments', `expected strings of at most ${MAX_SEGMENT_LENGTH} characters`, typeof segment === 'string' ? segment.length : segment);
    }
  }
  return segments.map(encodeSegment).join('/');
}


const LONE_SURROGATE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

function encodeSegment(segment: string): string {
  try {
    return encodeURIComponent(segment);
  } catch (error) {
    // URIError means a lone surrogate: split them out (odd indexes) and write their bytes.
    if (!(error instanceof URIError)) throw error;
    return String(segment)
      .split(LONE_SURROGATE)
      .map((part, i) => (i % 2 === 0 ? encodeURIComponent(part) : wtf8(part.charCodeAt(0))))
      .join('');
  }
}

function wtf8(unit: number): string {
  return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
}

/**
 * The HSDS id of an object: the version-5 UUID of its {@link hsdsName} in `namespace`.
 *
 * @param namespace - the namespace UUID ({@link HSDS_NAMESPACE} unless the publisher has its own)
 * @param segments - the segments of the name
 * @returns the UUID
 * @throws {@link index!InvalidOptionError} when `namespace` is not a UUID, or a segment is not a string of at most
 *   10,000 characters
 * @example
 * ```ts
 * hsdsId(HSDS_NAMESPACE, 'community', 'yushan-lishe'); //=> 'bcaf1726-2eaf-5f7f-8576-5bb229b24c3d'
 * ```
 */
export function hsdsId(namespace: string, ...segments: readonly string[]): string {
  return uuidV5(namespace, hsdsName(...segments));
}

/**
 * {@link hsdsId} with the namespace fixed, for deriving many ids (reads the namespace once).
 *
 * @param namespace - the namespace UUID
 * @returns a function from name segments to the id
 * @throws {@link index!InvalidOptionError} when `namespace` is not a UUID
 * @example
 * ```ts
 * hsdsIds(HSDS_NAMESPACE)('community', 'yushan-lishe'); //=> 'bcaf1726-2eaf-5f7f-8576-5bb229b24c3d'
 * ```
 */
export function hsdsIds(namespace: string): (...segments: readonly string[]) => string {
  const derive = uuidV5In(namespace);
  return (...segments) => derive(hsdsName(...segments));
}

/**
 * Checks a `namespace` option, defaulting to {@link HSDS_NAMESPACE}.
 *
 * @param namespace - the option as received
 * @returns the namespace, lowercase
 * @throws {@link index!InvalidOptionError} when it is not a UUID
 * @example
 * ```ts
 * resolveNamespace(undefined); //=> 'a77c200b-754b-58cd-b9ca-f629ff23e89e'
 * ```
 */
export function resolveNamespace(namespace: unknown): string {
  if (namespace === undefined) return HSDS_NAMESPACE;
  if (!isUuid(namespace)) throw new InvalidOptionError('namespace', 'expected a UUID', namespace);
  return namespace.toLowerCase();
}
