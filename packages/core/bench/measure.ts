import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full collection before each heap reading, without asking the caller to start node with --expose-gc.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

export function heapUsed(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

export function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Latencies of several systems on the same inputs, taken in turn input by input (the order rotating), so
 * that whatever else the machine is doing weighs on all of them alike; in rounds until `budgetMs` per system
 * is spent (at least one round, at most `maxRounds`), after one unmeasured round to warm the JIT and lazy
 * structures.
 */
export function interleavedLatencies(
  systems: ReadonlyArray<(input: string) => unknown>,
  inputs: readonly string[],
  { budgetMs = 2000, maxRounds = 50 } = {},
): number[][] {
  // Warm-up: a few inputs are enough for the JIT and lazy structures, and spare the slowest peers a full round.
  for (const run of systems) for (const input of inputs.slice(0, 24)) run(input);
  const samples = systems.map((): number[] => []);
  const start = performance.now();
  let turn = 0;
  for (let round = 0; round < maxRounds; round++) {
    for (const input of inputs) {
      turn++;
      for (let k = 0; k < systems.length; k++) {
        const which = (k + turn) % systems.length;
        const run = systems[which] as (input: string) => unknown;
        const begin = performance.now();
        run(input);
        samples[which]?.push(performance.now() - begin);
      }
    }
    if (performance.now() - start >= budgetMs * systems.length) break;
  }
  return samples;
}
