/**
 * fast-check arbitraries of records, written by hand from the models' documented constraints (not derived from
 * the zod schemas nor from the JSON Schemas, so that the parity test compares two validators against a third,
 * independent reading). A record kind is described by a small tree of field descriptors; from it come
 * - `validArb`: values every correct validator accepts,
 * - `brokenArb`: values every correct validator rejects (one defect each: a wrong type, a count out of range, an
 *   unknown key, a bad date or time, a missing required field, a string too long…),
 * - `fuzzArb`: values with one random change, whose verdict nobody predicts (only the two validators must agree).
 */
import fc from 'fast-check';
import { accessRequestKinds, activityLevels, propertyMeetingKinds, propertyParties, propertyTopics, centerKinds, communityKinds, communityModels, criterionSources, educationLevels, employmentStatuses, facilityKinds, premisesRoutes, upgradeWorksKinds, governanceBodies, governanceServices, serviceCategories, serviceModes, socialOrganizationTypes, socialWorkerLevels, staffRoles, stationKinds, targetGroups, weekdays, welfareProgrammes } from '../../src/models/index.js';
import { type RecordKind } from '../../src/index.js';

/** The shape of a value, as the models document it. String lengths count Unicode code points. */
export type Desc =
  | { readonly t: 'id' } // 1–200 chars, no leading/trailing whitespace, no line break inside
  | { readonly t: 'str'; readonly min: number; readonly max: number } // any characters
  | { readonly t: 'int'; readonly min: number; readonly max: number }
  | { readonly t: 'num'; readonly min: number; readonly max: number }
  | { readonly t: 'bool' }
  | { readonly t: 'enum'; readonly values: readonly string[] }
  | { readonly t: 'date' } // YYYY-MM-DD, a real calendar day
  | { readonly t: 'datetime' } // YYYY-MM-DDTHH:mm:ss(.f)?(Z|±HH:mm)
  | { readonly t: 'time' } // HH:mm, 00:00–23:59 or 24:00
  | { readonly t: 'phone' } // 3–40 of [0-9+-() ]
  | { readonly t: 'email' }
  | { readonly t: 'array'; readonly of: Desc; readonly min: number; readonly max: number }
  | { readonly t: 'object'; readonly fields: Readonly<Record<string, Field>>; readonly ordered?: Ordered };

/** A field: its shape and whether it is required. */
export interface Field {
  readonly d: Desc;
  readonly req: boolean;
}

/** A cross-field constraint JSON Schema cannot express: `second` after (or, if not strict, not before) `first`. */
export interface Ordered {
  readonly first: string;
  readonly second: string;
  readonly strict: boolean;
  readonly compare: (a: string, b: string) => number;
}

type Obj = Record<string, unknown>;

// ---- descriptor helpers ---------------------------------------------------------------------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const req = (d: Desc): Field => ({ d, req: true });
const opt = (d: Desc): Field => ({ d, req: false });
const id: Desc = { t: 'id' };
const str = (min: number, max: number): Desc => ({ t: 'str', min, max });
const name = str(1, 500);
const text = str(0, 10_000);
const count: Desc = { t: 'int', min: 0, max: MAX_SAFE };
const int = (min: number, max: number): Desc => ({ t: 'int', min, max });
const num = (min: number, max: number): Desc => ({ t: 'num', min, max });
const area = num(0, 1e9);
const bool: Desc = { t: 'bool' };
const en = (values: readonly string[]): Desc => ({ t: 'enum', values });
const date: Desc = { t: 'date' };
const datetime: Desc = { t: 'datetime' };
const time: Desc = { t: 'time' };
const arr = (of: Desc, min: number, max: number): Desc => ({ t: 'array', of, min, max });
const idList = (min = 0): Desc => arr(id, min, 10_000);
const obj = (fields: Record<string, Field>, ordered?: Ordered): Desc => (ordered ? { t: 'object', fields, ordered } : { t: 'object', fields });
const geo = obj({ lon: req(num(-180, 180)), lat: req(num(-90, 90)) });
const lexical = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const instant = (a: string, b: string): number => Date.parse(a) - Date.parse(b);
const band: Ordered = { first: 'opens', second: 'closes', strict: true, compare: lexical };
const weekly = arr(obj({ day: req(en(weekdays)), opens: req(time), closes: req(time) }, band), 0, 100);

