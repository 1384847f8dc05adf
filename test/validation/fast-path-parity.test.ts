/**
 * The fast path (validators compiled from the JSON Schemas + the hand-written refinements) and zod must accept and
 * reject the same inputs, for every record kind and for whole datasets; and a record the fast path accepts must be
 * what zod gives back (the fast path returns the input itself). Inputs: generateDataset, the Kunshan 2013 data, the
 * conformance vectors, hand-written arbitraries (./../schema/record-arbitraries.ts, written from the models'
 * documentation, not from either validator) — valid, broken and fuzzed — and hostile values written by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dataset, recordKinds, recordModels, validateDataset, validateRecord, type RecordKind } from '../../src/index.js';
import { generateDataset, kunshan2013 } from '../../src/datasets/index.js';
import { datasetKeys } from '../../src/models/index.js';
import { fastAcceptsDataset, fastAcceptsRecord } from '../../src/validation/fast-path.js';
import { brokenArb, fuzzArb, kindDescs, validArb, withOwn, type Desc } from '../schema/record-arbitraries.js';

const VALID_RUNS = 300;
const BROKEN_RUNS = 300;
const FUZZ_RUNS = 500;

const zodAccepts = (kind: RecordKind, r: unknown): boolean => {
  try {
    return recordModels[kind].safeParse(r).success;
  } catch {
    return false;
  }
};

const show = (value: unknown): string => {
  try {
    return JSON.stringify(value)?.slice(0, 600) ?? String(value);
  } catch {
    return String(value);
  }
};

/** Whether every object inside is a plain object (prototype `Object.prototype`) and every array a plain array. */
function deeplyPlain(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Object.getPrototypeOf(value) !== (Array.isArray(value) ? Array.prototype : Object.prototype)) return false;
  return Object.values(value).every(deeplyPlain);
}

/** {@link deeplyPlain}, or `false` for what cannot even be read (a revoked proxy, a getter that throws). */
function safelyPlain(value: unknown): boolean {
  try {
    return deeplyPlain(value);
  } catch {
    return false;
  }
}

/** Every record of a dataset, with its kind. */
function recordsOf(dataset: Record<string, unknown>): Array<[RecordKind, unknown]> {
  return recordKinds.flatMap((kind) => ((dataset[datasetKeys[kind]] as unknown[] | undefined) ?? []).map((r) => [kind, r] as [RecordKind, unknown]));
}

const vectorDir = new URL('../../conformance/vectors/', import.meta.url);
const vectorDatasets: Array<[string, Record<string, unknown>]> = readdirSync(vectorDir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const doc = JSON.parse(readFileSync(new URL(file, vectorDir), 'utf8')) as { vectors: Array<{ id: string; dataset: Record<string, unknown> }> };
    return doc.vectors.map((v) => [v.id, v.dataset] as [string, Record<string, unknown>]);
  });

const sources: Array<[string, Record<string, unknown>]> = [
  ['generateDataset({ communities: 300, seed: 7 })', JSON.parse(JSON.stringify(generateDataset({ communities: 300, seed: 7 }))) as Record<string, unknown>],
  ['generateDataset({ communities: 50, seed: 2026 }) (not round-tripped)', generateDataset({ communities: 50, seed: 2026 }) as Record<string, unknown>],
  ['kunshan2013()', kunshan2013() as Record<string, unknown>],
];

describe('on the data the package ships and generates', () => {
  it.each(sources)('%s: every record, and the dataset, get the same verdict; zod gives each record back unchanged', (_name, dataset) => {
    const records = recordsOf(dataset);
    expect(records.length).toBeGreaterThan(50);
    const kindsSeen = new Set<RecordKind>();
    for (const [kind, record] of records) {
      kindsSeen.add(kind);
      const parsed = recordModels[kind].safeParse(record);
      expect(fastAcceptsRecord(kind, record), `${kind} ${show(record)}`).toBe(parsed.success);
      if (parsed.success) expect(parsed.data, kind).toStrictEqual(record);
    }
    expect(kindsSeen.size).toBeGreaterThan(5);
    const whole = Dataset.safeParse(dataset);
    expect(fastAcceptsDataset(dataset)).toBe(whole.success);
    if (whole.success) expect(whole.data).toStrictEqual(dataset);
  });

  it(`agrees on the datasets of the ${vectorDatasets.length} conformance vectors, record by record and whole`, () => {
    expect(vectorDatasets.length).toBeGreaterThan(20);
    let records = 0;
    for (const [id, dataset] of vectorDatasets) {
      for (const [kind, record] of recordsOf(dataset)) {
        records++;
        expect(fastAcceptsRecord(kind, record), `${id}: ${kind} ${show(record)}`).toBe(zodAccepts(kind, record));
      }
      expect(fastAcceptsDataset(dataset), id).toBe(Dataset.safeParse(dataset).success);
    }
    expect(records).toBeGreaterThan(100);
  });
});

