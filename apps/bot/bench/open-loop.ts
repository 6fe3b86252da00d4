import { KeepAliveConnection } from './keep-alive-connection';

/** One request of an open-loop run: what kind it was, how it ended, and how long after its scheduled time. */
export interface OpenLoopSample {
  outcome: 'ok' | 'shed' | 'error';
  /** From the moment the schedule said to send it, not from when it was sent: queueing counts. */
  ms: number;
}

export interface OpenLoopResult {
  rate: number;
  seconds: number;
  samples: OpenLoopSample[];
  /** Connections the generator had to open because all others were busy (in flight at once). */
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
): Promise<OpenLoopResult> {
  const idle: KeepAliveConnection[] = [];
  let open = 0;
  let opened = 0;
  const samples: OpenLoopSample[] = [];
  const pending: Promise<void>[] = [];
  const start = performance.now() + 20;
  const intervalMs = 1000 / rate;

  async function connection(): Promise<KeepAliveConnection | undefined> {
    const reused = idle.pop();
    if (reused !== undefined) return reused;
    if (open >= MAX_CONNECTIONS) return undefined;
    open++;
    opened++;
    return KeepAliveConnection.open(host, port);
  }

  async function fire(index: number, scheduled: number): Promise<void> {
    let outcome: OpenLoopSample['outcome'] = 'error';
    const conn = await connection().catch(() => undefined);
    if (conn !== undefined) {
      try {
        const response = await conn.send(requests[index] as Buffer);
        outcome = classify(response.status, response.body, index);
        idle.push(conn);
      } catch {
        open--;
        conn.close();
      }
    }
    samples.push({ outcome, ms: performance.now() - scheduled });
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
  for (const conn of idle) conn.close();
  return { rate, seconds: requests.length / rate, samples, connectionsOpened: opened };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** One table row per rate: answered (p50/p99/max), 503s (count, p99, max), errors, and how many waited > 1 s. */
export function openLoopRow(result: OpenLoopResult): string {
  const ok = result.samples.filter((sample) => sample.outcome === 'ok').map((sample) => sample.ms);
  const shed = result.samples.filter((sample) => sample.outcome === 'shed').map((sample) => sample.ms);
  ok.sort((a, b) => a - b);
  shed.sort((a, b) => a - b);
  const all = result.samples.map((sample) => sample.ms);
  const errors = result.samples.length - ok.length - shed.length;
  const slow = all.filter((ms) => ms > 1000).length;
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
].join(' ');
