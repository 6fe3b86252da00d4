/**
 * Reads a server trace (`bench/http-load.ts --trace FILE`, and optionally V8's log from
 * `--server-flags "--log-code --log-deopt --logfile=V8LOG --no-logfile-per-isolate"`) and says, for one rate, what
 * the loop was doing around each refusal and each late answer (not a test: it prints, asserts nothing):
 *
 *   pnpm exec tsx bench/shed-timeline.ts FILE [--v8-log V8LOG] [--mark "rate 1000"] [--slow-ms 20] [--before-ms 100]
 *
 * Per event (503s within 20 ms of each other are one event; an answer finished more than `--slow-ms` after the
 * generator wrote it is one, unless it falls in a refusal's), the rules that refused, the last turns before it
 * (when each began, how long it worked, how many requests it read), the GC pauses and V8's optimizing compiles and
 * deoptimisations in the `--before-ms` before it, and (from the trace's schedstat samples) how long the main
 * thread waited to run and the other threads ran. Then a count of events by what preceded them: a GC pause of
 * 4 ms or more, a compile or deoptimisation, 4 ms or more of other threads on the CPU, 4 ms or more descheduled.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  allowPositionals: true,
  options: {
    'v8-log': { type: 'string' },
    mark: { type: 'string', default: 'rate 1000' },
    'slow-ms': { type: 'string', default: '20' },
    'before-ms': { type: 'string', default: '100' },
  },
});
const file = positionals[0];
if (file === undefined) {
  console.error('✖ usage: shed-timeline.ts TRACE.json [--v8-log V8LOG] [--mark "rate 1000"] [--slow-ms 20]');
  process.exit(2);
}
const slowMs = Number(values['slow-ms']);
const beforeMs = Number(values['before-ms']);
/** A GC pause this long or longer counts as a cause. */
const GC_CAUSE_MS = 4;
/** 503s closer together than this are one event. */
const CLUSTER_MS = 20;

interface Trace {
  v8MarkerMs: number;
  turns: Array<[number, number]>;
  requests: Array<
    [sentMs: number, readMs: number, lagMs: number, reason: string, endMs: number, status: number]
  >;
  gc: Array<[startMs: number, ms: number, kind: number]>;
  marks: Array<[number, string]>;
  cpu?: Array<[atMs: number, mainRunMs: number, mainWaitMs: number, othersRunMs: number]>;
}
const trace = JSON.parse(readFileSync(file, 'utf8')) as Trace;

const markIndex = trace.marks.findIndex(([, label]) => label === values.mark);
if (markIndex < 0) {
  console.error(
    `✖ no mark "${values.mark}" in the trace: ${trace.marks.map(([, label]) => label).join(', ')}`,
  );
  process.exit(2);
}
const from = (trace.marks[markIndex] as [number, string])[0];
const to = trace.marks[markIndex + 1]?.[0] ?? Number.POSITIVE_INFINITY;

/** V8's optimizing compiles (TurboFan `*`, Maglev `+`) and deoptimisations, on the trace's clock. */
interface V8Event {
  atMs: number;
  what: string;
}
function v8Events(path: string | undefined): V8Event[] {
  if (path === undefined) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const marker = lines.find((line) => line.startsWith('code-creation,') && line.includes('shedTraceMarker'));
  if (marker === undefined) {
    console.error('✖ the V8 log has no shedTraceMarker line: it cannot be put on the trace clock');
    process.exit(2);
  }
  const offset = trace.v8MarkerMs - Number(marker.split(',')[3]) / 1000;
  const events: V8Event[] = [];
  for (const line of lines) {
    const fields = line.split(',');
    if (fields[0] === 'code-creation' && fields[1] === 'JS') {
      const tier = fields.at(-1);
      if (tier === '*' || tier === '+')
        events.push({
          atMs: Number(fields[3]) / 1000 + offset,
          what: `${tier === '*' ? 'TurboFan' : 'Maglev'} ${fields[6]}`,
        });
    } else if (fields[0] === 'code-deopt') {
      events.push({
        atMs: Number(fields[1]) / 1000 + offset,
        what: `deopt (${fields[6]}) ${fields.slice(8).join(',')} at ${fields[7]}`,
      });
    }
  }
  return events;
}
const v8 = v8Events(values['v8-log']).filter((event) => event.atMs >= from - beforeMs && event.atMs < to);

