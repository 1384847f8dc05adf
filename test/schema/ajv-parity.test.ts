/**
 * The shipped JSON Schemas, run by Ajv (draft 2020-12, with ajv-formats), and the zod models must give the same
 * verdict on the same record. Records come from hand-written arbitraries (./record-arbitraries.ts): valid ones
 * (both accept), broken ones (both reject) and fuzzed ones (nobody predicts the verdict; both must agree).
 *
 * The one documented difference: cross-field refinements that JSON Schema cannot express — an opening band that
 * closes before it opens, a service case resolved before it was received, a duty shift that ends before it starts.
 * JSON Schema validators accept such records; `validateRecord` rejects them.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dataset, recordKinds, validateRecord, type RecordKind } from '../../src/index.js';
import { datasetKeys } from '../../src/models/index.js';
import { toJSONSchema } from '../../src/interop/index.js';
import { brokenArb, fuzzArb, kindDescs, refinementsHold, validArb, withOwn, type Desc } from './record-arbitraries.js';

/** Runs per kind: 400 + 400 + 300 = 1,100 generated records per record kind. */
const VALID_RUNS = 400;
const BROKEN_RUNS = 400;
const FUZZ_RUNS = 300;

const ajv = new Ajv2020({ strict: true });
addFormats(ajv);
const kinds: Array<RecordKind | 'dataset'> = [...recordKinds, 'dataset'];
// Each schema is compiled once.
const validators = new Map(kinds.map((kind) => [kind, ajv.compile(toJSONSchema(kind))]));

function ajvAccepts(kind: RecordKind | 'dataset', value: unknown): boolean {
  const validate = validators.get(kind);
  if (validate === undefined) throw new Error(`no validator for ${kind}`);
  return validate(value);
}

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value)?.slice(0, 600) ?? String(value);
  } catch {
    return String(value);
  }
};

