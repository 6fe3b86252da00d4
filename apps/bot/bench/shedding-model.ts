/**
 * The shedding rule in a model of the server's loop, on a scripted clock (not a measurement: no timing of this
 * machine enters it, so two rules can be compared on exactly the same load):
 *
 *   pnpm exec tsx bench/shedding-model.ts [path/to/load-shedding.ts] [--service-ms 0.649] [--seeds 3]
 *
 * Requests arrive as a Poisson process; each turn of the loop reads every request that arrived before it
 * began and answers or refuses them in order (an answer takes a lognormal time of mean `--service-ms`, a
 * refusal 0.075 ms); scavenges (4–14 ms every 300–500 ms) and, in the second half, three longer pauses (60, 120
 * and 180 ms: a compile, a full collection, a moment without the CPU) stop the loop. The monitor is the real one
 * from the module given (the working tree's by default), driven by the model's clock. Prints, per rate and seed,
 * the 503s, the answered requests' p99 and the 503s' p99 (ms from arrival). The model leaves out connections
 * (a proxy's pool bounds what one turn can read, and new ones wait to be accepted) and the CPU the process
 * loses to others, so its figures under overload are not the benchmark's; below capacity they say how often a
 * rule refuses what it could have served.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../../tooling/testing/seeded-random.ts';
import type { LoadMonitor, LoadSheddingOptions, LoopClock } from '../src/transports/http/load-shedding';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    'service-ms': { type: 'string', default: '0.649' },
    seeds: { type: 'string', default: '3' },
    rates: { type: 'string', default: '500,1000,1300,3000,5600' },
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
  if (longPauses) pauses.push({ at: 1000, ms: 60 }, { at: 2500, ms: 120 }, { at: 4000, ms: 180 });
  pauses.sort((a, b) => a.at - b.at);
  let pause = 0;
  const pass = (ms: number) => {
    now += ms;
    for (; pause < pauses.length && (pauses[pause] as { at: number }).at <= now; pause++)
      now += (pauses[pause] as { ms: number }).ms;
  };
  const answered: number[] = [];
  const refused: number[] = [];
  const byReason = new Map<string, number>();
  let next = 0;
  while (next < arrivals.length) {
    const first = arrivals[next] as number;
    if (first > now) {
      idle += first - now;
      pass(first - now);
    }
    const turnStart = now;
    let end = next;
    while (end < arrivals.length && (arrivals[end] as number) <= turnStart) end += 1;
    for (; next < end; next++) {
      const reason = monitor.overloaded(0);
      const shed = reason !== undefined;
      if (shed) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      pass(shed ? REFUSAL_MS : answerMs());
      (shed ? refused : answered).push(now - (arrivals[next] as number));
    }
    await nextTurn();
  }
  monitor.stop();
  const p99 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(0.99 * list.length)] ?? 0;
  return {
    refused: refused.length,
    answeredP99: p99(answered),
    refusedP99: p99(refused),
    byReason: [...byReason].map(([reason, count]) => `${reason} ${count}`).join(', '),
  };
}

console.log(`shedding model: ${modulePath}, answers ${serviceMs} ms on average, ${SECONDS} s per rate`);
console.log('pauses                       rate/s  seed    503s  ok p99  503 p99  by rule');
for (const longPauses of [false, true]) {
  for (const rate of rates) {
    for (let seed = 1; seed <= seeds; seed++) {
      const result = await run(rate, seed, longPauses);
      console.log(
        `${(longPauses ? 'scavenges + 60/120/180 ms' : 'scavenges').padEnd(28)} ${String(rate).padStart(6)} ${String(seed).padStart(5)} ${String(result.refused).padStart(7)} ${result.answeredP99.toFixed(1).padStart(7)} ${result.refusedP99.toFixed(1).padStart(8)}  ${result.byReason}`,
      );
    }
  }
}
