/**
 * Load benchmark for the HTTP interactions endpoint (not a test: it prints figures, asserts nothing).
 *
 *   pnpm exec tsx bench/http-load.ts [--requests 20000] [--seconds 30] [--concurrency 50] [--handler real|trivial]
 *                                    [--warmup 3000] [--no-pin] [--profile <dir>] [--shed off|default|name=value,…]
 *   pnpm exec tsx bench/http-load.ts --rate 1000,2000,4000 [--duration 10] [--handler real|trivial] [--no-pin]
 *                                    [--shed off|default|name=value,…] [--timeline MS] [--pool 50]
 *                                    [--warm-rate 500] [--warm-seconds 10] [--trace FILE] [--server-flags "…"]
 *   pnpm exec tsx bench/http-load.ts --rate 0.5x,1x,2x [--capacity-requests 20000] [--capacity-seconds 10] …
 *
 * Starts the HTTP mode in a child process on 127.0.0.1 (pinned to one core with taskset when available),
 * signs every interaction beforehand with a locally generated Ed25519 key (as Discord would), then sends
 * a 50/50 mix of autocomplete and /search interactions over keep-alive connections with a fixed number in
 * flight, stopping at the request count or the time limit, whichever comes first.
 * The warm-up requests go one at a time, so all of them are answered and V8 has compiled the paths that answer
 * (with 50 in flight the shedder refused most of a warm-up, and the measured run began on cold code).
 * Closed loop (the default) measures capacity. Open loop (`--rate`) sends at fixed rates, one after the other,
 * on a fixed arrival schedule however slowly the server answers, and measures latency from each request's
 * scheduled send time: a row per rate with p50/p99/max of the answered requests, the 503s (load shed) and
 * their latency, errors, and how many waited more than 1 s. Its connections carry over from the warm-up and from
 * one rate to the next, as a proxy's pool would; the warm-up leaves `--pool` of them open (50). `--timeline MS` adds, per rate, the run in slices of MS
 * (latency, 503s, and how late the generator itself sent: its own stalls are not the server's), the server's
 * event-loop delay and garbage-collection pauses, and per slice how long requests waited to be accepted (on new
 * connections) or read (on open ones), from the server's side.
 * A rate written `Fx` (`0.5x`, `2x`) is that multiple of this run's capacity: before anything else, a server of
 * the same build with shedding off answers a closed loop (the one-at-a-time warm-up, then `--capacity-requests`
 * with `--concurrency` in flight for at most `--capacity-seconds`), its answered req/s is printed as the
 * capacity, that server is stopped, and the rates are resolved from it; whole numbers stay absolute rates.
 * With the server's `/health` details on, every open-loop row is followed by its 503s by shedding rule.
 * `--trace FILE` has the server record every shedding decision, turn, answer and GC pause (serve-http.ts), for
 * `bench/shed-timeline.ts`; `--server-flags` passes node/V8 flags to the server (`--log-code --log-deopt …`).
 * Goals on one server core: closed-loop capacity ≥ 2,000 req/s; at 1,000 req/s offered p99 < 20 ms and no
 * errors; at twice capacity offered nothing waits more than 1 s and the excess gets 503 within 10 ms.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { openSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { InteractionResponseType } from 'discord-api-types/v10';
import { autocompleteBody, searchBody } from '../src/transports/http/synthetic-interactions';
import { KeepAliveConnection } from './keep-alive-connection';
import { OPEN_LOOP_HEADER, openLoopRow, openLoopTimeline, runOpenLoop } from './open-loop';
import type { Phase } from './serve-http';

function readOptions() {
  try {
    return parseArgs({
      // `pnpm bench:http -- --requests 5000` passes the `--` on; it separates nothing here.
      args: process.argv.slice(2).filter((arg) => arg !== '--'),
      options: {
        requests: { type: 'string', default: '20000' },
        seconds: { type: 'string', default: '30' },
        concurrency: { type: 'string', default: '50' },
        warmup: { type: 'string', default: '3000' },
        // Node 20's parseArgs has no negated booleans, so the flag is spelt out.
        'no-pin': { type: 'boolean', default: false },
        // Writes a V8 CPU profile of the server to this directory (open it in Chrome DevTools).
        profile: { type: 'string' },
        handler: { type: 'string', default: 'real' },
        // Load shedding: off, default, or thresholds by name (saturatedLagMs=3,maxLagMs=50); see serve-http.ts.
        shed: { type: 'string', default: 'default' },
        // Open loop: offered rates (comma-separated, per second) and seconds per rate.
        rate: { type: 'string' },
        duration: { type: 'string', default: '10' },
        // Open loop: after each rate, the run in slices of this many ms, and the server's loop delay and GC.
        timeline: { type: 'string' },
        // Open loop: connections the warm-up leaves open, as a proxy's pool that has been serving holds them.
        pool: { type: 'string', default: '50' },
        // Open loop: after the one-at-a-time warm-up, a steady run at this rate for this many seconds (0: none).
        'warm-rate': { type: 'string', default: '500' },
        'warm-seconds': { type: 'string', default: '10' },
        // Rates written as multiples of capacity (`2x`): the closed loop that measures it in the same run.
        'capacity-requests': { type: 'string', default: '20000' },
        'capacity-seconds': { type: 'string', default: '10' },
        // The server's shedding trace (serve-http.ts `--trace`) and extra node/V8 flags for it.
        trace: { type: 'string' },
        'server-flags': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    console.error(
      '  usage: bench:http [--requests N] [--seconds N] [--concurrency N] [--warmup N] [--handler real|trivial] [--no-pin] [--profile DIR]',
    );
    console.error(
      '         bench:http --rate R[,R…] [--duration S] [--warmup N] [--warm-rate R] [--warm-seconds S] [--handler real|trivial] [--no-pin]',
    );
    process.exit(2);
  }
}

const values = readOptions();

const total = Number(values.requests);
const maxSeconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const warmup = Number(values.warmup);
const handler = values.handler === 'trivial' ? 'trivial' : 'real';
/** A rate as given: a whole number per second, or a multiple of the capacity measured in this run (`2x`). */
type RateSpec = { perSecond: number } | { ofCapacity: number };
function parseRate(text: string): RateSpec | undefined {
  const multiple = /^(\d+(?:\.\d+)?)x$/.exec(text.trim());
  if (multiple !== null) {
    const ofCapacity = Number(multiple[1]);
    return ofCapacity > 0 ? { ofCapacity } : undefined;
  }
  const perSecond = Number(text);
  return Number.isInteger(perSecond) && perSecond > 0 ? { perSecond } : undefined;
}
const rateSpecs = values.rate === undefined ? [] : values.rate.split(',').map(parseRate);
const capacityRequests = Number(values['capacity-requests']);
const capacitySeconds = Number(values['capacity-seconds']);
const duration = Number(values.duration);
const pool = Number(values.pool);
const warmRate = Number(values['warm-rate']);
const warmSeconds = Number(values['warm-seconds']);
if (!rateSpecs.every((spec) => spec !== undefined) || !(duration > 0)) {
  console.error(
    '✖ --rate takes whole numbers above 0 or multiples of capacity such as 0.5x or 2x (comma-separated), and --duration a number of seconds above 0.',
  );
  process.exit(2);
}
if (!(Number.isInteger(capacityRequests) && capacityRequests > 0 && capacitySeconds > 0)) {
  console.error(
    '✖ --capacity-requests takes a whole number above 0 and --capacity-seconds a number above 0.',
  );
  process.exit(2);
}
if (!(Number.isInteger(warmRate) && warmRate > 0) || !(warmSeconds >= 0)) {
  console.error(
    '✖ --warm-rate takes a whole number above 0 and --warm-seconds a number of seconds (0: none).',
  );
  process.exit(2);
}
if (
  ![total, maxSeconds, concurrency, warmup, pool].every((value) => Number.isInteger(value) && value >= 0) ||
  concurrency < 1 ||
  pool < 1
) {
  console.error(
    '✖ --requests, --seconds, --warmup, --concurrency and --pool take whole numbers (concurrency and pool ≥ 1).',
  );
  process.exit(2);
}

