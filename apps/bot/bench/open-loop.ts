import { KeepAliveConnection } from './keep-alive-connection';

/** One request of an open-loop run: what kind it was, how it ended, and how long after its scheduled time. */
export interface OpenLoopSample {
  outcome: 'ok' | 'shed' | 'error';
  /** From the moment the schedule said to send it, not from when it was sent: queueing counts. */
  ms: number;
  /** When it was scheduled, in ms from the start of the run. */
  at: number;
  /** How late the generator itself wrote it (ms after its scheduled time): its own stalls, not the server's. */
  lateMs: number;
  /** Of which waiting for a new connection to open (0 when an idle one was reused). */
  connectMs: number;
  /** Sent on a connection opened for it (none of the pool's was idle). */
  fresh: boolean;
}

export interface OpenLoopResult {
  rate: number;
  seconds: number;
  samples: OpenLoopSample[];
  /** Connections the generator had to open because all others (its pool included) were busy. */
  connectionsOpened: number;
}

/** More in flight than this means the server is not answering; the rest count as errors. */
const MAX_CONNECTIONS = 4000;

/**
 * Sends `requests` on a fixed schedule, `rate` per second, whatever the server does (an open loop: a slow
 * answer does not slow the sending, as Discord's users do not wait for each other). Each request goes out on
 * an idle keep-alive connection, or a new one when all are busy; latency counts from the scheduled send time,
 * so time spent queued anywhere, in the generator too, is in the figure.
 */
