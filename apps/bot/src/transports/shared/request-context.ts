import type { Logger } from './logger';

/** What the guard and late delivery know about the request they serve. */
export interface RequestContext {
  /** Shown to the user in failure messages and bound to every log line of the request. */
  readonly requestId: string;
  /** A logger bound to the request id and `bindings`. */
  readonly logger: Logger;
}

/**
 * A request context whose child logger is made on first use only: most interactions log a single
 * line, and building pino children (with redaction) for each one costs more than the answer itself.
 */
export function createRequestContext(
  requestId: string,
  logger: Logger,
  bindings: () => object,
): RequestContext {
  let child: Logger | undefined;
  return {
    requestId,
    get logger() {
      child ??= logger.child({ reqId: requestId, ...bindings() });
      return child;
    },
  };
}