/** Every record kind, described from its model's documentation (src/models/*.ts). */
export const kindDescs: Readonly<Record<RecordKind, Desc>> = {
  community: obj({
    id: req(id), name: req(name), kind: req(en(communityKinds)), model: req(en(communityModels)), town: opt(name),
    households: req(obj({ registered: opt(count), resident: opt(count) })),
    population: req(obj({ registered: opt(count), resident: opt(count) })),
    plannedHouseholds: opt(count), plannedPopulation: opt(count),
    governanceBodies: opt(arr(en(governanceBodies), 0, 20)), governanceOfficeServices: opt(arr(en(governanceServices), 0, 20)),
    gridBased: opt(bool), propertyTriad: opt(bool), address: opt(name), location: opt(geo), notes: opt(text),
  }),
  serviceCenter: obj({
    id: req(id), name: req(name), kind: req(en(centerKinds)), communityIds: req(idList(1)),
    floorArea: opt(obj({ office: opt(area), service: opt(area), activity: opt(area), total: opt(area) })),
    siteArea: opt(area), builtYear: opt(int(1900, 2100)), investmentFen: opt(count), oneStopHall: req(bool),
    premisesRoute: opt(en(premisesRoutes)),
    upgrade: opt(obj({ year: req(int(1900, 2100)), works: req(en(upgradeWorksKinds)), fundsFen: opt(count) })),
    serviceModes: opt(arr(en(serviceModes), 0, 10)), stations: opt(arr(en(stationKinds), 0, 20)),
    facilityIds: opt(idList()), serviceItemIds: opt(idList()),
    openingHours: opt(weekly),
    openingExceptions: opt(arr(obj({ date: req(date), bands: opt(arr(obj({ opens: req(time), closes: req(time) }, band), 0, 24)), note: opt(text) }), 0, 1000)),
    staffCount: opt(count), address: opt(name), phone: opt({ t: 'phone' }), location: opt(geo), notes: opt(text),
  }),
  serviceItem: obj({
    id: req(id), code: req(str(1, 100)), name: req(name), category: req(en(serviceCategories)),
    targetGroups: opt(arr(en(targetGroups), 0, 20)), standardService: opt(str(1, 100)), featured: opt(bool), brand: opt(name),
    description: opt(text),
  }),
  facility: obj({ id: req(id), kind: req(en(facilityKinds)), name: req(name), area: opt(area), description: opt(text) }),
  staffMember: obj({
    id: req(id), name: req(name), communityId: req(id), serviceCenterId: opt(id), roles: req(arr(en(staffRoles), 0, 10)),
    fullTime: req(bool), education: opt(en(educationLevels)), socialWorkerLevel: opt(en(socialWorkerLevels)), gridId: opt(id),
    phone: opt({ t: 'phone' }), email: opt({ t: 'email' }),
  }),
  socialOrganization: obj({
    id: req(id), name: req(name), type: req(en(socialOrganizationTypes)), registeredOn: opt(date), communityIds: opt(idList()),
    categories: opt(arr(en(serviceCategories), 0, 20)),
  }),
  partnerUnit: obj({
    id: req(id), name: req(name), communityIds: req(idList(1)), description: opt(text),
    publicFacilities: opt(arr(obj({
      name: req(name), kind: opt(en(facilityKinds)), communityIds: opt(idList()),
      openingHours: opt(arr(obj({ day: req(en(weekdays)), opens: req(time), closes: req(time) }, band), 0, 100)),
      openingExceptions: opt(arr(obj({ date: req(date), bands: opt(arr(obj({ opens: req(time), closes: req(time) }, band), 0, 24)), note: opt(text) }), 0, 1000)),
      description: opt(text),
    }), 0, 1000)),
  }),
  volunteer: obj({
    id: req(id), name: req(name), communityId: opt(id), registeredOn: opt(date), categories: opt(arr(en(serviceCategories), 1, 20)),
    location: opt(geo), capacity: opt(count), schedule: opt(weekly), eligibleGroups: opt(arr(en(targetGroups), 1, 20)),
  }),
  volunteerService: obj({
    id: req(id), volunteerId: req(id), communityId: opt(id), activity: req(name), date: req(date), hours: req(num(0, 24)),
  }),
  residentNeed: obj({
    id: req(id), communityId: req(id), title: req(name), category: req(en(serviceCategories)), targetGroup: opt(en(targetGroups)),
    people: opt(count), location: opt(geo), schedule: opt(weekly), description: opt(text),
  }),
  providerListing: obj({
    id: req(id), name: req(name), socialOrganizationId: opt(id), categories: req(arr(en(serviceCategories), 1, 20)),
    communityIds: opt(idList()), location: opt(geo), capacity: opt(count), schedule: opt(weekly),
    eligibleGroups: opt(arr(en(targetGroups), 1, 20)), description: opt(text),
  }),
  accessRequest: obj({
    id: req(id), communityId: req(id), department: req(name), kind: req(en(accessRequestKinds)), title: req(name),
    listEntryId: opt(id), approvals: req(arr(obj({ body: req(name), date: opt(date), reference: opt(str(0, 200)) }), 0, 50)),
    requestedOn: opt(date), reachedCommunity: opt(bool), description: opt(text),
  }),
  ledger: obj({
    id: req(id), communityId: req(id), title: req(name), category: opt(str(1, 100)), department: opt(name),
    fields: req(arr(str(1, 200), 0, 500)),
  }),
  plaque: obj({ id: req(id), communityId: req(id), name: req(name), department: opt(name), hungOn: opt(date) }),
  creationActivity: obj({
    id: req(id), communityId: req(id), title: req(name), level: req(en(activityLevels)), cityWide: opt(bool), imposed: req(bool),
    criteria: opt(arr(obj({ name: req(name), weight: req(num(0, 1e6)), source: req(en(criterionSources)) }), 0, 100)),
  }),
  welfareProject: obj({
    id: req(id), title: req(name), programme: req(en(welfareProgrammes)), year: req(int(1990, 2100)), communityId: opt(id),
    socialOrganizationId: opt(id), requestedFen: req(count), score: opt(num(0, 1000)), fundedFen: opt(count), description: opt(text),
  }),
  serviceCase: obj(
    {
      id: req(id), communityId: req(id), serviceCenterId: opt(id), title: req(name), category: opt(en(serviceCategories)),
      receivedAt: req(datetime), resolvedAt: opt(datetime),
    },
    { first: 'receivedAt', second: 'resolvedAt', strict: false, compare: instant },
  ),
  dutyShift: obj(
    { id: req(id), serviceCenterId: req(id), staffMemberId: req(id), date: req(date), start: opt(time), end: opt(time) },
    { first: 'start', second: 'end', strict: true, compare: lexical },
  ),
  grid: obj({ id: req(id), communityId: req(id), name: req(name), responsibleStaffIds: req(idList()), households: opt(count) }),
  residentialEstate: obj({
    id: req(id), communityId: req(id), name: req(name), households: opt(count), propertyCompany: opt(name), ownersCommittee: opt(bool),
    integrationPilot: opt(bool), integrationPilotSince: opt(date), notes: opt(text),
  }),
  propertyMeeting: obj({
    id: req(id), kind: req(en(propertyMeetingKinds)), date: req(date), communityId: opt(id), estateIds: opt(idList()),
    parties: opt(arr(en(propertyParties), 0, 10)), topics: opt(arr(en(propertyTopics), 0, 10)), notes: opt(text),
  }),
  household: obj({
    id: req(id), communityId: req(id), name: opt(name),
    members: req(arr(obj({ id: opt(id), name: opt(name), employment: req(arr(obj({ status: req(en(employmentStatuses)), since: req(date) }), 0, 200)) }), 1, 100)),
    notes: opt(text),
  }),
};

