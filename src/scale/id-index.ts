/**
 * An exact set of (kind, id) pairs in typed arrays: the ids of a country's records without a string object each.
 *
 * @module
 */

/** A set of ids, per record kind, for uniqueness and references across shards. */
export interface IdIndex {
  /**
   * Adds an id of a kind.
   *
   * @returns `true` when it was new, `false` when it was already there
   */
  add(kind: number, id: string): boolean;
  /** Whether the id of a kind is there. */
  has(kind: number, id: string): boolean;
  /** How many ids are there. */
  readonly size: number;
  /** The bytes its arrays take. */
  readonly bytes: number;
}

/**
 * Creates an exact set of ids keyed by a kind number. Each id is stored once as bytes in one growing arena (one
 * byte a character below U+00FF, three above), with its hash and start in typed arrays and an open-addressing
 * table of entry numbers — about 12 + 1.2 × the id's length bytes an id, against about 60 for a `Set` of strings
 * (measured in docs/scale.md) — and no hash collision can make two ids equal: bytes are compared.
 *
 * @returns an empty index
 * @example
 * ```ts
 * const ids = createIdIndex();
 * ids.add(0, 'c1'); //=> true
 * ids.add(0, 'c1'); //=> false
 * ids.has(1, 'c1'); //=> false
 * ```
 */
export function createIdIndex(): IdIndex {
  let arena = new Uint8Array(1 << 16);
  let used = 0;
  let starts = new Int32Array(1 << 10);
  let hashes = new Int32Array(1 << 10);
  let count = 0;
  let table = new Int32Array(1 << 11);
  let mask = table.length - 1;

  const hashOf = (kind: number, id: string): number => {
    let h = Math.imul(0x811c9dc5 ^ kind, 16777619);
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
    return h ^ (h >>> 15);
  };
  const equals = (entry: number, kind: number, id: string): boolean => {
    let at = starts[entry] as number;
    const end = entry + 1 < count ? (starts[entry + 1] as number) : used;
    if (arena[at++] !== kind) return false;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 0xff) {
        if (arena[at++] !== c) return false;
      } else if (arena[at] !== 0xff || arena[at + 1] !== c >> 8 || arena[at + 2] !== (c & 0xff)) return false;
      else at += 3;
    }
    return at === end;
  };
  const find = (kind: number, id: string, hash: number): number => {
    let slot = hash & mask;
    for (;;) {
      const entry = (table[slot] as number) - 1;
      if (entry < 0) return -1 - slot;
      if (hashes[entry] === hash && equals(entry, kind, id)) return entry;
      slot = (slot + 1) & mask;
    }
  };
  const grow = () => {
    table = new Int32Array(table.length * 2);
    mask = table.length - 1;
    for (let entry = 0; entry < count; entry++) {
      let slot = (hashes[entry] as number) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = entry + 1;
    }
  };
  const ensure = <T extends Uint8Array | Int32Array>(array: T, need: number): T => {
    if (need <= array.length) return array;
    const next = new (array.constructor as new (n: number) => T)(Math.max(need, Math.ceil(array.length * 1.5)));
    next.set(array);
    return next;
  };

  return {
    add(kind, id) {
      const hash = hashOf(kind, id);
      const found = find(kind, id, hash);
      if (found >= 0) return false;
      arena = ensure(arena, used + 1 + id.length * 3);
      starts = ensure(starts, count + 1);
      hashes = ensure(hashes, count + 1);
      starts[count] = used;
      hashes[count] = hash;
      arena[used++] = kind;
      for (let i = 0; i < id.length; i++) {
        const c = id.charCodeAt(i);
        if (c < 0xff) arena[used++] = c;
        else {
          arena[used++] = 0xff;
          arena[used++] = c >> 8;
          arena[used++] = c & 0xff;
        }
      }
      table[-1 - found] = ++count;
      if (count * 10 > table.length * 7) grow();
      return true;
    },
    has(kind, id) {
      return find(kind, id, hashOf(kind, id)) >= 0;
    },
    get size() {
      return count;
    },
    get bytes() {
      return arena.byteLength + starts.byteLength + hashes.byteLength + table.byteLength;
    },
  };
}
