/**
 * The options of {@link toHsds} and their checks.
 *
 * @module
 */
import { InvalidOptionError } from '../errors.js';
import { resolveLocale, type Locale } from '../locale.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import type { Profile } from '../profiles/types.js';
import type { AddressRegion } from './context.js';
import { resolveNamespace } from './hsds-id.js';

/** Options of `toHsds`. */
export interface ToHsdsOptions {
  /** Locale of the text the export writes (descriptions, term names): `'zh-CN'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
  /**
   * Base URL of the publisher's HSDS API, e.g. `https://example.org/hsds`. When given, organizations get
   * `uri: <baseUrl>/organizations/<id>` and services `url: <baseUrl>/services/<id>`.
   */
  readonly baseUrl?: string | undefined;
  /** Namespace UUID of the ids (default `HSDS_NAMESPACE`); a publisher may use its own. */
  readonly namespace?: string | undefined;
  /** Profile holding `circle.minutes`, `circle.walkingSpeed`, `circle.detourFactor` (default `kunshan`). */
  readonly profile?: Profile | undefined;
  /** Date the parameters are read as of (default: the dataset's `meta.asOf`; one of the two is required). */
  readonly asOf?: string | Date | undefined;
  /** The parts of addresses the records lack (default {@link KUNSHAN_ADDRESS_REGION}). */
  readonly address?: Partial<AddressRegion> | undefined;
}

/**
 * The address parts of the default profile's city: 昆山市, 江苏省, CN, postal code unknown (empty: HSDS requires
 * the field, and a city-wide code would be a guess).
 */
export const KUNSHAN_ADDRESS_REGION: AddressRegion = /* @__PURE__ */ Object.freeze({ city: '昆山市', stateProvince: '江苏省', country: 'CN', postalCode: '' });

/** The options after checks and defaults (`asOf` stays unresolved: it may come from the dataset). */
export interface ResolvedHsdsOptions {
  /** Locale. */
  readonly locale: Locale;
  /** Base URL without a trailing `/`, if any. */
  readonly baseUrl: string | undefined;
  /** Namespace UUID, lowercase. */
  readonly namespace: string;
  /** Profile. */
  readonly profile: Profile;
  /** `YYYY-MM-DD`, if given. */
  readonly asOf: string | undefined;
  /** Address parts. */
  readonly region: AddressRegion;
}

/**
 * Checks the options of `toHsds` and fills in the defaults.
 *
 * @param options - the options as received
 * @returns the resolved options
 * @throws {@link index!InvalidOptionError} for a bad locale, a base URL that is not an absolute http(s) URL, a namespace
 *   that is not a UUID, a malformed `asOf`, a profile that is not an object or address parts that are not strings
 * @example
 * ```ts
 * resolveHsdsOptions({ baseUrl: 'https://example.org/hsds/' }).baseUrl; //=> 'https://example.org/hsds'
 * ```
 */
export function resolveHsdsOptions(options: ToHsdsOptions | undefined): ResolvedHsdsOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null) throw new InvalidOptionError('options', 'expected an object', options);
  const locale = resolveLocale(options.locale);
  const namespace = resolveNamespace(options.namespace);
  const profile = options.profile ?? kunshan;
  if (typeof profile !== 'object' || profile === null || typeof profile.parameters !== 'object') {
    throw new InvalidOptionError('profile', 'expected a profile such as kunshan', profile);
  }
  const asOf = options.asOf === undefined ? undefined : toIsoDate(options.asOf);
  return { locale, baseUrl: resolveBaseUrl(options.baseUrl), namespace, profile, asOf, region: resolveRegion(options.address) };
}

function resolveBaseUrl(baseUrl: unknown): string | undefined {
  if (baseUrl === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new InvalidOptionError('baseUrl', 'expected an absolute http(s) URL without query or fragment', baseUrl);
  }
  return url.href.replace(/\/+$/, '');
}

function resolveRegion(address: unknown): AddressRegion {
  if (address === undefined) return KUNSHAN_ADDRESS_REGION;
  if (typeof address !== 'object' || address === null) throw new InvalidOptionError('address', 'expected an object', address);
  const region: { -readonly [K in keyof AddressRegion]: AddressRegion[K] } = { ...KUNSHAN_ADDRESS_REGION };
  for (const key of ['city', 'stateProvince', 'country', 'postalCode'] as const) {
    const value: unknown = (address as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new InvalidOptionError(`address.${key}`, 'expected a string', value);
    region[key] = value;
  }
  return region;
}
