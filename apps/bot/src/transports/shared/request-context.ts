import type { Logger } from './logger';

/** What the guard and late delivery know about the request they serve. */
export interface RequestContext {
  /** Shown to the user in failure messages and bound to every log line of the request. */
  readonly requestId: string;
  /** A logger bound to the request id and `bindings`. */
  readonly logger: Logger;
  /**
   * When the request arrived (`performance.now()` ms): time budgets count from here, so time spent queued
   * or reading the body counts against Discord's 3 s as it does for Discord.
   */
  readonly arrivedAt: number;
}

// A class, not an object literal with a getter: V8 builds such a literal through its slow path, about
// 1 µs per request, against a few hundredths for a class instance.
class LazyRequestContext implements RequestContext {
  #child: Logger | undefined;

  constructor(
    readonly requestId: string,
    private readonly parent: Logger,
    private readonly bindings: () => object,
    readonly arrivedAt: number,
  ) {}

  get logger(): Logger {
    this.#child ??= this.parent.child({ reqId: this.requestId, ...this.bindings() });
    return this.#child;
  }
}

/**
 * A request context whose child logger is made on first use only: most interactions log a single
 * line, and building pino children (with redaction) for each one costs more than the answer itself.
 */
export function createRequestContext(
  requestId: string,
  logger: Logger,
  bindings: () => object,
  arrivedAt: number = performance.now(),
): RequestContext {
  return new LazyRequestContext(requestId, logger, bindings, arrivedAt);
}