// ---- characters and strings -----------------------------------------------------------------------------------

const LINE_TERMINATORS = ['\n', '\r', '\u2028', '\u2029'];
const SPACES = [' ', '\t', '\u00a0', '\u3000', '\ufeff'];
const fromCp = (cp: number): string => String.fromCodePoint(cp);
/** Characters that are not whitespace (JS `\S`): printable ASCII, CJK, CJK Extension B (outside the BMP), emoji. */
const nonSpace = fc.oneof(
  fc.integer({ min: 0x21, max: 0x7e }).map(fromCp),
  fc.integer({ min: 0x4e00, max: 0x9fa5 }).map(fromCp),
  fc.integer({ min: 0x20000, max: 0x2a6d6 }).map(fromCp),
  fc.constantFrom('😀', '🏠', 'é'),
);
/** Any code point outside the surrogate range (controls, whitespace, line breaks included). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map(fromCp);
/** Any character: mostly ordinary, sometimes whitespace, a line break, any code point or a lone high surrogate. */
const anyChar = fc.oneof(
  { arbitrary: nonSpace, weight: 6 },
  { arbitrary: fc.constantFrom(...SPACES, ...LINE_TERMINATORS), weight: 2 },
  { arbitrary: anyCodePoint, weight: 2 },
  { arbitrary: fc.constant('\ud800'), weight: 1 },
);
const idInner = anyChar.filter((c) => !LINE_TERMINATORS.includes(c));

