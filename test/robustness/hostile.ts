/**
 * Hostile values for the robustness suite: arbitrary JSON, arbitrary JavaScript values, edge-case numbers and
 * strings, `__proto__`/`constructor` keys, and prebuilt extremes (10 MB strings, 100,000-deep nesting, cycles).
 * Everything is bounded so that no call can be asked to do unbounded work.
 */
import fc from 'fast-check';

/** Ten mebibytes of text, in a few shapes (ASCII, digits, CJK, a near-date). Built once and shared. */
export const TEN_MB = 10 * 2 ** 20;
export const bigStrings: readonly string[] = [
  'x'.repeat(TEN_MB),
  '9'.repeat(TEN_MB),
  '社'.repeat(TEN_MB / 2), // 10 MB in UTF-16
  `2013-06-30${' '.repeat(TEN_MB - 11)}!`,
];

function nested(depth: number, make: (inner: unknown) => unknown): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = make(v);
  return v;
}

function cyclicObject(): unknown {
  const a: Record<string, unknown> = { id: 'a', name: 'cycle' };
  a['self'] = a;
  a['children'] = [a, { parent: a }];
  return a;
}

function cyclicArray(): unknown {
  const list: unknown[] = [1, 'two'];
  list.push(list, { list });
  return list;
}

/** Cyclic values: an object that contains itself, an array that contains itself, a dataset whose record loops. */
export function cyclicValues(): unknown[] {
  const community: Record<string, unknown> = { id: 'c1', name: '环社区', kind: 'urban', households: { registered: 10, resident: 10 } };
  community['households'] = community;
  const dataset = { communities: [community], serviceCenters: [] as unknown[] };
  dataset.serviceCenters.push(dataset);
  return [cyclicObject(), cyclicArray(), dataset];
}

/** Deeply nested values: objects and arrays 100,000 deep, and a 10,000-deep record-like chain. */
export function deepValues(): unknown[] {
  return [
    nested(100_000, (inner) => ({ a: inner })),
    nested(100_000, (inner) => [inner]),
    nested(10_000, (inner) => ({ id: 'x', name: 'n', households: inner, communities: [inner] })),
  ];
}

/** Objects whose own keys are `__proto__`, `constructor` and `prototype` (as JSON.parse would make them). */
export function prototypeKeyValues(): unknown[] {
  return [
    JSON.parse('{"__proto__": {"polluted": true, "isAdmin": true}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as unknown,
    JSON.parse('{"id": "c1", "name": "n", "__proto__": {"kind": "urban"}, "constructor": 1}') as unknown,
    JSON.parse('{"communities": [{"__proto__": {"id": "x"}}], "__proto__": {"communities": []}}') as unknown,
    Object.assign(Object.create(null) as object, { id: 'null-proto', name: 'n' }),
  ];
}

/**
 * The prebuilt non-string extremes — cycles, 100,000-deep nesting, `__proto__`/`constructor` keys — built once
 * and shared (the suite freezes them, and checks that nobody changes them).
 */
export const structuralExtremes: readonly unknown[] = [...cyclicValues(), ...deepValues(), ...prototypeKeyValues()];

/** Numbers at the edges: NaN, ±Infinity, -0, 2^53 and its neighbours, the extremes of doubles. */
export const edgeNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.5,
  0.1,
  1.005,
  2 ** 31,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e21,
  1e-7,
];

/** Strings that mean something to the library or to JavaScript, next to random ones. */
export const edgeStrings: readonly string[] = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  '2013-06-30',
  '2013-02-29',
  '2012-02-29',
  '9999-12-31',
  '0000-01-01',
  '+275760-09-13',
  '2013-06-30T08:00:00+08:00',
  '2013-06-30T08:00:00',
  '2013-06-30T24:00:00Z',
  '08:30',
  '24:00',
  '25:61',
  'zh-CN',
  'en',
  'fr',
  'community',
  'serviceCenter',
  'dataset',
  'hall.min-items',
  'funding.communityWork',
  'half-up',
  'half-even',
  '1,370元',
  '500万元',
  '3.4亿元',
  '５００万元',
  '-0.00元',
  '99999999999999999999元',
  'c1',
  'qiandeng-yanwu',
  '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '😀',
  '\u202E',
  '<script>alert(1)</script>',
  '%s%n%d',
  '${x}',
  '1'.repeat(400),
  'a'.repeat(100_000),
];

const keys = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'length', 'then') },
  { weight: 3, arbitrary: fc.constantFrom('id', 'name', 'kind', 'fen', 'asOf', 'locale', 'communities', 'serviceCenters', 'households', 'meta', 'day', 'opens', 'closes', 'numerator', 'denominator') },
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Any number, with the edge cases much more likely than chance would make them. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeNumbers) },
  { weight: 2, arbitrary: fc.integer({ min: -1_000, max: 1_000 }) },
  { weight: 2, arbitrary: fc.double() },
);

/** Any string up to 100,000 characters: edge cases, grapheme and lone-surrogate text. */
export const hostileShortString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...edgeStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

/** Any string, a 10 MB one now and then (for places where a string belongs). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...bigStrings) },
  { weight: 12, arbitrary: hostileShortString },
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileShortString,
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
);

/** Arbitrary JavaScript values: objects with hostile keys and null prototypes, arrays (sparse too), Maps, Sets, Dates, typed arrays, boxed values. */
export const hostileAnything: fc.Arbitrary<unknown> = fc.anything({
  key: keys,
  values: [leaf],
  maxDepth: 3,
  maxKeys: 6,
  withNullPrototype: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
});

/** Arbitrary JSON values, as a spreadsheet export or a JSON.parse would give (`__proto__` included as an own key). */
export const hostileJson: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 4 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown);

/** The structural extremes (built once, shared), picked now and then. */
const extremeValue: fc.Arbitrary<unknown> = fc.constantFrom(...structuralExtremes);

/**
 * One hostile value: JSON, any value, an edge number or string, or (rarely) a cycle, deep nesting or `__proto__`
 * keys. No 10 MB strings: given where a list belongs, a string is iterated character by character, and 10
 * million wrong-typed elements measure the caller's patience, not the library.
 */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 3, arbitrary: hostileAnything },
  { weight: 3, arbitrary: hostileJson },
  { weight: 1, arbitrary: extremeValue },
);

/** Argument lists of 0 to `max` hostile values. */
export function hostileArgs(max: number): fc.Arbitrary<unknown[]> {
  return fc.array(hostile, { minLength: 0, maxLength: max });
}