const requests = trace.requests.filter(([, readMs]) => readMs >= from && readMs < to);
const turns = trace.turns.filter(([start]) => start >= from - beforeMs && start < to);
const gc = trace.gc.filter(([start]) => start >= from - beforeMs && start < to);
const at = (ms: number) => `${(ms - from).toFixed(1).padStart(7)} ms`;

const refusals = requests.filter(([, , , reason]) => reason !== '');
const byReason = new Map<string, number>();
for (const [, , , reason] of refusals) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
const lateAnswers = requests.filter(
  ([sent, , , reason, end, status]) => reason === '' && status === 200 && end - sent > slowMs,
);
const turnMs = turns.filter(([start]) => start >= from).map(([start, end]) => end - start);
turnMs.sort((a, b) => a - b);
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

console.log(`trace ${file}, "${values.mark}": ${requests.length} requests read, ${refusals.length} refused`);
console.log(
  `  refused by rule: ${[...byReason].map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none'}`,
);
console.log(`  answered more than ${slowMs} ms after they were written: ${lateAnswers.length}`);
console.log(
  `  turns: ${turnMs.length}, working p50 ${pct(turnMs, 0.5).toFixed(2)} p99 ${pct(turnMs, 0.99).toFixed(2)} max ${(turnMs.at(-1) ?? 0).toFixed(2)} ms`,
);
const gcIn = gc.filter(([start]) => start >= from);
console.log(
  `  GC: ${gcIn.length} pauses, ${gcIn.reduce((sum, [, ms]) => sum + ms, 0).toFixed(0)} ms in all, longest ${Math.max(0, ...gcIn.map(([, ms]) => ms)).toFixed(1)} ms`,
);
if (values['v8-log'] !== undefined) {
  const inRate = v8.filter((event) => event.atMs >= from);
  console.log(
    `  V8: ${inRate.filter((event) => !event.what.startsWith('deopt')).length} optimizing compiles, ${inRate.filter((event) => event.what.startsWith('deopt')).length} deoptimisations`,
  );
}

/**
 * Where the time went, for 503s and answers apart: from written to read (of which the wait before the turn
 * began, and the lag into the turn), and from read to finished (the answer's or the refusal's own time).
 */
function decompose(label: string, list: typeof requests) {
  if (list.length === 0) return;
  const figures = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `p50 ${pct(sorted, 0.5).toFixed(2)} p99 ${pct(sorted, 0.99).toFixed(2)} max ${(sorted.at(-1) ?? 0).toFixed(2)}`;
  };
  console.log(`  ${label} (${list.length}), ms:`);
  console.log(`    written to finished  ${figures(list.map(([sent, , , , end]) => end - sent))}`);
  console.log(`    written to turn      ${figures(list.map(([sent, read, lag]) => read - lag - sent))}`);
  console.log(`    lag into the turn    ${figures(list.map(([, , lag]) => lag))}`);
  console.log(`    read to finished     ${figures(list.map(([, read, , , end]) => end - read))}`);
}
decompose('503s', refusals);
decompose(
  'answers',
  requests.filter(([, , , reason, , status]) => reason === '' && status === 200),
);

/** The events: clusters of refusals, then late answers outside them. */
interface Event {
  startMs: number;
  endMs: number;
  refused: Map<string, number>;
  late: number;
  worstMs: number;
}
const events: Event[] = [];
for (const [sent, read, , reason, end] of refusals) {
  const last = events.at(-1);
  if (last !== undefined && read - last.endMs <= CLUSTER_MS) {
    last.endMs = read;
    last.refused.set(reason, (last.refused.get(reason) ?? 0) + 1);
    last.worstMs = Math.max(last.worstMs, end - sent);
  } else
    events.push({
      startMs: read,
      endMs: read,
      refused: new Map([[reason, 1]]),
      late: 0,
      worstMs: end - sent,
    });
}
const refusalEvents = events.length;
for (const [sent, read, , , end] of lateAnswers) {
  const inside = events.find(
    (event) => read >= event.startMs - CLUSTER_MS && read <= event.endMs + CLUSTER_MS,
  );
  if (inside !== undefined) {
    inside.late += 1;
    inside.worstMs = Math.max(inside.worstMs, end - sent);
    continue;
  }
  const last = events.at(-1);
  if (last !== undefined && last.refused.size === 0 && read - last.endMs <= CLUSTER_MS) {
    last.endMs = read;
    last.late += 1;
    last.worstMs = Math.max(last.worstMs, end - sent);
  } else events.push({ startMs: read, endMs: read, refused: new Map(), late: 1, worstMs: end - sent });
}
events.sort((a, b) => a.startMs - b.startMs);

