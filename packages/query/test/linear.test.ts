import { describe, expect, it } from 'vitest';
import { parseQuery, toQueryPlan } from '../src/index';

/** A query line of `length` characters made of filters on every free-text field, words, phrases and exclusions. */
function longQuery(length: number): string {
  const unit = 'outlet:x author:"a b" person:p place:y country:mx topic:t year:2010 word -not "a phrase" ';
  const withoutYear = unit.replace('year:2010 ', '');
  // year: may be given once, so only the first unit carries it; spaces pad to the exact length.
  const line = unit + withoutYear.repeat(Math.floor((length - unit.length) / withoutYear.length));
  return line.padEnd(length, ' ');
}

/** How many elements every array iterator (spread, for…of, Array.from) hands out while `run` runs. */
function elementsIterated(run: () => void): number {
  const original = Array.prototype[Symbol.iterator];
  let handedOut = 0;
  // Replacing the iterator also turns off V8's spread fast path, so copies by spread are counted too.
  Array.prototype[Symbol.iterator] = function* <T>(this: T[]): Generator<T, undefined, undefined> {
    for (let index = 0; index < this.length; index++) {
      handedOut++;
      yield this[index] as T;
    }
    return undefined;
  } as typeof original;
  try {
    run();
  } finally {
    Array.prototype[Symbol.iterator] = original;
  }
  return handedOut;
}

/** The least CPU time (µs, user + system) of `runs` runs: the least is the least disturbed by other work. */
function leastCpu(run: () => void, runs: number): number {
  let least = Number.POSITIVE_INFINITY;
  for (let round = 0; round < runs; round++) {
    const start = process.cpuUsage();
    run();
    const spent = process.cpuUsage(start);
    least = Math.min(least, spent.user + spent.system);
  }
  return least;
}

const plan = (line: string) => toQueryPlan(parseQuery(line));

describe('query parsing and planning take time linear in the line', () => {
  it('turns a query into a request without copying a filter list per filter', () => {
    const parsed = parseQuery(longQuery(40_000));
    const clauses = parsed.nodes.length;
    const handedOut = elementsIterated(() => toQueryPlan(parsed));
    // Walking the clauses once hands out one element each; a copy per filter hands out ~clauses²/12.
    expect(handedOut).toBeLessThanOrEqual(4 * clauses);
  });

  it('keeps every filter value of a long query, in order', () => {
    const { request } = plan(longQuery(100_000));
    const outlets = request.filters?.outlet ?? [];
    expect(outlets.length).toBeGreaterThan(1000);
    expect(outlets.every((value) => value === 'x')).toBe(true);
    expect(request.filters?.author?.length).toBe(outlets.length);
  });

  it('parses and plans 1 MB of filters with CPU time growing about tenfold from 100k characters', () => {
    const small = longQuery(100_000);
    const large = longQuery(1_000_000);
    expect(large.length).toBe(1_000_000);
    plan(small); // warm the compiler so the first measurement is not mostly compilation
    // Linear work grows ~10×, quadratic ~100×: 40× leaves room for a noisy shared machine (GC, caches).
    let ratio = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && ratio >= 40; attempt++) {
      ratio = leastCpu(() => plan(large), 1) / leastCpu(() => plan(small), 3);
      if (ratio > 100) break; // plainly quadratic; another attempt would only take longer
    }
    expect(ratio).toBeLessThan(40);
  }, 300_000);
});
