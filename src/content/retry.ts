/**
 * MV3 may stop the service worker at any moment; a message sent while it restarts fails, and a
 * worker stopped again and again (tests/e2e/service-worker.test.ts) can fail several in a row.
 * Five tries, 250 ms more pause each time, span 2.5 s: long enough for a cold worker on a busy
 * machine, short enough that a background that really is broken is reported soon.
 */
export async function withRetry<T>(task: () => Promise<T>, attempts = 5, pauseMs = 250): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await task();
    } catch (error) {
      lastError = error;
      if (attempt < attempts - 1) await new Promise((resolve) => setTimeout(resolve, pauseMs * (attempt + 1)));
    }
  }
  throw lastError;
}
