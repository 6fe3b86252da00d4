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
 * Latencies of `run` over the inputs, in rounds until both `minSamples` are taken and `budgetMs` is spent
 * (or `maxRounds` rounds), after one unmeasured round to warm the JIT and any lazy structure.
 */
export function latencies(
  inputs: readonly string[],
  run: (input: string) => unknown,
  { budgetMs = 2000, minSamples = 200, maxRounds = 50 } = {},
): number[] {
  for (const input of inputs) run(input);
  const samples: number[] = [];
  const start = performance.now();
  for (let round = 0; round < maxRounds; round++) {
    for (const input of inputs) {
      const begin = performance.now();
      run(input);
      samples.push(performance.now() - begin);
    }
    if (samples.length >= minSamples && performance.now() - start >= budgetMs) break;
  }
  return samples;
}
