import type { EventEmitter } from 'node:events';

export const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;
export type ShutdownSignal = (typeof SHUTDOWN_SIGNALS)[number];

export interface ShutdownSignals {
  /** Resolves with the first SIGINT or SIGTERM received. */
  readonly received: Promise<ShutdownSignal>;
  /** Removes the listeners once shutdown is over. */
  dispose(): void;
}

export interface ShutdownSignalOptions {
  /** `process` in the bot; an EventEmitter in tests. */
  emitter?: EventEmitter;
  /** Called when the first signal arrives again during shutdown (Ctrl+C twice): stop now. */
  onRepeat: (signal: ShutdownSignal) => void;
}

/**
 * Turns SIGINT/SIGTERM into a promise. Listeners stay installed while shutting down, so a further
 * signal cannot kill the process mid-drain with node's default action. Only a repeat of the *same*
 * signal forces the exit: a shard that got Ctrl+C's SIGINT keeps draining when its manager then
 * sends SIGTERM.
 */
export function listenForShutdown(options: ShutdownSignalOptions): ShutdownSignals {
  const emitter: EventEmitter = options.emitter ?? process;
  let first: ShutdownSignal | undefined;
  let resolveReceived: (signal: ShutdownSignal) => void = () => {};
  const received = new Promise<ShutdownSignal>((resolve) => {
    resolveReceived = resolve;
  });
  const listeners = SHUTDOWN_SIGNALS.map((signal) => {
    const listener = () => {
      if (first === undefined) {
        first = signal;
        resolveReceived(signal);
      } else if (first === signal) {
        options.onRepeat(signal);
      }
    };
    emitter.on(signal, listener);
    return { signal, listener };
  });
  return {
    received,
    dispose() {
      for (const { signal, listener } of listeners) emitter.off(signal, listener);
    },
  };
}
