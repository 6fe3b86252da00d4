/**
 * The shedding rule in a model of the server's loop, on a scripted clock (not a measurement: no timing of this
 * machine enters it, so two rules can be compared on exactly the same load):
 *
 *   pnpm exec tsx bench/shedding-model.ts [path/to/load-shedding.ts] [--service-ms 0.649] [--seeds 3] [--stalls 15,30,45 [--sliced]]
 *
 * Requests arrive as a Poisson process; each turn of the loop reads every request that arrived before it
 * began and answers or refuses them in order (an answer takes a lognormal time of mean `--service-ms`, a
 * refusal 0.075 ms); scavenges (4–14 ms every 300–500 ms) and, in the second half, three longer pauses (60, 120
 * and 180 ms: a compile, a full collection, a moment without the CPU) stop the loop; `--stalls` gives those pauses
 * instead, and `--sliced` spreads each over twice its length in 3-ms slices, as a thread that shares the core
 * takes it (the benchmark's refusal episodes at 1,000/s followed 13–46 ms of the main thread waiting to run
 * while V8's compiler threads ran on its core). The monitor is the real one
 * from the module given (the working tree's by default), driven by the model's clock. Prints, per rate and seed,
 * the 503s, the answered requests' p99, the 503s' p99 (ms from arrival), and the refusal episodes (503s
 * within 20 ms of each other, as `bench/shed-timeline.ts` counts them) with the longest one's span. The model leaves out connections
 * (a proxy's pool bounds what one turn can read, and new ones wait to be accepted) and the CPU the process
 * loses to others, so its figures under overload are not the benchmark's; below capacity they say how often a
 * rule refuses what it could have served.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../../tooling/testing/seeded-random.ts';
import { DEFAULT_MAX_CONNECTIONS } from '../src/transports/http/interactions-server';
import type { LoadMonitor, LoadSheddingOptions, LoopClock } from '../src/transports/http/load-shedding';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    'service-ms': { type: 'string', default: '0.649' },
    seeds: { type: 'string', default: '3' },
    rates: { type: 'string', default: '500,1000,1300,3000,5600' },
    stalls: { type: 'string', default: '60,120,180' },
    sliced: { type: 'boolean', default: false },
    pool: { type: 'string', default: '0' },
  },
});
const modulePath =
  positionals[0] ?? fileURLToPath(new URL('../src/transports/http/load-shedding.ts', import.meta.url));
const rule = (await import(modulePath)) as {
  createLoadMonitor: (options: LoadSheddingOptions, clock: LoopClock) => LoadMonitor;
  DEFAULT_LOAD_SHEDDING: LoadSheddingOptions;
};
const serviceMs = Number(values['service-ms']);
const seeds = Number(values.seeds);
const rates = values.rates.split(',').map(Number);
const REFUSAL_MS = 0.075;
const SECONDS = 5;
const stalls = values.stalls.split(',').map(Number);
const sliced = values.sliced;
/**
 * `--pool N`: requests come over connections, as the benchmark's generator (and a proxy) sends them: N open at
 * the start, each carrying one request at a time; a request that finds none idle opens a new one, which waits in
 * the kernel's accept queue until the loop accepts it (one per turn, as node does: `bench/accept-per-turn.ts`),
 * and its request is read in the turn after that. Past DEFAULT_MAX_CONNECTIONS open, a new connection is dropped (an
 * error). 0 (the default): every request that arrived before a turn began is read in it.
 */