describe('every JSON Schema compiles with Ajv (draft 2020-12, strict mode, ajv-formats)', () => {
  it.each(kinds)('%s', (kind) => {
    expect(validators.get(kind)).toBeTypeOf('function');
    expect(toJSONSchema(kind)['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe.each(recordKinds)('Ajv and zod agree on %s records', (kind) => {
  const desc = kindDescs[kind];
  const verdicts = (r: unknown) => ({ ajv: ajvAccepts(kind, r), zod: validateRecord(kind, r).ok });

  it(`both accept ${VALID_RUNS} generated valid records`, () => {
    fc.assert(
      fc.property(validArb(desc), (r) => {
        expect(verdicts(r), show(r)).toEqual({ ajv: true, zod: true });
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it(`both reject ${BROKEN_RUNS} generated broken records (one defect each)`, () => {
    const broken = validArb(desc).chain((v) => brokenArb(desc, v));
    fc.assert(
      fc.property(broken, (r) => {
        expect(verdicts(r), show(r)).toEqual({ ajv: false, zod: false });
      }),
      { numRuns: BROKEN_RUNS },
    );
  });

  it(`give the same verdict on ${FUZZ_RUNS} fuzzed records (zod also checks the refinements)`, () => {
    const fuzzed = validArb(desc).chain((v) => fuzzArb(desc, v));
    fc.assert(
      fc.property(fuzzed, (r) => {
        const { ajv: a, zod } = verdicts(r);
        expect(zod, show(r)).toBe(a && refinementsHold(desc, r));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('the documented gap: refinements JSON Schema cannot express', () => {
  const center = {
    id: 'c', name: '中心', kind: 'urban-community-service-center', communityIds: ['a'], oneStopHall: true,
  };
  const cases: Array<[string, RecordKind, unknown, string]> = [
    ['a weekly band that closes when it opens', 'serviceCenter', { ...center, openingHours: [{ day: 'mon', opens: '08:30', closes: '08:30' }] }, 'openingHours.0.closes'],
    ['a weekly band that closes before it opens', 'serviceCenter', { ...center, openingHours: [{ day: 'sat', opens: '14:00', closes: '11:30' }] }, 'openingHours.0.closes'],
    [
      'an exception band that closes before it opens',
      'serviceCenter',
      { ...center, openingExceptions: [{ date: '2013-10-01', bands: [{ opens: '09:00', closes: '12:00' }, { opens: '24:00', closes: '13:00' }] }] },
      'openingExceptions.0.bands.1.closes',
    ],
    [
      // 2013-09-30T00:10+08:00 is 2013-09-29T16:10Z, 50 minutes before it was received (17:00Z).
      'a case resolved before it was received (in another offset)',
      'serviceCase',
      { id: 'k', communityId: 'a', title: '路灯不亮', receivedAt: '2013-09-29T17:00:00Z', resolvedAt: '2013-09-30T00:10:00+08:00' },
      'resolvedAt',
    ],
    ['a duty shift that ends before it starts', 'dutyShift', { id: 'd', serviceCenterId: 'c', staffMemberId: 's', date: '2013-09-29', start: '17:00', end: '08:30' }, 'end'],
    ['a duty shift that ends when it starts', 'dutyShift', { id: 'd', serviceCenterId: 'c', staffMemberId: 's', date: '2013-09-29', start: '08:30', end: '08:30' }, 'end'],
  ];

  it.each(cases)('Ajv accepts and zod rejects %s', (_what, kind, record, path) => {
    expect(ajvAccepts(kind, record)).toBe(true);
    const result = validateRecord(kind, record, { locale: 'en' });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_combination', path]]);
  });

  it('holds for generated records too: swapping the two fields of a valid record makes only zod reject it', () => {
    const swap = (o: Record<string, unknown>, a: string, b: string) => ({ ...o, [a]: o[b], [b]: o[a] });
    const arbs: Array<[RecordKind, fc.Arbitrary<unknown>]> = [
      [
        'dutyShift',
        validArb(kindDescs.dutyShift)
          .filter((r) => typeof (r as Record<string, unknown>)['start'] === 'string' && typeof (r as Record<string, unknown>)['end'] === 'string')
          .map((r) => swap(r as Record<string, unknown>, 'start', 'end')),
      ],
      [
        'serviceCase',
        validArb(kindDescs.serviceCase)
          .filter((r) => {
            const c = r as Record<string, string | undefined>;
            return c['resolvedAt'] !== undefined && Date.parse(c['resolvedAt']) > Date.parse(c['receivedAt'] ?? '');
          })
          .map((r) => swap(r as Record<string, unknown>, 'receivedAt', 'resolvedAt')),
      ],
      [
        'serviceCenter',
        validArb(kindDescs.serviceCenter)
          .filter((r) => Array.isArray((r as Record<string, unknown>)['openingHours']) && ((r as { openingHours: unknown[] }).openingHours.length > 0))
          .map((r) => {
            const c = r as { openingHours: Array<Record<string, unknown>> };
            return { ...c, openingHours: [swap(c.openingHours[0] as Record<string, unknown>, 'opens', 'closes'), ...c.openingHours.slice(1)] };
          }),
      ],
    ];
    for (const [kind, arb] of arbs) {
      fc.assert(
        fc.property(arb, (r) => {
          expect({ ajv: ajvAccepts(kind, r), zod: validateRecord(kind, r).ok }, show(r)).toEqual({ ajv: true, zod: false });
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('Ajv and the zod Dataset model agree on whole datasets', () => {
  const small = (kind: RecordKind) => fc.array(validArb(kindDescs[kind]), { maxLength: 2 });
  const meta = fc.record(
    { name: validArb({ t: 'str', min: 1, max: 500 }), asOf: validArb({ t: 'date' }), source: validArb({ t: 'str', min: 0, max: 10_000 }) },
    { requiredKeys: [] },
  );
  const validDataset = fc.record(
    { meta, ...Object.fromEntries(recordKinds.map((k) => [datasetKeys[k], small(k)])) },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, unknown>>;
  const verdicts = (d: unknown) => ({ ajv: ajvAccepts('dataset', d), zod: Dataset.safeParse(d).success });

  it('both accept generated valid datasets', () => {
    fc.assert(
      fc.property(validDataset, (d) => {
        expect(verdicts(d), show(d)).toEqual({ ajv: true, zod: true });
      }),
      { numRuns: 100 },
    );
  });

  it('both reject a dataset with one broken record, an unknown key or a collection that is not a list', () => {
    const oneBroken = fc
      .tuple(validDataset, fc.constantFrom(...recordKinds))
      .chain(([d, kind]) => {
        const desc: Desc = kindDescs[kind];
        return validArb(desc)
          .chain((v) => brokenArb(desc, v))
          .map((bad) => ({ ...d, [datasetKeys[kind]]: [...((d[datasetKeys[kind]] as unknown[] | undefined) ?? []), bad] }));
      });
    const unknownKey = fc.tuple(validDataset, fc.constantFrom('community', 'serviceCentres', '__proto__', 'meta ')).map(([d, k]) => withOwn(d, k, []));
    const notAList = fc.tuple(validDataset, fc.constantFrom(...recordKinds), fc.constantFrom({}, 'x', null, 1)).map(([d, k, x]) => ({ ...d, [datasetKeys[k]]: x }));
    fc.assert(
      fc.property(fc.oneof(oneBroken, unknownKey, notAList), (d) => {
        expect(verdicts(d), show(d)).toEqual({ ajv: false, zod: false });
      }),
      { numRuns: 150 },
    );
  });
});
