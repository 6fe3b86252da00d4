/**
 * The HTTP mode under load: a child process started by http-load.ts, running startBot exactly as
 * `BOT_MODE=http` does (real signature checks, guard, pino logs on stdout at info), on 127.0.0.1.
 * `--handler=trivial` swaps the pure layer for a constant answer to measure the transport alone.
 */
import { subscribe } from 'node:diagnostics_channel';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import {
  type APIInteraction,
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
} from 'discord-api-types/v10';
import { DEFAULT_LOAD_SHEDDING, type LoadSheddingOptions } from '../src/transports/http/load-shedding';
import { startBot } from '../src/transports/start';

async function trivialHandler(interaction: APIInteraction): Promise<APIInteractionResponse> {
  if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  }
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: 'ok', allowed_mentions: { parse: [] } },
  };
}

/**
 * `--shed=off` turns load shedding off (to measure CPU per answered request); `--shed=saturatedLagMs=3,…`
 * overrides thresholds by name; without it the defaults apply.
 */
function sheddingFrom(spec: string | undefined): Partial<LoadSheddingOptions> | undefined {
  if (spec === undefined || spec === 'default') return undefined;
  if (spec === 'off')
    return {
      maxInFlight: Number.POSITIVE_INFINITY,
      maxLagMs: Number.POSITIVE_INFINITY,
      saturatedLagMs: Number.POSITIVE_INFINITY,
      standingLagMs: Number.POSITIVE_INFINITY,
      acceptingLagMs: Number.POSITIVE_INFINITY,
    };
  const shedding: Partial<LoadSheddingOptions> = {};
  for (const pair of spec.split(',')) {
    const [name, value] = pair.split('=');
    if (name === undefined || !(name in DEFAULT_LOAD_SHEDDING) || !Number.isFinite(Number(value))) {
      throw new Error(
        `--shed takes off, default or name=value pairs of ${Object.keys(DEFAULT_LOAD_SHEDDING).join(', ')}`,
      );
    }
    shedding[name as keyof LoadSheddingOptions] = Number(value);
  }
  return shedding;
}

// What the server's loop went through since the generator last asked: event-loop delay (a 1-ms-resolution
// histogram) and garbage-collection pauses (V8's own timings), so a stall can be told apart from queueing.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const pauses: Array<{ kind: number; ms: number }> = [];
// `--trace=FILE` keeps every pause with its start (performance.now() ms), for the timeline.
const tracedPauses: Array<[startMs: number, ms: number, kind: number]> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
    pauses.push({ kind, ms: entry.duration });
    tracedPauses.push([entry.startTime, entry.duration, kind]);
  }
}).observe({ entryTypes: ['gc'] });

function loopStats() {
  const gcByKind = new Map<number, { count: number; ms: number; maxMs: number }>();
  for (const pause of pauses.splice(0)) {
    const kind = gcByKind.get(pause.kind) ?? { count: 0, ms: 0, maxMs: 0 };
    kind.count += 1;
    kind.ms += pause.ms;
    kind.maxMs = Math.max(kind.maxMs, pause.ms);
    gcByKind.set(pause.kind, kind);
  }
  const stats = {
    delayP50Ms: loopDelay.percentile(50) / 1e6,
    delayP99Ms: loopDelay.percentile(99) / 1e6,
    delayMaxMs: loopDelay.max / 1e6,
    gc: Object.fromEntries(gcByKind),
  };
  loopDelay.reset();
  return stats;
}

/**
 * `--phases`: when each request was written (the generator's `x-sent`, monotonic µs), when its connection was
 * accepted (for the first request on a connection) and when node read it, on the machine's one monotonic
 * clock. A request on a new connection can wait in the kernel's accept queue; one on an open connection waits
 * for the loop to read it.
 */
export interface Phase {
  sentMs: number;
  /** When the server accepted the connection, for the first request on it; else null. */
  acceptedMs: number | null;
  readMs: number;
}
const phases: Phase[] = [];
if (process.argv.includes('--phases')) {
  const monotonicMs = () => Number(process.hrtime.bigint() / 1000n) / 1000;
  const accepted = new WeakMap<Socket, number>();
  subscribe('net.server.socket', (message) => {
    accepted.set((message as { socket: Socket }).socket, monotonicMs());
  });
  subscribe('http.server.request.start', (message) => {
    const readMs = monotonicMs();
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const sent = Number(request.headers['x-sent']);
    if (!(sent > 0)) return;
    const acceptedMs = accepted.get(socket) ?? null;
    accepted.delete(socket);
    phases.push({ sentMs: sent / 1000, acceptedMs, readMs });
  });
}