describe.each(recordKinds)('the fast path and zod agree on %s records', (kind) => {
  const desc = kindDescs[kind];

  it(`accept ${VALID_RUNS} generated valid records, and zod gives each back unchanged (no transform, default or stripping)`, () => {
    fc.assert(
      fc.property(validArb(desc), (r) => {
        const parsed = recordModels[kind].safeParse(r);
        expect(parsed.success, show(r)).toBe(true);
        // fast-check makes some objects without a prototype: zod copies them into plain objects, so the fast path
        // leaves them to zod; every plain record is accepted, and zod gives it back unchanged.
        expect(fastAcceptsRecord(kind, r), show(r)).toBe(deeplyPlain(r));
        if (deeplyPlain(r)) {
          expect(parsed.data).toStrictEqual(r);
          // validateRecord's value is the input itself.
          const result = validateRecord(kind, r);
          expect(result.ok && result.value === r).toBe(true);
        }
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it(`reject ${BROKEN_RUNS} generated broken records (one defect each)`, () => {
    fc.assert(
      fc.property(
        validArb(desc).chain((v) => brokenArb(desc, v)),
        (r) => {
          expect({ fast: fastAcceptsRecord(kind, r), zod: zodAccepts(kind, r) }, show(r)).toEqual({ fast: false, zod: false });
        },
      ),
      { numRuns: BROKEN_RUNS },
    );
  });

  it(`give the same verdict on ${FUZZ_RUNS} fuzzed records (refinements included)`, () => {
    fc.assert(
      fc.property(
        validArb(desc).chain((v) => fuzzArb(desc, v)),
        (r) => {
          // Objects without a prototype (fast-check makes some) are zod's to copy: the fast path leaves them to it.
          expect(fastAcceptsRecord(kind, r), show(r)).toBe(zodAccepts(kind, r) && deeplyPlain(r));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('hostile and odd values, by hand', () => {
  const plaque = { id: 'p', communityId: 'c', name: '社区居委会' };
  const shift = { id: 'd', serviceCenterId: 'c', staffMemberId: 's', date: '2013-09-29' };
  const huge = 'x'.repeat(10 * 2 ** 20);
  const cases: Array<[string, RecordKind, unknown]> = [
    ['a plain valid record', 'plaque', plaque],
    ['a null-prototype record', 'plaque', Object.assign(Object.create(null) as object, plaque)],
    ['a record whose fields are inherited', 'plaque', Object.create(plaque) as unknown],
    ['a record with an inherited unknown field', 'plaque', Object.assign(Object.create({ extra: 1 }) as object, plaque)],
    ['a class instance with getters', 'plaque', new (class {
      get id() {
        return 'p';
      }
      get communityId() {
        return 'c';
      }
      get name() {
        return '社区居委会';
      }
    })()],
    ['a record with a getter that throws', 'plaque', Object.defineProperty({ ...plaque }, 'name', { enumerable: true, get: () => { throw new Error('no'); } })],
    ['a revoked proxy', 'plaque', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()],
    ['an array', 'plaque', [plaque]],
    ['an optional field present as undefined', 'plaque', { ...plaque, department: undefined }],
    ['a required field present as undefined', 'plaque', { ...plaque, name: undefined }],
    ['__proto__ as an own key', 'plaque', withOwn(plaque, '__proto__', 1)],
    ['a 10 MB name', 'plaque', { ...plaque, name: huge }],
    ['a 500-code-point name of astral characters (1,000 UTF-16 units)', 'plaque', { ...plaque, name: '𠀀'.repeat(500) }],
    ['a 501-code-point name', 'plaque', { ...plaque, name: '𠀀'.repeat(500) + 'a' }],
    ['a name of one lone surrogate', 'plaque', { ...plaque, name: '\ud800' }],
    ['an id with a line break inside', 'plaque', { ...plaque, id: 'a\nb' }],
    ['an id with an astral character at each end', 'plaque', { ...plaque, id: '😀x😀' }],
    ['February 29 of a non-leap year', 'plaque', { ...plaque, hungOn: '2013-02-29' }],
    ['February 29 of 2000', 'plaque', { ...plaque, hungOn: '2000-02-29' }],
    ['a date with a trailing newline', 'plaque', { ...plaque, hungOn: '2013-02-28\n' }],
    ['a sparse list of ids', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [, 'a'] }],
    ['a list that is an Array subclass', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: new (class extends Array<string> {})() }],
    ['households of -0', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: -0 }],
    ['households of NaN', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: Number.NaN }],
    ['households of Infinity', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: Number.POSITIVE_INFINITY }],
    ['households of 2^53', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: 2 ** 53 }],
    ['households as a bigint', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: 3n }],
    ['households as a Number object', 'grid', { id: 'g', communityId: 'c', name: 'g', responsibleStaffIds: [], households: new Number(3) }],
    ['a duty shift that ends when it starts', 'dutyShift', { ...shift, start: '08:30', end: '08:30' }],
    ['a duty shift that ends at 24:00', 'dutyShift', { ...shift, start: '08:30', end: '24:00' }],
    ['a case resolved a minute before it was received, in another offset', 'serviceCase', { id: 'k', communityId: 'a', title: 't', receivedAt: '2013-09-29T17:00:00Z', resolvedAt: '2013-09-30T00:59:00+08:00' }],
    ['a case resolved at the same instant, in another offset', 'serviceCase', { id: 'k', communityId: 'a', title: 't', receivedAt: '2013-09-29T17:00:00Z', resolvedAt: '2013-09-30T01:00:00+08:00' }],
    ['a case received in year 0000', 'serviceCase', { id: 'k', communityId: 'a', title: 't', receivedAt: '0000-01-01T00:00:00Z', resolvedAt: '0000-01-01T00:00:00.5Z' }],
    ['an exception band that closes before it opens', 'serviceCenter', { id: 'c', name: 'c', kind: 'urban-community-service-center', communityIds: ['a'], oneStopHall: true, openingExceptions: [{ date: '2013-10-01', bands: [{ opens: '09:00', closes: '08:00' }] }] }],
  ];

  it.each(cases)('%s', (_what, kind, input) => {
    // Exactly zod's verdict on plain objects and arrays; the others are left to zod, which copies them.
    expect(fastAcceptsRecord(kind, input)).toBe(zodAccepts(kind, input) && safelyPlain(input));
    // Whatever the path, validateRecord never throws on it.
    expect(() => validateRecord(kind, input)).not.toThrow();
  });

  it('accepts on the fast path only plain objects and arrays (zod would copy the others into plain ones)', () => {
    expect(fastAcceptsRecord('plaque', Object.create(plaque))).toBe(false);
    expect(zodAccepts('plaque', Object.create(plaque))).toBe(true);
    const inherited = validateRecord('plaque', Object.create(plaque));
    expect(inherited.ok && Object.getPrototypeOf(inherited.value) === Object.prototype && Object.keys(inherited.value)).toEqual(['id', 'communityId', 'name']);
  });
});

describe('whole datasets', () => {
  const small = (kind: RecordKind) => fc.array(validArb(kindDescs[kind]), { maxLength: 2 });
  const entry = fc.record(
    {
      kind: fc.constantFrom(...recordKinds),
      id: fc.constantFrom('a', 'b c'),
      field: fc.constantFrom('name', 'x'),
      source: fc.constantFrom('reported', 'inferred', 'synthetic'),
      paragraph: fc.integer({ min: 0, max: 10_001 }),
      reasoning: fc.constantFrom('', ' ', '\u3000', '推断', 'x'),
      quote: fc.string(),
    },
    { requiredKeys: ['kind', 'id', 'source'] },
  );
  const meta = fc.record(
    {
      name: validArb({ t: 'str', min: 1, max: 500 }),
      asOf: validArb({ t: 'date' }),
      source: validArb({ t: 'str', min: 0, max: 10_000 }),
      provenance: fc.record({ default: fc.constantFrom('reported', 'inferred', 'synthetic'), entries: fc.array(entry, { maxLength: 4 }) }, { requiredKeys: ['entries'] }),
    },
    { requiredKeys: [] },
  );
  const dataset = fc.record({ meta, ...Object.fromEntries(recordKinds.map((k) => [datasetKeys[k], small(k)])) }, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
  const fuzzed = fc.tuple(dataset, fc.constantFrom(...recordKinds)).chain(([d, kind]) => {
    const desc: Desc = kindDescs[kind];
    const key = datasetKeys[kind];
    return fc.oneof(
      validArb(desc).chain((v) => fuzzArb(desc, v)).map((bad) => ({ ...d, [key]: [...((d[key] as unknown[] | undefined) ?? []), bad] })),
      fc.constantFrom('community', '__proto__', 'meta ').map((k) => withOwn(d, k, [])),
      fc.constantFrom({}, 'x', null, 1, undefined).map((x) => ({ ...d, [key]: x })),
      fc.constantFrom({}, [], null, { extra: 1 }, { provenance: { entries: {} } }).map((m) => ({ ...d, meta: m })),
    );
  });

  it('the fast path and zod’s Dataset agree on generated and fuzzed datasets (meta provenance refinements included)', () => {
    fc.assert(
      fc.property(fc.oneof(dataset, fuzzed), (d) => {
        // Objects without a prototype (fast-check makes some) are zod's to copy: the fast path leaves them to it.
        expect(fastAcceptsDataset(d), show(d)).toBe(Dataset.safeParse(d).success && deeplyPlain(d));
      }),
      { numRuns: 400 },
    );
  });

  it('validateDataset hands back the dataset itself when it is valid, and the same result as zod’s copy would give', () => {
    fc.assert(
      // Through JSON, as a dataset read from a file: plain objects and arrays only.
      fc.property(dataset.map((d) => JSON.parse(JSON.stringify(d)) as Record<string, unknown>), (d) => {
        const result = validateDataset(d);
        const whole = Dataset.safeParse(d);
        if (result.ok) expect(result.value).toBe(d);
        // Valid shapes with unresolved references (random ids): `partial` holds the same records as zod's copy.
        else if (whole.success) expect(result.partial).toStrictEqual(whole.data);
      }),
      { numRuns: 100 },
    );
  });
});