/** The main thread's wait to run and the other threads' run time between two moments (schedstat samples). */
function cpuBetween(start: number, end: number): { waitMs: number; othersMs: number } | undefined {
  const samples = trace.cpu ?? [];
  const first = samples.findLast(([atMs]) => atMs <= start) ?? samples.find(([atMs]) => atMs >= start);
  const last = samples.find(([atMs]) => atMs >= end) ?? samples.at(-1);
  if (first === undefined || last === undefined || last[0] <= first[0]) return undefined;
  return { waitMs: last[2] - first[2], othersMs: last[3] - first[3] };
}
{
  const whole = cpuBetween(from, Math.min(to, requests.at(-1)?.[4] ?? to));
  if (whole !== undefined)
    console.log(
      `  main thread waiting to run ${whole.waitMs.toFixed(0)} ms, the other threads on the CPU ${whole.othersMs.toFixed(0)} ms`,
    );
}
/** Descheduled or sharing the core for this long in the window before an event counts as a cause. */
const CPU_CAUSE_MS = 4;
const causes = new Map<string, number>();
for (const event of events) {
  // What came before the event's first request was written: GC, compiles, the turns it waited behind.
  const firstSent = Math.min(
    event.startMs,
    ...requests.filter(([, read]) => read >= event.startMs && read <= event.endMs).map(([sent]) => sent),
  );
  const windowStart = firstSent - beforeMs;
  const pauses = gc.filter(([start, ms]) => start + ms >= windowStart && start <= event.endMs);
  const compiles = v8.filter((v8Event) => v8Event.atMs >= windowStart && v8Event.atMs <= event.endMs);
  const longPause = pauses.some(([, ms]) => ms >= GC_CAUSE_MS);
  const cpu = cpuBetween(windowStart, event.endMs);
  const found = [
    ...(longPause ? ['GC'] : []),
    ...(compiles.length > 0 ? ['V8 compile/deopt'] : []),
    ...(cpu !== undefined && cpu.othersMs >= CPU_CAUSE_MS ? ['other threads'] : []),
    ...(cpu !== undefined && cpu.waitMs >= CPU_CAUSE_MS ? ['descheduled'] : []),
  ];
  const cause = found.length === 0 ? 'none of these' : found.join(' + ');
  const kind = event.refused.size > 0 ? '503s' : 'late answers';
  causes.set(`${kind}: ${cause}`, (causes.get(`${kind}: ${cause}`) ?? 0) + 1);
  console.log(
    `\n${at(event.startMs)} to ${at(event.endMs)}: ${[...event.refused].map(([reason, count]) => `${count} ${reason}`).join(', ') || 'no 503'}; ${event.late} late answers; worst ${event.worstMs.toFixed(1)} ms from written to finished`,
  );
  const before = turns.filter(([start]) => start <= event.endMs && start >= windowStart);
  for (const [start, end] of before.slice(-8)) {
    const read = requests.filter(([, readMs]) => readMs >= start && readMs <= end);
    console.log(
      `    turn ${at(start)} worked ${(end - start).toFixed(2).padStart(6)} ms, read ${String(read.length).padStart(3)}, refused ${read.filter(([, , , reason]) => reason !== '').length}`,
    );
  }
  if (cpu !== undefined)
    console.log(
      `    CPU  main thread waiting to run ${cpu.waitMs.toFixed(1)} ms, other threads running ${cpu.othersMs.toFixed(1)} ms`,
    );
  for (const [start, ms, gcKind] of pauses)
    console.log(`    GC   ${at(start)} ${ms.toFixed(1).padStart(6)} ms (kind ${gcKind})`);
  for (const v8Event of compiles.slice(0, 12)) console.log(`    V8   ${at(v8Event.atMs)} ${v8Event.what}`);
  if (compiles.length > 12) console.log(`    V8   … ${compiles.length - 12} more`);
}
console.log(`\nevents: ${refusalEvents} with 503s, ${events.length - refusalEvents} of late answers only`);
for (const [cause, count] of [...causes].sort()) console.log(`  ${cause}: ${count}`);