const APPLICATION_ID = '111111111111111111';

// What people plausibly type: search queries in the project's syntax, and prefixes typed into id pickers.
const SEARCHES = [
  'juarez',
  'asylum denied',
  'alarcon',
  'canada refugee',
  'ninth circuit',
  'police killed',
  'el paso',
  'sonora outcome:denied',
  'cartel threats',
  'immigration judge',
];
const AUTOCOMPLETES: Array<{ command: string; option: string; typed: string[] }> = [
  { command: 'person', option: 'name', typed: ['', 'a', 'al', 'alar', 'gus', 'de la', 'dur'] },
  { command: 'article', option: 'article', typed: ['', 'ju', 'canada', 'mexican cop', 'sonora'] },
  { command: 'case', option: 'name', typed: ['', 'ala', 'gutierrez', 'duran'] },
  { command: 'figure', option: 'topic', typed: ['', 'police', 'grants', 'deaths', '85'] },
];

function interaction(index: number): { kind: 'autocomplete' | 'search'; body: string } {
  // A distinct user per interaction: the per-user cooldown stays on, as in production, without refusing anyone.
  const user = {
    id: String(300000000000000000n + BigInt(index)),
    username: 'bench',
    discriminator: '0',
    global_name: null,
    avatar: null,
  };
  const base = {
    id: String(200000000000000000n + BigInt(index)),
    application_id: APPLICATION_ID,
    token: `bench-token-${index}`,
    version: 1,
    locale: 'en-US',
    user,
  };
  if (index % 2 === 0) {
    const pick = AUTOCOMPLETES[(index / 2) % AUTOCOMPLETES.length] as (typeof AUTOCOMPLETES)[number];
    const typed = pick.typed[Math.floor(index / 8) % pick.typed.length] as string;
    return {
      kind: 'autocomplete',
      body: autocompleteBody(base, '400000000000000001', pick.command, pick.option, typed),
    };
  }
  const query = SEARCHES[Math.floor(index / 2) % SEARCHES.length] as string;
  return { kind: 'search', body: searchBody(base, '400000000000000002', query) };
}

