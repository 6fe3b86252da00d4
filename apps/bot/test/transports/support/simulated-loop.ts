import type { LoadMonitor, LoopProbe, ShedReason } from '../../../src/transports/http/load-shedding';

/**
 * Node's event loop as the load monitor sees it, on a clock of the test's own: requests arrive at given times;
 * when the loop polls it finds every request that arrived while it worked, reads them one after the other in
 * one turn (each answered at `costMs`, or refused at `refuseMs`), runs its immediates, and polls again (or
 * waits for the next arrival). Timers run at the start of each turn, as in node. A stall is work that answers
 * nothing (a garbage collection, another process on the core). Nothing here depends on how fast the machine is.
 */
export interface SimulatedRequest {
  /** When it arrived (ms). */
  at: number;
  /** When it was read, and when its answer or refusal was written (ms). */
  readAt: number;
  doneAt: number;
  reason: ShedReason | undefined;
}

export interface SimulationOptions {
  /** Arrival times (ms, ascending). */
  arrivals: number[];
  /** The loop's time to answer one request (ms). */
  costMs: number;
  /** The loop's time to refuse one (ms). */
  refuseMs: number;
  /** Stalls: from `at` the loop does nothing else for `ms` (it finishes the request it is on first). */
  stalls?: Array<{ at: number; ms: number }>;
}

export interface SimulatedLoop {
  probe: LoopProbe;
  /** Runs the arrivals through `monitor` (created on `probe`) and returns each request's fate. */
  run(monitor: LoadMonitor): SimulatedRequest[];
}

export function simulatedLoop(options: SimulationOptions): SimulatedLoop {
  let now = 0;
  let immediates: Array<() => void> = [];
  const timers: Array<{ every: number; next: number; callback: () => void; stopped: boolean }> = [];
  const probe: LoopProbe = {
    now: () => now,
    afterPoll(callback) {
      immediates.push(callback);
    },
    every(ms, callback) {
      const timer = { every: ms, next: now + ms, callback, stopped: false };
      timers.push(timer);
      return () => {
        timer.stopped = true;
      };
    },
  };
  const work = (ms: number) => {
    now += ms;
  };
  const runTimers = () => {
    for (const timer of timers) {
      if (timer.stopped || timer.next > now) continue;
      timer.callback();
      timer.next = now + timer.every;
    }
  };

  function run(monitor: LoadMonitor): SimulatedRequest[] {
    const { arrivals, costMs, refuseMs } = options;
    const stalls = [...(options.stalls ?? [])];
    const results: SimulatedRequest[] = [];
    let next = 0;
    while (next < arrivals.length) {
      runTimers();
      const stall = stalls[0];
      if (stall !== undefined && stall.at <= now) {
        stalls.shift();
        work(stall.ms);
        continue;
      }
      if ((arrivals[next] as number) > now) {
        // Idle in poll until the next arrival, a stall or a timer, whichever comes first.
        const wake = Math.min(
          arrivals[next] as number,
          stall?.at ?? Number.POSITIVE_INFINITY,
          ...timers.filter((timer) => !timer.stopped).map((timer) => timer.next),
        );
        now = Math.max(now, wake);
        if ((arrivals[next] as number) > now) continue;
      }
      // The poll finds everything that arrived up to now; the turn reads it in order.
      const found: number[] = [];
      while (next < arrivals.length && (arrivals[next] as number) <= now)
        found.push(arrivals[next++] as number);
      for (const at of found) {
        const readAt = now;
        const reason = monitor.overloaded(0);
        work(reason === undefined ? costMs : refuseMs);
        results.push({ at, readAt, doneAt: now, reason });
      }
      const ran = immediates;
      immediates = [];
      for (const callback of ran) callback();
    }
    return results;
  }
  return { probe, run };
}

/** `count` arrivals at `rate` per second from `from` ms, evenly spaced (the benchmark's schedule). */
export function steadyArrivals(rate: number, count: number, from = 0): number[] {
  return Array.from({ length: count }, (_, index) => from + (index * 1000) / rate);
}