/**
 * `--trace=FILE` (bench-only): the load monitor's every decision (its signal and the rule that refused, if
 * any) and every turn, from its diagnostics channel; each request's status, the moment the generator wrote it
 * (its `x-sent`) and the moment its answer was finished; GC pauses; the generator's marks (`mark:<label>` at the
 * start of each rate); all in this process's performance.now() ms, written to FILE as JSON when the server
 * stops. With V8's `--log-code --log-deopt` (`--server-flags`), the log's compiles and deoptimisations line up
 * with the rest through `v8MarkerMs`: the moment a function named `shedTraceMarker` was first compiled.
 * `bench/shed-timeline.ts` reads it.
 */
const traceFile = process.argv.find((arg) => arg.startsWith('--trace='))?.slice('--trace='.length);
type TracedRequest = [
  sentMs: number,
  readMs: number,
  lagMs: number,
  reason: string,
  endMs: number,
  status: number,
];
const trace = {
  v8MarkerMs: 0,
  /**
   * Every 5 ms (Linux): the main thread's time on the CPU and waiting to run (another process had the core),
   * and the process's other threads' time on the CPU (V8's compiler and GC helpers, on the same core under
   * `taskset -a`), cumulative ms, from /proc/self/task/<tid>/schedstat.
   */
  cpu: [] as Array<[atMs: number, mainRunMs: number, mainWaitMs: number, othersRunMs: number]>,
  turns: [] as Array<[startMs: number, endMs: number]>,
  requests: [] as TracedRequest[],
  gc: tracedPauses,
  marks: [] as Array<[atMs: number, label: string]>,
  /** When the server accepted each connection: node accepts one per turn, so a burst of them waits in the kernel. */
  accepts: [] as number[],
};
if (traceFile !== undefined) {
  const { SHED_TRACE_CHANNEL } = await import('../src/transports/http/load-shedding');
  // performance.now() is the monotonic clock less the process's time origin: `x-sent` (monotonic µs) moved onto it.
  const originMs = Number(process.hrtime.bigint() / 1000n) / 1000 - performance.now();
  const byRequest = new WeakMap<IncomingMessage, TracedRequest>();
  let current: IncomingMessage | undefined;
  subscribe('http.server.request.start', (message) => {
    current = (message as { request: IncomingMessage }).request;
  });
  subscribe('net.server.socket', () => {
    trace.accepts.push(performance.now());
  });
  subscribe(SHED_TRACE_CHANNEL, (message) => {
    const traced = message as
      | { kind: 'turn'; startMs: number; endMs: number }
      | { kind: 'decision'; atMs: number; signal: { lagMs: number }; reason?: string };
    if (traced.kind === 'turn') {
      trace.turns.push([traced.startMs, traced.endMs]);
      return;
    }
    if (current === undefined) return;
    const sent = Number(current.headers['x-sent']) / 1000 - originMs;
    const record: TracedRequest = [sent, traced.atMs, traced.signal.lagMs, traced.reason ?? '', 0, 0];
    trace.requests.push(record);
    byRequest.set(current, record);
    current = undefined;
  });
  subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const record = byRequest.get(request);
    if (record === undefined) return;
    record[4] = performance.now();
    record[5] = response.statusCode;
  });
  const schedstat = (tid: string) => {
    try {
      const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ');
      return [Number(run) / 1e6, Number(wait) / 1e6] as const;
    } catch {
      return [0, 0] as const;
    }
  };
  const main = String(process.pid);
  const sample = () => {
    let others = 0;
    for (const tid of readdirSync('/proc/self/task')) if (tid !== main) others += schedstat(tid)[0];
    const [run, wait] = schedstat(main);
    trace.cpu.push([performance.now(), run, wait, others]);
  };
  setInterval(sample, 5).unref();
  trace.v8MarkerMs = performance.now();
  // Compiled here, so V8's code log has a line for it at this moment.
  new Function('return function shedTraceMarker() { return 1; }')()();
}

// The load generator asks for this process's CPU time around the measured run, and for the loop's record.
process.on('message', (message) => {
  if (typeof message === 'string' && message.startsWith('mark:'))
    trace.marks.push([performance.now(), message.slice('mark:'.length)]);
  if (message === 'cpu-usage') process.send?.({ cpu: process.cpuUsage() });
  if (message === 'loop-stats') process.send?.({ loop: loopStats() });
  if (message === 'phases') process.send?.({ phases: phases.splice(0) });
});
// The IPC channel alone must not keep the process alive once startBot has stopped.
process.channel?.unref();

const trivial = process.argv.includes('--handler=trivial');
const shedding = sheddingFrom(process.argv.find((arg) => arg.startsWith('--shed='))?.slice('--shed='.length));
process.exitCode = await startBot({
  ...(trivial ? { handleInteraction: trivialHandler } : {}),
  ...(shedding === undefined ? {} : { shedding }),
  startConsole: () => 1,
  onReady: ({ port }) => process.send?.({ port }),
});
if (traceFile !== undefined) writeFileSync(traceFile, JSON.stringify(trace));