interface Prepared {
  kind: 'autocomplete' | 'search';
  /** The whole HTTP request, headers and signed body. */
  bytes: Buffer;
}

function prepare(privateKey: KeyObject, count: number, offset: number): Prepared[] {
  const timestamp = String(Math.floor(Date.now() / 1000));
  return Array.from({ length: count }, (_, position) => {
    const { kind, body } = interaction(offset + position);
    const bytes = Buffer.from(body);
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), bytes]), privateKey).toString('hex');
    return {
      kind,
      bytes: KeepAliveConnection.request(
        '/interactions',
        {
          'content-type': 'application/json',
          'x-signature-ed25519': signature,
          'x-signature-timestamp': timestamp,
        },
        bytes,
      ),
    };
  });
}

/** The server under test, or (`capacity`) the one that measures this run's capacity: shedding off, no trace. */
function startServer(
  publicKeyHex: string,
  role: 'measured' | 'capacity' = 'measured',
): Promise<{ child: ChildProcess; port: number; pinned: boolean }> {
  const script = fileURLToPath(new URL('./serve-http.ts', import.meta.url));
  const underTest = role === 'measured';
  const args = [
    ...(handler === 'trivial' ? ['--handler=trivial'] : []),
    `--shed=${underTest ? values.shed : 'off'}`,
    ...(values.timeline === undefined || !underTest ? [] : ['--phases']),
    ...(values.trace === undefined || !underTest ? [] : [`--trace=${values.trace}`]),
  ];
  const child = fork(script, args, {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    execArgv: [
      '--import',
      'tsx',
      ...(values.profile === undefined || !underTest
        ? []
        : ['--cpu-prof', `--cpu-prof-dir=${values.profile}`]),
      ...(values['server-flags'] === undefined || !underTest ? [] : values['server-flags'].split(/\s+/)),
    ],
    // Logs are written as in production (one JSON line per interaction) and discarded by the OS, or kept in the
    // file BENCH_SERVER_LOG names: its last lines count the refusals by shedding rule, and the self-warm-up.
    stdio: [
      'ignore',
      process.env.BENCH_SERVER_LOG && underTest ? openSync(process.env.BENCH_SERVER_LOG, 'w') : 'ignore',
      'inherit',
      'ipc',
    ],
    env: {
      ...process.env,
      BOT_MODE: 'http',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      // The 503s by shedding rule, read from /health after each rate.
      HEALTH_DETAILS: 'true',
    },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited early with code ${code}`)));
    child.once('message', (message) => {
      const port = (message as { port?: number }).port;
      if (port === undefined) return reject(new Error('the server did not report its port'));
      let pinned = false;
      if (values['no-pin']) return resolve({ child, port, pinned });
      try {
        // One core for the server, the other for this load generator.
        if (child.pid !== undefined)
          execFileSync('taskset', ['-a', '-p', '-c', '0', String(child.pid)], { stdio: 'ignore' });
        execFileSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], { stdio: 'ignore' });
        pinned = true;
      } catch {
        pinned = false;
      }
      resolve({ child, port, pinned });
    });
  });
}

/** Asks the server (serve-http.ts) for one of its figures over IPC. */
function askServer<T>(child: ChildProcess, question: string, field: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      const answer = (message as Record<string, unknown>)[field];
      if (answer === undefined) return;
      child.off('message', onMessage);
      resolve(answer as T);
    };
    child.on('message', onMessage);
    child.send(question);
  });
}

const serverCpu = (child: ChildProcess) => askServer<NodeJS.CpuUsage>(child, 'cpu-usage', 'cpu');

interface LoopStats {
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  gc: Record<string, { count: number; ms: number; maxMs: number }>;
}

/** V8's GC kinds as node reports them (perf_hooks constants). */
const GC_KINDS: Record<string, string> = {
  1: 'scavenge',
  2: 'mark-compact',
  4: 'incremental',
  8: 'weak-callbacks',
};

function describeLoop(stats: LoopStats): string {
  const gc = Object.entries(stats.gc)
    .map(
      ([kind, figures]) =>
        `${GC_KINDS[kind] ?? kind} ${figures.count}× ${figures.ms.toFixed(0)} ms (max ${figures.maxMs.toFixed(1)})`,
    )
    .join(', ');
  return `server loop delay p50 ${stats.delayP50Ms.toFixed(1)} p99 ${stats.delayP99Ms.toFixed(1)} max ${stats.delayMaxMs.toFixed(1)} ms; GC ${gc || 'none'}`;
}

/**
 * The server's side of the timeline (serve-http.ts `--phases`), in slices by when each request was written: how
 * long requests on new connections waited to be accepted, and those on open connections to be read. Node accepts
 * one connection per turn of its loop, so the first can wait far longer than the second.
 */
function describePhases(phases: Phase[], sliceMs: number): string[] {
  if (phases.length === 0) return [];
  const start = Math.min(...phases.map((phase) => phase.sentMs));
  const slices = new Map<number, Phase[]>();
  for (const phase of phases) {
    const slice = Math.floor((phase.sentMs - start) / sliceMs);
    slices.set(slice, [...(slices.get(slice) ?? []), phase]);
  }
  const slowest = (ms: number[]) => (ms.length === 0 ? '—' : Math.max(...ms).toFixed(1));
  const lines = [
    `server side, by when the request was written: ${'from ms'.padStart(8)} ${'new conn'.padStart(8)} ${'accepted after'.padStart(14)} ${'open conn'.padStart(9)} ${'read after'.padStart(10)}`,
  ];
  for (const [slice, list] of [...slices].sort(([a], [b]) => a - b)) {
    const fresh = list.filter((phase) => phase.acceptedMs !== null);
    const open = list.filter((phase) => phase.acceptedMs === null);
    lines.push(
      `${' '.repeat(47)}${String(slice * sliceMs).padStart(8)} ${String(fresh.length).padStart(8)} ${slowest(fresh.map((phase) => (phase.acceptedMs as number) - phase.sentMs)).padStart(14)} ${String(open.length).padStart(9)} ${slowest(open.map((phase) => phase.readMs - phase.sentMs)).padStart(10)}`,
    );
  }
  return lines;
}

interface Sample {
  kind: Prepared['kind'];
  ms: number;
  ok: boolean;
  /** The HTTP status, 0 when the connection failed. */
  status: number;
}

const expectedType = {
  autocomplete: InteractionResponseType.ApplicationCommandAutocompleteResult,
  search: InteractionResponseType.ChannelMessageWithSource,
};

/** An open-loop answer: 503 is load shed, a 200 of the type the interaction asks for is answered, the rest errors. */
function classifyAnswer(
  batch: Prepared[],
  status: number,
  body: Buffer,
  index: number,
): 'ok' | 'shed' | 'error' {
  if (status === 503) return 'shed';
  if (status !== 200) return 'error';
  const type = (JSON.parse(body.toString('utf8')) as { type?: number }).type;
  return type === expectedType[(batch[index] as Prepared).kind] ? 'ok' : 'error';
}

async function post(connection: KeepAliveConnection, prepared: Prepared): Promise<Sample> {
  const started = process.hrtime.bigint();
  let ok = false;
  let status = 0;
  try {
    const response = await connection.send(prepared.bytes);
    status = response.status;
    ok =
      response.status === 200 &&
      (JSON.parse(response.body.toString('utf8')) as { type?: number }).type === expectedType[prepared.kind];
  } catch {
    ok = false;
  }
  return { kind: prepared.kind, ms: Number(process.hrtime.bigint() - started) / 1e6, ok, status };
}

/** Sends `requests` with `concurrency` in flight until all are sent or `deadline` (ms since epoch) passes. */
async function run(
  connections: KeepAliveConnection[],
  requests: Prepared[],
  deadline: number,
): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  async function worker(connection: KeepAliveConnection) {
    while (next < requests.length && Date.now() < deadline) {
      const prepared = requests[next++] as Prepared;
      samples.push(await post(connection, prepared));
    }
  }
  await Promise.all(connections.map(worker));
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** One request at a time, taking the connections in turn, so every one has been used and none idles unused. */
async function warmUp(
  connections: KeepAliveConnection[],
  requests: Prepared[],
): Promise<{ samples: Sample[]; seconds: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  for (const [index, prepared] of requests.entries()) {
    samples.push(await post(connections[index % connections.length] as KeepAliveConnection, prepared));
  }
  return { samples, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summary(label: string, samples: Sample[], seconds: number | undefined) {
  const ms = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const errors = samples.filter((sample) => !sample.ok).length;
  const rate = seconds === undefined ? '' : `${(samples.length / seconds).toFixed(0).padStart(6)} req/s  `;
  console.log(
    `${label.padEnd(14)}${String(samples.length).padStart(7)} req  ${rate}p50 ${percentile(ms, 50).toFixed(2)} ms  p99 ${percentile(ms, 99).toFixed(2)} ms  max ${(ms.at(-1) ?? Number.NaN).toFixed(2)} ms  errors ${errors}`,
  );
}

/** The 503s the server has given so far, by shedding rule (its `/health` details). */
function shedCounts(port: number): Promise<Record<string, number> | undefined> {
  return new Promise((resolve) => {
    const asked = httpGet({ host: '127.0.0.1', port, path: '/health', agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        try {
          const health = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { shedByReason?: unknown };
          const counts = health.shedByReason;
          resolve(
            typeof counts === 'object' && counts !== null ? (counts as Record<string, number>) : undefined,
          );
        } catch {
          resolve(undefined);
        }
      });
    });
    asked.once('error', () => resolve(undefined));
  });
}

/** What changed between two readings of `shedCounts`, as "rule n, …" (a build without the counts says so). */
function describeShed(before: Record<string, number> | undefined, after: Record<string, number> | undefined) {
  if (before === undefined || after === undefined) return 'by rule: not reported by this build';
  const parts = Object.entries(after)
    .map(([rule, count]) => [rule, count - (before[rule] ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([rule, count]) => `${rule} ${count}`);
  return `by rule: ${parts.length === 0 ? 'none' : parts.join(', ')}`;
}

/**
 * The closed loop: `--concurrency` in flight on keep-alive connections (`connections` and as many new ones as it
 * takes), until `requests` are answered or `seconds` pass; with the server's CPU time over it.
 */
async function closedLoop(
  child: ChildProcess,
  port: number,
  connections: KeepAliveConnection[],
  requests: Prepared[],
  seconds: number,
) {
  const cpuBefore = await serverCpu(child);
  const more = await Promise.all(
    Array.from({ length: Math.max(0, concurrency - connections.length) }, () =>
      KeepAliveConnection.open('127.0.0.1', port),
    ),
  );
  connections.push(...more);
  const result = await run(connections, requests, Date.now() + seconds * 1000);
  const cpuAfter = await serverCpu(child);
  return { ...result, cpuMicros: cpuAfter.user + cpuAfter.system - (cpuBefore.user + cpuBefore.system) };
}

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(String(publicKey.export({ format: 'jwk' }).x), 'base64url').toString('hex');
const warmupRequests = prepare(privateKey, warmup, 0);
const measured = prepare(privateKey, total, warmup);

/** The server exits when stopped; a failed start says how to build it. */
async function started(role: 'measured' | 'capacity') {
  return startServer(publicKeyHex, role).catch((error: unknown) => {
    // The server's own output (above) says why; this line says what it means for the benchmark.
    console.error(`✖ the HTTP mode did not start: ${error instanceof Error ? error.message : String(error)}`);
    console.error('  build it first: pnpm turbo run build --filter=@asylum-archive/bot...');
    return process.exit(1);
  });
}

/**
 * This run's capacity, for rates given as its multiples: a server of the same build with shedding off, the
 * same one-at-a-time warm-up, then the closed loop; its answered req/s. The server is stopped before the
 * measured one starts, so the two never share the core.
 */
async function measureCapacity(): Promise<number> {
  const server = await started('capacity');
  const connections = [await KeepAliveConnection.open('127.0.0.1', server.port)];
  try {
    await warmUp(connections, warmupRequests);
    const loadBefore = loadavg()[0] ?? 0;
    const requests = prepare(privateKey, capacityRequests, 50_000_000);
    const result = await closedLoop(server.child, server.port, connections, requests, capacitySeconds);
    const answered = result.samples.filter((sample) => sample.ok).length;
    const perSecond = answered / result.seconds;
    console.log(
      `capacity: ${perSecond.toFixed(0)} req/s answered (closed loop, ${concurrency} in flight, shedding off, ${answered} of ${result.samples.length} in ${result.seconds.toFixed(1)} s after ${warmup} warm-up requests; ${(result.cpuMicros / result.samples.length).toFixed(0)} µs of server CPU per request; load ${loadBefore.toFixed(1)})`,
    );
    return perSecond;
  } finally {
    for (const connection of connections) connection.close();
    server.child.removeAllListeners('exit');
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
}

const capacity = rateSpecs.some((spec) => spec !== undefined && 'ofCapacity' in spec)
  ? await measureCapacity()
  : undefined;
const rates = rateSpecs.map((spec) =>
  spec === undefined || 'perSecond' in spec
    ? (spec?.perSecond ?? 0)
    : Math.round(spec.ofCapacity * (capacity ?? 0)),
);
if (capacity !== undefined) {
  console.log(
    `rates: ${rates.map((rate, index) => `${(values.rate ?? '').split(',')[index]} = ${rate}/s`).join(', ')}`,
  );
}
/** A rate as a share of this run's capacity, when one was measured. */
const ofCapacity = (rate: number) =>
  capacity === undefined ? '' : ` (${(rate / capacity).toFixed(2)}× capacity)`;

const { child, port, pinned } = await started('measured');
// The warm-up's connections: one for the closed loop, which opens the rest after it (a connection that sends
// nothing for 5 s is closed by the server's header timeout, as a slow-loris one would be); `--pool` for the open
// loop, each used by the warm-up. With the warm-up's one connection, the first rate began on a cold pool: every
// request that found it busy opened a connection, node accepts one per turn of its loop, and at 1,000/s those
// requests waited ≈ 150 ms to be accepted while the rest were read within 35 ms (`--timeline`'s server side).
// A proxy that has served for a while holds a pool; `--pool 1` still measures the cold start.
const connections = await Promise.all(
  Array.from({ length: rates.length > 0 ? pool : 1 }, () => KeepAliveConnection.open('127.0.0.1', port)),
);
try {
  // The warm-up goes one request at a time, so every request of it is answered: with 50 in flight the shedder
  // refused most of them (1,845 of 2,000 got 503), the search path stayed cold, and the first seconds of the
  // measured run paid for V8's compiling (≈ 1.2 ms of CPU per request instead of ≈ 0.5).
  const warm = await warmUp(connections, warmupRequests);
  const warmAnswered = warm.samples.filter((sample) => sample.ok).length;
  console.log(
    `warm-up: ${warm.samples.length} requests one at a time over ${connections.length} connection${connections.length === 1 ? '' : 's'} in ${warm.seconds.toFixed(1)} s, ${warmAnswered} answered, ${warm.samples.filter((sample) => sample.status === 503).length} refused (503)`,
  );
  if (rates.length > 0) {
    let offset = warmup + total;
    /** The next `count` interactions, signed now so that their timestamps are fresh when they are sent. */
    const signedBatch = (count: number) => {
      const batch = prepare(privateKey, count, offset);
      offset += count;
      return batch;
    };
    /** Sends a batch at `rate` per second on the pool: the warm-up's connections, then whatever the last run left open. */
    const openLoop = (batch: Prepared[], rate: number) =>
      runOpenLoop(
        '127.0.0.1',
        port,
        batch.map((prepared) => prepared.bytes),
        rate,
        (status, body, index) => classifyAnswer(batch, status, body, index),
        connections,
      );
    // A server in service has answered its steady traffic long enough for V8 to compile the paths that answer it.
    // V8 compiles a function once it has run ≈ 3-4 passes of a 66-KB "interrupt budget" of its bytecode, i.e.
    // after ≈ 1,000-4,000 calls of a function of the per-request path, and the one-at-a-time warm-up gave a
    // /search path 1,000 calls and never put two requests in one turn of the loop: V8's --log-code counted 87
    // functions compiled in the first rate after it (1.1 s on the compiler thread, on the server's core) and
    // deoptimisations on paths that only several requests per turn take. So the warm-up goes on at a steady
    // open-loop rate, below any measured one; the first second of each rate stays in its own columns, and
    // `--warm-seconds 0` measures the cold start it leaves out.
    if (warmSeconds > 0) {
      const count = Math.round(warmRate * warmSeconds);
      const shedBefore = await shedCounts(port);
      child.send(`mark:warm-up ${warmRate}`);
      const steady = await openLoop(signedBatch(count), warmRate);
      const refused = steady.samples.filter((sample) => sample.outcome === 'shed').length;
      const failed = steady.samples.filter((sample) => sample.outcome === 'error').length;
      console.log(
        `warm-up, steady: ${count} requests at ${warmRate}/s${ofCapacity(warmRate)} (open loop), ${count - refused - failed} answered, ${refused} refused (503; ${describeShed(shedBefore, await shedCounts(port))}), ${failed} errors`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    console.log(
      `HTTP interactions endpoint, open loop, ${handler} handler, shedding ${values.shed}, ${duration} s per rate, node ${process.version}, server ${pinned ? 'pinned to one core (taskset), client to the other' : 'not pinned'}; latency from the scheduled send time, in ms; server and client CPU as a share of one core`,
    );
    console.log(`${OPEN_LOOP_HEADER} ${'server'.padStart(6)} ${'client'.padStart(6)}`);
    for (const rate of rates) {
      const batch = signedBatch(Math.round(rate * duration));
      const loadBefore = loadavg()[0] ?? 0;
      const timeline = values.timeline === undefined ? undefined : Number(values.timeline);
      if (timeline !== undefined) {
        await askServer<LoopStats>(child, 'loop-stats', 'loop');
        await askServer<Phase[]>(child, 'phases', 'phases');
      }
      const shedBefore = await shedCounts(port);
      const serverBefore = await serverCpu(child);
      child.send(`mark:rate ${rate}`);
      const clientBefore = process.cpuUsage();
      const startedAt = performance.now();
      const result = await openLoop(batch, rate);
      const serverAfter = await serverCpu(child);
      const clientCpu = process.cpuUsage(clientBefore);
      const wallSeconds = (performance.now() - startedAt) / 1000;
      // Both processes' CPU as a share of one core over the run: the client must stay well below 100%.
      const share = (micros: number) => `${((micros / 1e6 / wallSeconds) * 100).toFixed(0)}%`.padStart(6);
      const serverMicros = serverAfter.user + serverAfter.system - (serverBefore.user + serverBefore.system);
      console.log(
        `${openLoopRow(result)} ${share(serverMicros)} ${share(clientCpu.user + clientCpu.system)}   load ${loadBefore.toFixed(1)}`,
      );
      console.log(
        `        ${ofCapacity(rate).trim() || `${rate}/s`}; 503s ${describeShed(shedBefore, await shedCounts(port))}`,
      );
      if (timeline !== undefined) {
        for (const line of openLoopTimeline(result, timeline)) console.log(`    ${line}`);
        console.log(`    ${describeLoop(await askServer<LoopStats>(child, 'loop-stats', 'loop'))}`);
        for (const line of describePhases(await askServer<Phase[]>(child, 'phases', 'phases'), timeline))
          console.log(`    ${line}`);
      }
      // Let the server drain before the next rate.
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    process.exitCode = 0;
  } else {
    const loadBefore = loadavg()[0] ?? 0;
    // One keep-alive connection per request in flight, as a proxy or Discord's pool would hold them.
    const { samples, seconds, cpuMicros } = await closedLoop(child, port, connections, measured, maxSeconds);
    console.log(
      `HTTP interactions endpoint, ${handler} handler, shedding ${values.shed}, concurrency ${concurrency}, node ${process.version}, server ${pinned ? 'pinned to one core (taskset), client to the other' : 'not pinned'}`,
    );
    console.log(
      `${samples.length} signed interactions in ${seconds.toFixed(2)} s after ${warmup} warm-up requests`,
    );
    // Other work on the machine shows up in the tail latencies; the load average says how much there was.
    console.log(
      `1-minute load average ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after, on ${cpus().length} cores`,
    );
    summary('all', samples, seconds);
    // The server's own CPU time per request, whatever the load generator managed: its ceiling on one core.
    const perRequest = cpuMicros / samples.length;
    console.log(
      `server CPU    ${perRequest.toFixed(0)} µs per request (${((cpuMicros / 1e6 / seconds) * 100).toFixed(0)}% of one core), so at most ${(1e6 / perRequest).toFixed(0)} req/s on one core`,
    );
    summary(
      'autocomplete',
      samples.filter((sample) => sample.kind === 'autocomplete'),
      undefined,
    );
    summary(
      '/search',
      samples.filter((sample) => sample.kind === 'search'),
      undefined,
    );
  }
} finally {
  for (const connection of connections) connection.close();
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  // The server writes its profile while it exits.
  if (values.profile !== undefined) await new Promise((resolve) => child.once('exit', resolve));
}
