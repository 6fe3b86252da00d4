import { compareCodeUnits } from './code-unit-order';

/**
 * A read-only table keyed by text: what a Map gives, read straight from a snapshot's sorted keys. Loading then
 * builds no Map, and a value is decoded (and kept) only when it is first asked for: a search reads the few terms
 * it looks up, not the thousands a Map would have to hold before the first one could be found.
 */
export type Lookup<V> = {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Every key with its value, in key order for a sorted lookup (insertion order for a Map). */
  entries(): IterableIterator<[string, V]>;
};

/** Where `key` is in `keys` (sorted by UTF-16 code units, as `Array.prototype.sort` sorts), or -1. */
export function indexOfSorted(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = keys[middle] as string;
    if (found === key) return middle;
    if (found < key) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A lookup over `keys` (sorted, distinct) whose value at position `at` is `decode(at)`, computed once. */
export function sortedLookup<V>(keys: readonly string[], decode: (at: number) => V): Lookup<V> {
  const decoded = new Map<number, V>();
  const valueAt = (at: number): V => {
    let value = decoded.get(at);
    if (value === undefined) {
      value = decode(at);
      decoded.set(at, value);
    }
    return value;
  };
  return {
    get: (key) => {
      const at = indexOfSorted(keys, key);
      return at < 0 ? undefined : valueAt(at);
    },
    has: (key) => indexOfSorted(keys, key) >= 0,
    *entries() {
      for (let at = 0; at < keys.length; at++) yield [keys[at] as string, valueAt(at)];
    },
  };
}

/** A lookup's entries in key order (code units), as a snapshot writes them for `sortedLookup` to read. */
export function sortedEntries<V>(lookup: Lookup<V>): Array<[string, V]> {
  return [...lookup.entries()].sort(([a], [b]) => compareCodeUnits(a, b));
}