/** Length in code points, as JSON Schema counts it. */
export const codePoints = (s: string): number => [...s].length;

/** Strings of `min`–`max` code points: usually short, sometimes exactly `max` (the boundary). */
function chars(pool: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  const short = fc.array(pool, { minLength: min, maxLength: Math.min(max, min + 12) }).map((a) => a.join(''));
  const atMax = fc.tuple(fc.array(pool, { maxLength: Math.min(3, max) }), nonSpace).map(([head, c]) => head.join('') + c.repeat(max - head.length));
  return fc.oneof({ arbitrary: short, weight: 9 }, { arbitrary: atMax, weight: 1 }).filter((s) => codePoints(s) >= min && codePoints(s) <= max);
}

const idArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nonSpace, weight: 2 },
  { arbitrary: fc.tuple(nonSpace, fc.array(idInner, { maxLength: 12 }), nonSpace).map(([a, mid, b]) => a + mid.join('') + b), weight: 7 },
  { arbitrary: fc.tuple(nonSpace, nonSpace).map(([a, b]) => a + b.repeat(199)), weight: 1 },
).filter((s) => codePoints(s) <= 200);

// ---- dates and times ------------------------------------------------------------------------------------------

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in a month, by the Gregorian calendar (proleptic, year 0 included). */
export const daysIn = (y: number, m: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

const yearArb = fc.oneof({ arbitrary: fc.integer({ min: 1990, max: 2030 }), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 9999 }), weight: 1 });
const leapDayYear = fc.constantFrom(0, 1600, 2000, 2012, 2400, 9996);
const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).chain(([y, m]) => fc.integer({ min: 1, max: daysIn(y, m) }).map((d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`)),
  leapDayYear.map((y) => `${pad(y, 4)}-02-29`),
);
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
const timeArb: fc.Arbitrary<string> = fc.oneof({ arbitrary: hhmm, weight: 9 }, { arbitrary: fc.constantFrom('00:00', '23:59', '24:00'), weight: 2 });
const offsetArb = fc.oneof(
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([s, h, m]) => `${s}${pad(h)}:${pad(m)}`),
  fc.constant('+08:00'),
);
const fractionArb = fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,9}$/));
const datetimeArb: fc.Arbitrary<string> = fc
  .tuple(dateArb, hhmm, fc.integer({ min: 0, max: 59 }), fractionArb, offsetArb)
  .map(([d, t, s, f, o]) => `${d}T${t}:${pad(s)}${f}${o}`);

// ---- phone and e-mail -----------------------------------------------------------------------------------------

const phoneArb = fc.array(fc.constantFrom(...'0123456789+-() '), { minLength: 3, maxLength: 40 }).map((a) => a.join(''));
const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const atom = fc.stringMatching(/^[A-Za-z0-9_'+-]{0,8}[A-Za-z0-9_+-]$/);
const label = fc.oneof(
  fc.constantFrom(...ALNUM),
  fc.tuple(fc.constantFrom(...ALNUM), fc.stringMatching(/^[A-Za-z0-9-]{0,10}$/), fc.constantFrom(...ALNUM)).map((p) => p.join('')),
  fc.tuple(fc.constantFrom(...ALNUM), fc.constantFrom(...ALNUM)).map(([a, b]) => a + '-'.repeat(61) + b), // 63 chars
);
const emailArb = fc
  .tuple(fc.array(atom, { minLength: 1, maxLength: 3 }), fc.array(label, { minLength: 1, maxLength: 2 }), fc.stringMatching(/^[A-Za-z]{2,6}$/))
  .map(([local, labels, tld]) => `${local.join('.')}@${[...labels, tld].join('.')}`);

// ---- valid values ---------------------------------------------------------------------------------------------

/** Values that satisfy `d`, including its cross-field constraints. */
export function validArb(d: Desc): fc.Arbitrary<unknown> {
  switch (d.t) {
    case 'id':
      return idArb;
    case 'str':
      return chars(anyChar, d.min, d.max);
    case 'int':
      return fc.oneof(fc.integer({ min: d.min, max: Math.min(d.max, d.min + 10_000) }), fc.constantFrom(d.min, d.max), fc.integer({ min: d.min, max: d.max }));
    case 'num':
      return fc.oneof(fc.double({ min: d.min, max: d.max, noNaN: true }), fc.constantFrom(d.min, d.max), fc.integer({ min: d.min, max: d.max }));
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...d.values);
    case 'date':
      return dateArb;
    case 'datetime':
      return datetimeArb;
    case 'time':
      return timeArb;
    case 'phone':
      return phoneArb;
    case 'email':
      return emailArb;
    case 'array': {
      const items = fc.array(validArb(d.of), { minLength: d.min, maxLength: Math.min(d.max, d.min + 4) });
      const full = validArb(d.of).map((x) => Array.from({ length: d.max }, () => x));
      return fc.oneof({ arbitrary: items, weight: 29 }, { arbitrary: full, weight: 1 });
    }
    case 'object': {
      const keys = Object.keys(d.fields);
      const model = Object.fromEntries(keys.map((k) => [k, validArb((d.fields[k] as Field).d)]));
      const requiredKeys = keys.filter((k) => (d.fields[k] as Field).req);
      const record = fc.record(model, { requiredKeys }) as fc.Arbitrary<Obj>;
      const { ordered } = d;
      if (ordered === undefined) return record;
      return record
        .map((o) => {
          const a = o[ordered.first];
          const b = o[ordered.second];
          if (typeof a !== 'string' || typeof b !== 'string' || ordered.compare(a, b) <= 0) return o;
          return { ...o, [ordered.first]: b, [ordered.second]: a };
        })
        .filter((o) => {
          const a = o[ordered.first];
          const b = o[ordered.second];
          return !ordered.strict || typeof a !== 'string' || typeof b !== 'string' || ordered.compare(a, b) < 0;
        });
    }
  }
}

// ---- broken values --------------------------------------------------------------------------------------------

const WRONG_FOR_STRING = [0, 1.5, true, false, null, [], {}, ['a']];
const WRONG_FOR_NUMBER = ['1', '', true, null, [], {}, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const WRONG_FOR_BOOLEAN = ['true', 'false', 1, 0, null, [], {}];
const WRONG_FOR_ARRAY = ['a', 1, null, {}, true, { 0: 'a', length: 1 }];
const WRONG_FOR_OBJECT = ['a', 1, null, [], true, [{}]];

const oneOf = <T>(...arbs: Array<fc.Arbitrary<T>>): fc.Arbitrary<T> => fc.oneof(...arbs);
const tooLong = (max: number): fc.Arbitrary<string> =>
  fc.tuple(nonSpace, fc.integer({ min: 1, max: 3 })).map(([c, extra]) => c.repeat(max + extra));

const BAD_DATES = [
  '2013-02-29', '1900-02-29', '2100-02-29', '2012-02-30', '2013-04-31', '2013-13-01', '2013-00-10', '2013-01-00',
  '2013-1-05', '2013-9-1', '20130901', '2013/09/01', ' 2013-09-01', '2013-09-01 ', '2013-09-01T00:00:00Z',
  '12013-01-01', '-2013-01-01', '２０１３-09-01', '', 'today',
];
const BAD_DATETIMES = [
  '2013-09-29T09:30:00', '2013-09-29t09:30:00Z', '2013-09-29 09:30:00Z', '2013-09-29T24:00:00Z', '2013-09-29T09:30Z',
  '2013-09-29T09:30+08:00', '2013-09-29T09:30:00+0800', '2013-09-29T09:30:00+24:00', '2013-09-29T09:30:00+08:60',
  '2013-09-29T09:60:00Z', '2013-09-29T09:30:60Z', '2013-09-29T23:59:60Z', '2013-02-30T09:30:00Z', '2013-09-29',
  '2013-09-29T09:30:00.Z', '2013-09-29T09:30:00z', '2013-09-29T09:30:00+08:00 ', '2013-09-29T09:30:00 +08:00', '',
];
const BAD_TIMES = ['24:01', '24:30', '7:30', '07:3', '07:60', '0730', '07:30:00', '25:00', '', ' 07:30', '07:30 ', '０７:30', '-1:00'];
const BAD_PHONES = ['12', '', 'abc', '138-0000-0000 ext', '0512.5555.1234', '1'.repeat(41), '＋86 512'];
const BAD_EMAILS = [
  'a', 'a@b', '@b.cn', 'a@', 'a@b-.cn', 'a@-b.cn', 'a..b@c.cn', '.a@c.cn', 'a.@c.cn', 'a@b.c', 'a@b.c1', 'a b@c.cn',
  "a'@c.cn", 'a@b..cn', 'a@b_c.cn', `a@${'b'.repeat(64)}.cn`, `${'a'.repeat(310)}@example.cn`, 'a@b.cn ', '王@b.cn',
];

/** A value that violates `d`, given a valid value `v` of it. */
export function brokenArb(d: Desc, v: unknown): fc.Arbitrary<unknown> {
  switch (d.t) {
    case 'id':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_STRING, ''),
        fc.tuple(fc.constantFrom(...SPACES, ...LINE_TERMINATORS), fc.boolean()).map(([s, lead]) => (lead ? s + String(v) : String(v) + s)),
        fc.tuple(nonSpace, fc.constantFrom(...LINE_TERMINATORS), nonSpace).map((p) => p.join('')),
        tooLong(200),
      );
    case 'str':
      return oneOf<unknown>(fc.constantFrom(...WRONG_FOR_STRING), tooLong(d.max), ...(d.min > 0 ? [fc.constant('')] : []));
    case 'int':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_NUMBER, '5'),
        d.max === MAX_SAFE ? fc.constantFrom(2 ** 53, 2 ** 53 + 2, 1e16) : fc.integer({ min: d.max + 1, max: d.max + 1000 }),
        fc.integer({ min: d.min - 1000, max: d.min - 1 }),
        fc.integer({ min: d.min, max: Math.min(d.max - 1, d.min + 10_000) }).map((n) => n + 0.5),
        fc.constantFrom(1e21, -1e21, 2 ** 53, 2 ** 60),
      );
    case 'num':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_NUMBER),
        fc.double({ min: d.max, max: d.max * 2 + 10, noNaN: true }).filter((x) => x > d.max),
        fc.double({ min: d.min - 1000, max: d.min, noNaN: true }).filter((x) => x < d.min),
        fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE),
      );
    case 'bool':
      return fc.constantFrom(...WRONG_FOR_BOOLEAN);
    case 'enum':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_STRING, '', 'unknown', 'OTHER'),
        fc.constantFrom(...d.values).map((x) => x.toUpperCase()),
        fc.constantFrom(...d.values).map((x) => ` ${x}`),
      );
    case 'date':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_STRING, ...BAD_DATES),
        fc.tuple(yearArb, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}-${pad(daysIn(y, m) + 1)}`),
      );
    case 'datetime':
      return oneOf<unknown>(
        fc.constantFrom(...WRONG_FOR_STRING, ...BAD_DATETIMES),
        fc.constant(String(v).replace(/(Z|[+-]\d\d:\d\d)$/, '')),
        fc.constant(String(v).replace('T', ' ')),
      );
    case 'time':
      return fc.constantFrom(...WRONG_FOR_STRING, ...BAD_TIMES);
    case 'phone':
      return fc.constantFrom(...WRONG_FOR_STRING, ...BAD_PHONES);
    case 'email':
      return fc.constantFrom(...WRONG_FOR_STRING, ...BAD_EMAILS);
    case 'array':
      return brokenArray(d, v as unknown[]);
    case 'object':
      return brokenObject(d, v as Obj);
  }
}