const pool = Number(values.pool);
/** A time slice of the scheduler (CFS gives a few ms to each thread that wants the core). */
const SLICE_MS = 3;
/** 503s closer together than this are one episode (as in shed-timeline.ts). */
const EPISODE_GAP_MS = 20;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function run(rate: number, seed: number, longPauses: boolean) {
  const random = seededRandom(seed);
  let now = 0;
  let idle = 0;
  const monitor = rule.createLoadMonitor(rule.DEFAULT_LOAD_SHEDDING, { now: () => now, idleMs: () => idle });
  const arrivals: number[] = [];
  for (let at = 0; at < SECONDS * 1000; ) {
    at += -Math.log(1 - random()) * (1000 / rate);
    arrivals.push(at);
  }
  const sigma = 0.55;
  const answerMs = () => {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return serviceMs * Math.exp(sigma * z - (sigma * sigma) / 2);
  };
  const pauses: Array<{ at: number; ms: number }> = [];
  for (let at = 0; at < SECONDS * 1000; at += 300 + 200 * random())
    pauses.push({ at, ms: 4 + 10 * random() });
  // Spread from 1,000 to 4,000 ms (1,000, 2,500 and 4,000 for three, as before).
  if (longPauses)
    stalls.forEach((ms, index) => {
      const at = 1000 + (index * 3000) / Math.max(1, stalls.length - 1);
      if (!sliced) pauses.push({ at, ms });
      // Shared with another thread on the core (V8 compiling, under `taskset -a`): the loop gets slices of
      // SLICE_MS between the other's, for as long as the other's add up to `ms`.
      else
        for (let slice = 0; slice * SLICE_MS < ms; slice++)
          pauses.push({ at: at + 2 * slice * SLICE_MS, ms: SLICE_MS });
    });
  pauses.sort((a, b) => a.at - b.at);
  let pause = 0;
  const pass = (ms: number) => {
    now += ms;
    for (; pause < pauses.length && (pauses[pause] as { at: number }).at <= now; pause++)
      now += (pauses[pause] as { ms: number }).ms;
  };
  const answered: number[] = [];
  const refused: number[] = [];
  // When each 503 was given, for its episode.
  const refusedAt: number[] = [];
  const byReason = new Map<string, number>();
  let next = 0;
  let dropped = 0;
  /** Reads the request that arrived at `at`: answered, or refused by the rule (and why). */
  const serve = (at: number) => {
    const reason = monitor.overloaded(0);
    const shed = reason !== undefined;
    if (shed) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    pass(shed ? REFUSAL_MS : answerMs());
    (shed ? refused : answered).push(now - at);
    if (shed) refusedAt.push(now);
  };
  if (pool === 0)
    while (next < arrivals.length) {
      const first = arrivals[next] as number;
      if (first > now) {
        idle += first - now;
        pass(first - now);
      }
      const turnStart = now;
      let end = next;
      while (end < arrivals.length && (arrivals[end] as number) <= turnStart) end += 1;
      for (; next < end; next++) serve(arrivals[next] as number);
      await nextTurn();
    }
  else {
    // Requests on open connections, by arrival; requests on connections waiting to be accepted; requests on
    // connections accepted in an earlier turn (read in the next).
    let idleConnections = pool;
    let open = pool;
    const readable: number[] = [];
    const accepting: number[] = [];
    let acceptedLastTurn: number[] = [];
    /** Gives each request that has arrived by now an idle connection, or a new one to be accepted. */
    const arrive = () => {
      for (; next < arrivals.length && (arrivals[next] as number) <= now; next++) {
        const at = arrivals[next] as number;
        if (idleConnections > 0) {
          idleConnections -= 1;
          readable.push(at);
        } else if (open >= DEFAULT_MAX_CONNECTIONS) dropped += 1;
        else {
          open += 1;
          accepting.push(at);
        }
      }
    };
    while (
      next < arrivals.length ||
      readable.length > 0 ||
      accepting.length > 0 ||
      acceptedLastTurn.length > 0
    ) {
      arrive();
      if (readable.length === 0 && accepting.length === 0 && acceptedLastTurn.length === 0) {
        const first = arrivals[next] as number;
        idle += first - now;
        pass(first - now);
        continue;
      }
      const turn = [...acceptedLastTurn, ...readable.splice(0)];
      acceptedLastTurn = [];
      const acceptedNow = accepting.shift();
      if (acceptedNow !== undefined) {
        monitor.noteConnection();
        acceptedLastTurn.push(acceptedNow);
      }
      for (const at of turn) {
        serve(at);
        idleConnections += 1;
        arrive();
      }
      await nextTurn();
    }
  }
  monitor.stop();
  const p99 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(0.99 * list.length)] ?? 0;
  let episodes = 0;
  let longestMs = 0;
  for (let at = 0, start = 0; at < refusedAt.length; at++) {
    const time = refusedAt[at] as number;
    if (at === 0 || time - (refusedAt[at - 1] as number) > EPISODE_GAP_MS) {
      episodes += 1;
      start = time;
    }
    longestMs = Math.max(longestMs, time - start);
  }
  const all = [...answered, ...refused];
  return {
    dropped,
    overSecond: all.filter((ms) => ms > 1000).length,
    maxMs: Math.max(0, ...all),
    episodes,
    longestMs,
    refused: refused.length,
    answeredP99: p99(answered),
    refusedP99: p99(refused),
    byReason: [...byReason].map(([reason, count]) => `${reason} ${count}`).join(', '),
  };
}

console.log(`shedding model: ${modulePath}, answers ${serviceMs} ms on average, ${SECONDS} s per rate`);
console.log(
  `pauses                       rate/s  seed    503s  ok p99  503 p99  episodes longest${pool > 0 ? '  dropped  >1 s     max' : ''}  by rule`,
);
for (const longPauses of [false, true]) {
  for (const rate of rates) {
    for (let seed = 1; seed <= seeds; seed++) {
      const result = await run(rate, seed, longPauses);
      console.log(
        `${(longPauses ? `scavenges + ${stalls.join('/')} ms${sliced ? ' sliced' : ''}` : 'scavenges').padEnd(28)} ${String(rate).padStart(6)} ${String(seed).padStart(5)} ${String(result.refused).padStart(7)} ${result.answeredP99.toFixed(1).padStart(7)} ${result.refusedP99.toFixed(1).padStart(8)} ${String(result.episodes).padStart(9)} ${result.longestMs.toFixed(0).padStart(7)}${pool > 0 ? ` ${String(result.dropped).padStart(8)} ${String(result.overSecond).padStart(5)} ${result.maxMs.toFixed(0).padStart(7)}` : ''}  ${result.byReason}`,
      );
    }
  }
}
