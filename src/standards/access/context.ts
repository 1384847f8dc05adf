/**
 * The options shared by the burden-reduction functions (access decisions, tallies, ledgers): a profile, a date and
 * a locale, resolved into a parameter reader.
 *
 * @module
 */
import { optionBag } from '../../options.js';
import { InvalidOptionError } from '../../errors.js';
import { resolveLocale, type Locale } from '../../locale.js';
import { toIsoDate } from '../../profiles/as-of.js';
import { kunshan } from '../../profiles/kunshan.js';
import { parameter } from '../../profiles/parameter.js';
import type { Profile } from '../../profiles/types.js';
import type { ParamReader } from './settings.js';

/** Options of `decideAccess`, `accessTally` and `rationalizeLedgers`. */
export interface AccessOptions {
  /** The profile holding the lists, review bodies and catalogue (default: `kunshan`). */
  readonly profile?: Profile;
  /** The date: parameters in force then, approvals given by then. Required. */
  readonly asOf: string | Date;
  /** Locale of reasons and issues (default `zh-CN`). */
  readonly locale?: Locale;
}

/**
 * Resolves {@link AccessOptions}.
 *
 * @param options - the options
 * @returns a parameter reader for the profile at the date, the date and the locale
 * @throws {@link index!InvalidOptionError} for missing options, a missing or malformed date, or a bad locale
 * @example
 * ```ts
 * accessContext({ asOf: '2013-06-30' }).param('access.requiredApprovers').value; //=> ['市纪委', '市民政局', '市法制办公室']
 * ```
 */
export function accessContext(options: AccessOptions): { param: ParamReader; asOf: string; locale: Locale } {
  options = optionBag(options);
  if (typeof options !== 'object' || options === null || options.asOf === undefined) {
    throw new InvalidOptionError('asOf', 'give the date (asOf) the parameters and approvals are read at');
  }
  const locale = resolveLocale(options.locale);
  const asOf = toIsoDate(options.asOf);
  const profile = options.profile ?? kunshan;
  return { param: (id) => parameter(profile, id, asOf), asOf, locale };
}