export async function runOpenLoop(
  host: string,
  port: number,
  requests: Buffer[],
  rate: number,
  classify: (status: number, body: Buffer, index: number) => 'ok' | 'shed' | 'error',
  pool: KeepAliveConnection[] = [],
): Promise<OpenLoopResult> {
  // Idle keep-alive connections from before (as a proxy's pool holds them); the ones idle at the end are left
  // in `pool` for the next run, so each rate does not start by opening connections the last one already had.
  const idle = pool.splice(0);
  let open = idle.length;
  let opened = 0;
  const samples: OpenLoopSample[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  const intervalMs = 1000 / rate;

  async function connection(): Promise<KeepAliveConnection | undefined> {
    for (let reused = idle.pop(); reused !== undefined; reused = idle.pop()) {
      if (reused.usable) return reused;
      // The server closed it while it was idle: a proxy's pool drops it too.
      open--;
    }
    if (open >= MAX_CONNECTIONS) return undefined;
    open++;
    opened++;
    return KeepAliveConnection.open(host, port);
  }

  async function fire(index: number, scheduled: number): Promise<void> {
    let outcome: OpenLoopSample['outcome'] = 'error';
    let lateMs = Number.NaN;
    const asked = performance.now();
    const openedBefore = opened;
    const conn = await connection().catch(() => undefined);
    const fresh = opened !== openedBefore;
    const connectMs = performance.now() - asked;
    if (conn !== undefined) {
      try {
        lateMs = performance.now() - scheduled;
        const response = await conn.send(requests[index] as Buffer);
        outcome = classify(response.status, response.body, index);
        idle.push(conn);
      } catch {
        open--;
        conn.close();
      }
    }
    samples.push({
      outcome,
      ms: performance.now() - scheduled,
      at: scheduled - start,
      lateMs,
      connectMs,
      fresh,
    });
  }

  let next = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (next < requests.length && start + next * intervalMs <= now) {
        pending.push(fire(next, start + next * intervalMs));
        next++;
      }
      if (next >= requests.length) resolve();
      else setTimeout(tick, Math.max(0, Math.min(1, start + next * intervalMs - performance.now())));
    };
    setTimeout(tick, 20);
  });
  await Promise.all(pending);
  pool.push(...idle);
  return { rate, seconds: requests.length / rate, samples, connectionsOpened: opened };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** The first second of a rate, where a change of rate (and a server's cold start) shows: its own columns. */
const FIRST_MS = 1000;

/**
 * One table row per rate: answered (p50/p99/max), 503s (count, p99, max), errors, how many waited > 1 s, new
 * connections, and the first second's 503s and answered p99 (already counted in the row; shown apart so that
 * a transient at the start of a rate is told from the steady state after it).
 */
export function openLoopRow(result: OpenLoopResult): string {
  const ok = result.samples.filter((sample) => sample.outcome === 'ok').map((sample) => sample.ms);
  const shed = result.samples.filter((sample) => sample.outcome === 'shed').map((sample) => sample.ms);
  ok.sort((a, b) => a - b);
  shed.sort((a, b) => a - b);
  const all = result.samples.map((sample) => sample.ms);
  const errors = result.samples.length - ok.length - shed.length;
  const slow = all.filter((ms) => ms > 1000).length;
  const first = result.samples.filter((sample) => sample.at < FIRST_MS);
  const firstOk = first.filter((sample) => sample.outcome === 'ok').map((sample) => sample.ms);
  firstOk.sort((a, b) => a - b);
  const f = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
  return [
    String(result.rate).padStart(6),
    String(result.samples.length).padStart(7),
    String(ok.length).padStart(7),
    f(percentile(ok, 50)).padStart(8),
    f(percentile(ok, 99)).padStart(8),
    f(ok.at(-1) ?? Number.NaN).padStart(8),
    String(shed.length).padStart(7),
    f(percentile(shed, 99)).padStart(8),
    f(shed.at(-1) ?? Number.NaN).padStart(8),
    String(errors).padStart(6),
    String(slow).padStart(6),
    String(result.connectionsOpened).padStart(6),
    String(first.filter((sample) => sample.outcome === 'shed').length).padStart(7),
    f(percentile(firstOk, 99)).padStart(8),
  ].join(' ');
}

export const OPEN_LOOP_HEADER = [
  'rate/s'.padStart(6),
  'sent'.padStart(7),
  'ok'.padStart(7),
  'ok p50'.padStart(8),
  'ok p99'.padStart(8),
  'ok max'.padStart(8),
  '503s'.padStart(7),
  '503 p99'.padStart(8),
  '503 max'.padStart(8),
  'errors'.padStart(6),
  '>1 s'.padStart(6),
  'conns'.padStart(6),
  '1s 503s'.padStart(7),
  '1s p99'.padStart(8),
].join(' ');

/**
 * The run in slices of `sliceMs`: per slice, requests scheduled, answered p99 and max, 503s and their slowest,
 * how late the generator wrote them (p99 and max, and the longest wait for a new connection), and how many went
 * out on connections opened for them, with the slowest of those. A stall shows as a slice whose latency rises;
 * whether the generator or the server stalled shows in the lateness columns. Node accepts one connection per
 * turn of its loop, so requests on new connections can wait in the kernel's accept queue long after those on
 * open ones are answered: the last two columns show it.
 */
export function openLoopTimeline(result: OpenLoopResult, sliceMs: number): string[] {
  const slices = new Map<number, OpenLoopSample[]>();
  for (const sample of result.samples) {
    const slice = Math.floor(sample.at / sliceMs);
    const list = slices.get(slice);
    if (list === undefined) slices.set(slice, [sample]);
    else list.push(sample);
  }
  const f = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
  const lines = [
    `${'from ms'.padStart(8)} ${'sent'.padStart(5)} ${'ok p99'.padStart(8)} ${'ok max'.padStart(8)} ${'503s'.padStart(5)} ${'503 max'.padStart(8)} ${'late p99'.padStart(9)} ${'late max'.padStart(9)} ${'conn max'.padStart(9)} ${'new conn'.padStart(8)} ${'its max'.padStart(8)}`,
  ];
  for (const [slice, samples] of [...slices].sort(([a], [b]) => a - b)) {
    const ok = samples.filter((sample) => sample.outcome === 'ok').map((sample) => sample.ms);
    ok.sort((a, b) => a - b);
    const late = samples.map((sample) => sample.lateMs).filter((ms) => !Number.isNaN(ms));
    late.sort((a, b) => a - b);
    const connect = Math.max(0, ...samples.map((sample) => sample.connectMs));
    const slowest = (which: (sample: OpenLoopSample) => boolean) => {
      const ms = samples.filter(which).map((sample) => sample.ms);
      return ms.length === 0 ? Number.NaN : Math.max(...ms);
    };
    lines.push(
      [
        String(slice * sliceMs).padStart(8),
        String(samples.length).padStart(5),
        f(percentile(ok, 99)).padStart(8),
        f(ok.at(-1) ?? Number.NaN).padStart(8),
        String(samples.filter((sample) => sample.outcome === 'shed').length).padStart(5),
        f(slowest((sample) => sample.outcome === 'shed')).padStart(8),
        f(percentile(late, 99)).padStart(9),
        f(late.at(-1) ?? Number.NaN).padStart(9),
        f(connect).padStart(9),
        String(samples.filter((sample) => sample.fresh).length).padStart(8),
        f(slowest((sample) => sample.fresh)).padStart(8),
      ].join(' '),
    );
  }
  return lines;
}
