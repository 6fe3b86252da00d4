export type Within<T> = { done: true; value: T } | { done: false };

/**
 * Waits for `work` at most `ms` milliseconds. The work keeps running after a timeout (the caller
 * decides what to do with it); the timer is always cleared so nothing keeps the process alive.
 */
export async function within<T>(work: Promise<T>, ms: number): Promise<Within<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Within<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): Within<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
