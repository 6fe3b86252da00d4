/**
 * Run by load-shedding.test.ts as `node --allow-natives-syntax --import tsx monitor-optimization.ts [module]`:
 * asks V8 whether the load monitor's per-request check, compiled by TurboFan while the loop answered one
 * request per turn (a quiet server, or a one-at-a-time warm-up), stays compiled through a burst — turns of
 * several requests, turns that grow, refusals — or is thrown back to the interpreter (deoptimised) by an
 * operation it had never run. Prints one JSON line. The loop clock is scripted: nothing here depends on speed.
 */
import { fileURLToPath } from 'node:url';
import type { LoadSheddingOptions, LoopClock, ShedReason } from '../../../src/transports/http/load-shedding';

const modulePath =
  process.argv[2] ?? fileURLToPath(new URL('../../../src/transports/http/load-shedding.ts', import.meta.url));
const { createLoadMonitor, DEFAULT_LOAD_SHEDDING } = (await import(modulePath)) as {
  createLoadMonitor: (
    options: LoadSheddingOptions,
    clock: LoopClock,
  ) => { overloaded(othersInFlight: number): ShedReason | undefined; stop(): void };
  DEFAULT_LOAD_SHEDDING: LoadSheddingOptions;
};

// V8's test intrinsics, behind --allow-natives-syntax; written in strings so the TypeScript transform never sees them.
const natives = (body: string) => new Function('f', body) as (f: unknown) => number;
const prepareForOptimization = natives('%PrepareFunctionForOptimization(f)');
const optimizeOnNextCall = natives('%OptimizeFunctionOnNextCall(f)');
const optimizationStatus = natives('return %GetOptimizationStatus(f)');
/** V8's OptimizationStatus bit for "running TurboFan code" (src/runtime/runtime.h). */
const TURBOFANNED = 1 << 6;

let now = 0;
let idle = 0;
const clock: LoopClock = { now: () => now, idleMs: () => idle };
const monitor = createLoadMonitor(DEFAULT_LOAD_SHEDDING, clock);
const check = monitor.overloaded;
/** The loop goes round: the monitor's turn ends in the check phase. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

// A quiet server: the loop waits for I/O, then reads one request, which is answered within its turn.
prepareForOptimization(check);
for (let request = 0; request < 200; request++) {
  idle += 5;
  now += 5;
  check(0);
  await nextTurn();
}
optimizeOnNextCall(check);
idle += 5;
now += 5;
check(0);
await nextTurn();
const compiled = (optimizationStatus(check) & TURBOFANNED) !== 0;

// A burst: no more waiting for I/O, turns of several requests that grow (1 ms per answer), refusals at last,
// then turns of twice what the loop can answer, cut so that they refuse more than they answer, which keeps the
// overload remembered (a refusal's cost left out: the clock stays on whole milliseconds, as the quiet turns'
// lag of 0 had V8 compile the signal's lag for).
const reasons = new Set<string>();
for (let turn = 1; turn <= 16; turn++) {
  for (let request = 0; request < (turn <= 12 ? 2 * turn : 40); request++) {
    const reason = check(request % 3);
    reasons.add(String(reason));
    now += reason === undefined ? 1 : 0;
  }
  await nextTurn();
}
const stillCompiled = (optimizationStatus(check) & TURBOFANNED) !== 0;
monitor.stop();
console.log(JSON.stringify({ compiled, stillCompiled, reasons: [...reasons].sort() }));
