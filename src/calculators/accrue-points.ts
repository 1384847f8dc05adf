/**
 * Earning volunteer service points (服务积分) from a volunteer service record.
 *
 * @module
 */
import { optionBag } from '../options.js';
import { resolveLocale, type Locale } from '../locale.js';
import { pointsText } from './messages/points.js';
import type { VolunteerService } from '../models/volunteer-service.js';
import { toIsoDate } from '../profiles/as-of.js';
import { kunshan } from '../profiles/kunshan.js';
import type { Profile } from '../profiles/types.js';
import { received } from './issue.js';
import { localized, note, noteStep } from './note.js';
import { creditFor, minutesOf } from './points-credit.js';
import { append, checkLedger, lastDate, refuse, type LedgerUpdate, type PointsAccrual, type PointsLedger } from './points-ledger.js';
import type { InvalidOptionError, NoValueInForceError } from '../errors.js';

/** Options of the points ledger functions. */
export interface PointsOptions {
  /** The day the entry is recorded and takes effect (default for an accrual: the day of service). */
  readonly asOf?: string | Date;
  /** The profile (default `kunshan`). */
  readonly profile?: Profile;
  /** The locale of issue messages (default `zh-CN`); the note is always in every locale. */
  readonly locale?: Locale;
}

/**
 * Records the points a volunteer service earns, as a new accrual entry. By the parameters in force on the day of
 * service: the hours (read exactly, to the minute) are capped per activity (`points.maxHoursPerActivity`, 8 hours
 * in `kunshan`), multiplied by the rate (`points.perHour`, 1 point an hour — an assumption: the report names
 * 服务积分管理 but gives no rate), counted to 0.01 of a point (`points.rounding`), and valid for
 * `points.validityMonths` (24) months from the day of service.
 *
 * > 通过政府购买服务、服务成本补偿、服务积分管理等方式,鼓励和支持社会力量广泛参与志愿服务活动 (paragraph 6)
 *
 * Refused, with the ledger unchanged and an issue: a service of another volunteer, one that already earned
 * points here, hours outside 0–24, a malformed date, a recording date before the service or before the ledger's
 * last entry.
 *
 * @param ledger - the volunteer's ledger
 * @param service - the `VolunteerService` record
 * @param options - `asOf` (the recording day; default the service's day), `profile`, `locale`
 * @returns the new ledger and entry, or the unchanged ledger and the issue; with the worked note
 * @throws {@link index!InvalidOptionError} for a ledger that is not one, a bad `asOf` or locale, or a points parameter
 *   that is not usable; {@link index!NoValueInForceError} when a points parameter has no value on the day of service
 * @example
 * ```ts
 * const update = accruePoints(createPointsLedger('v1'), { id: 's1', volunteerId: 'v1', activity: '楼道清洁', date: '2013-05-04', hours: 2.5 });
 * update.ok && update.entry; //=> { seq: 1, kind: 'accrual', creditedMinutes: 150, centipoints: 250, expiresOn: '2015-05-04', … }
 * ```
 */
export function accruePoints(ledger: PointsLedger, service: VolunteerService, options: PointsOptions = {}): LedgerUpdate {
  options = optionBag(options);
  checkLedger(ledger);
  const locale = resolveLocale(options.locale);
  const recordedOn = options.asOf === undefined ? undefined : toIsoDate(options.asOf);
  const s = readService(service);
  const title = localized(pointsText, (t) => t.accrualTitle({ activity: s.activity, serviceId: s.id ?? '?', date: String(s.date) }));
  if (s.id === undefined) return refuse(ledger, locale, title, 'unreadable_input', ['service']);
  if (s.volunteerId !== ledger.volunteerId) {
    return refuse(ledger, locale, title, 'wrong_volunteer', ['service', 'volunteerId'], { params: { volunteerId: String(s.volunteerId), ledger: ledger.volunteerId } });
  }
  const serviceDate = isoDateOrUndefined(s.date);
  if (serviceDate === undefined) return refuse(ledger, locale, title, 'invalid_date', ['service', 'date'], { expected: 'YYYY-MM-DD', received: received(s.date) });
  const minutes = minutesOf(s.hours);
  if (minutes === undefined) return refuse(ledger, locale, title, 'invalid_hours', ['service', 'hours'], { expected: '0..24', received: received(s.hours) });
  const earlier = ledger.entries.find((e): e is PointsAccrual => e.kind === 'accrual' && e.serviceId === s.id);
  if (earlier !== undefined) return refuse(ledger, locale, title, 'duplicate_service', ['service', 'id'], { params: { serviceId: s.id, seq: earlier.seq } });
  const date = recordedOn ?? serviceDate;
  if (date < serviceDate) return refuse(ledger, locale, title, 'recorded_before_service', ['asOf'], { params: { date, serviceDate } });
  const last = lastDate(ledger);
  if (last !== undefined && date < last) return refuse(ledger, locale, title, 'out_of_order', ['asOf'], { params: { date, last } });

  const credit = creditFor(minutes, serviceDate, options.profile ?? kunshan);
  const entry: PointsAccrual = {
    seq: ledger.entries.length + 1,
    date,
    kind: 'accrual',
    serviceId: s.id,
    activity: s.activity,
    serviceDate,
    servedMinutes: credit.servedMinutes,
    creditedMinutes: credit.creditedMinutes,
    centipoints: credit.centipoints,
    expiresOn: credit.expiresOn,
  };
  const steps = [...credit.steps, noteStep(localized(pointsText, (t) => t.recorded({ seq: entry.seq, centipoints: entry.centipoints })))];
  return { ok: true, ledger: append(ledger, entry), entry, issues: [], explanation: note(title, steps) };
}

/** A calendar date `YYYY-MM-DD`, or `undefined` for anything else. @internal */
export function isoDateOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return toIsoDate(value);
  } catch {
    return undefined;
  }
}

function readService(service: unknown): { id?: string; volunteerId?: unknown; activity: string; date?: unknown; hours?: unknown } {
  if (typeof service !== 'object' || service === null) return { activity: '?' };
  try {
    const r = { ...(service as Record<string, unknown>) };
    const activity = typeof r['activity'] === 'string' ? r['activity'] : '?';
    const base = { volunteerId: r['volunteerId'], activity, date: r['date'], hours: r['hours'] };
    return typeof r['id'] === 'string' ? { id: r['id'], ...base } : base;
  } catch {
    return { activity: '?' };
  }
}