function brokenArray(d: Extract<Desc, { t: 'array' }>, v: readonly unknown[]): fc.Arbitrary<unknown> {
  const element = v.length > 0 ? fc.nat(v.length - 1).map((i) => [i, v[i]] as const) : validArb(d.of).map((x) => [0, x] as const);
  const arbs: Array<fc.Arbitrary<unknown>> = [
    fc.constantFrom(...WRONG_FOR_ARRAY),
    element.chain(([i, x]) => brokenArb(d.of, x).map((bad) => Object.assign([...v], { [i]: bad }))),
    element.map(([, x]) => Array.from({ length: d.max + 1 }, (_, i) => v[i] ?? x)),
  ];
  if (d.min > 0) arbs.push(fc.constant([]));
  return fc.oneof(...arbs);
}

const UNKNOWN_KEYS = ['extra', '__proto__', 'constructor', 'prototype', 'toString', '', 'ID', 'Name', 'notes '];

/** Sets an own, enumerable property, `__proto__` included, without touching any prototype. */
export function withOwn(o: Obj, key: string, value: unknown): Obj {
  const copy: Obj = { ...o };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const without = (o: Obj, key: string): Obj => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

function brokenObject(d: Extract<Desc, { t: 'object' }>, v: Obj): fc.Arbitrary<unknown> {
  const keys = Object.keys(d.fields);
  const required = keys.filter((k) => (d.fields[k] as Field).req);
  const unknownKeys = UNKNOWN_KEYS.filter((k) => !keys.includes(k));
  const arbs: Array<{ arbitrary: fc.Arbitrary<unknown>; weight: number }> = [
    { arbitrary: fc.constantFrom(...WRONG_FOR_OBJECT), weight: 1 },
    { arbitrary: fc.tuple(fc.constantFrom(...unknownKeys), fc.jsonValue({ maxDepth: 1 })).map(([k, x]) => withOwn(v, k, x)), weight: 2 },
    {
      arbitrary: fc.constantFrom(...keys).chain((k) => {
        const f = d.fields[k] as Field;
        const current = Object.prototype.hasOwnProperty.call(v, k) ? fc.constant(v[k]) : validArb(f.d);
        return current.chain((x) => brokenArb(f.d, x)).map((bad) => withOwn(v, k, bad));
      }),
      weight: 8,
    },
  ];
  if (required.length > 0) arbs.push({ arbitrary: fc.constantFrom(...required).map((k) => without(v, k)), weight: 2 });
  return fc.oneof(...arbs);
}

// ---- fuzzed values --------------------------------------------------------------------------------------------

/** Strings that look like dates, times, ids or e-mails, to probe the formats' edges. */
const nearMissString = fc.oneof(
  fc.array(fc.constantFrom(...'0123456789-:T+Z.tz '), { minLength: 1, maxLength: 32 }).map((a) => a.join('')),
  fc.array(fc.constantFrom(...'ab1-_.@\'+'), { minLength: 1, maxLength: 16 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  nearMissString,
  fc.constantFrom(-0, 0, 2 ** 53 - 1, 2 ** 53, 1e-7, -1e-7, 0.1 + 0.2, 1e9, 24, 24.000001, 180, -180.5, 1899, 2101),
);

/** Mutates one character of a string: replaced, inserted or deleted. */
function nearMiss(s: string): fc.Arbitrary<string> {
  const cps = [...s];
  return fc
    .tuple(fc.nat(cps.length), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom(...'0123456789-:T+Z. \u3000\nAa@_\''))
    .map(([i, op, c]) => {
      const out = [...cps];
      if (op === 'insert') out.splice(i, 0, c);
      else if (op === 'delete') out.splice(i, 1);
      else out[i] = c;
      return out.join('');
    });
}

/** `v` with one random change somewhere inside: its verdict is unknown, only the validators must agree on it. */
export function fuzzArb(d: Desc, v: unknown): fc.Arbitrary<unknown> {
  if (d.t === 'object' && typeof v === 'object' && v !== null) {
    const o = v as Obj;
    const keys = Object.keys(d.fields);
    return fc.oneof(
      { arbitrary: anyValue, weight: 1 },
      { arbitrary: fc.constantFrom(...keys).map((k) => without(o, k)), weight: 2 },
      { arbitrary: fc.tuple(fc.string({ maxLength: 6 }), anyValue).map(([k, x]) => withOwn(o, k, x)), weight: 1 },
      {
        arbitrary: fc.constantFrom(...keys).chain((k) => {
          const f = d.fields[k] as Field;
          const current = Object.prototype.hasOwnProperty.call(o, k) ? fc.constant(o[k]) : validArb(f.d);
          return current.chain((x) => fuzzArb(f.d, x)).map((x) => withOwn(o, k, x));
        }),
        weight: 8,
      },
    );
  }
  if (d.t === 'array' && Array.isArray(v)) {
    const element = v.length > 0 ? fc.nat(v.length - 1).map((i) => [i, v[i]] as const) : validArb(d.of).map((x) => [0, x] as const);
    return fc.oneof(
      anyValue,
      element.chain(([i, x]) => fuzzArb(d.of, x).map((y) => Object.assign([...v], { [i]: y }))),
      anyValue.map((x) => [...v, x]),
    );
  }
  if (typeof v === 'string') return fc.oneof({ arbitrary: nearMiss(v), weight: 3 }, { arbitrary: anyValue, weight: 1 });
  if (typeof v === 'number') {
    return fc.oneof(anyValue, fc.constantFrom(v + 0.5, v - 1, v + 1, -v, v * 2, v / 3));
  }
  return anyValue;
}

/**
 * Whether every cross-field constraint of `d` holds in `v` (checked only where both fields are strings) — an
 * independent reading of the refinements that JSON Schema cannot express.
 */
export function refinementsHold(d: Desc, v: unknown): boolean {
  if (d.t === 'array') return !Array.isArray(v) || v.every((x) => refinementsHold(d.of, x));
  if (d.t !== 'object' || typeof v !== 'object' || v === null || Array.isArray(v)) return true;
  const o = v as Obj;
  for (const [k, f] of Object.entries(d.fields)) {
    if (Object.prototype.hasOwnProperty.call(o, k) && !refinementsHold(f.d, o[k])) return false;
  }
  const { ordered } = d;
  if (ordered === undefined) return true;
  const a = Object.prototype.hasOwnProperty.call(o, ordered.first) ? o[ordered.first] : undefined;
  const b = Object.prototype.hasOwnProperty.call(o, ordered.second) ? o[ordered.second] : undefined;
  if (typeof a !== 'string' || typeof b !== 'string') return true;
  const c = ordered.compare(a, b);
  return ordered.strict ? c < 0 : c <= 0;
}
