/**
 * MV3 may stop the service worker at any moment; a message sent while it restarts fails, and a
 * worker stopped again and again (tests/e2e/service-worker.test.ts) can fail several in a row.
 * Five tries, 250 ms more pause each time, span 2.5 s: long enough for a cold worker on a busy
 * machine, short enough that a background that really is broken is reported soon.
 *
 * A message can also stay unanswered for good: in Chromium, a worker killed (not stopped) while
 * starting is never started again for that extension, and every message to it just waits. So
 * each try also ends after `timeoutMs` without an answer; if no try is answered the panel says
 * it could not analyze instead of "Analyzing…" forever.
 */
export async function withRetry<T>(task: () => Promise<T>, { attempts = 5, pauseMs = 250, timeoutMs = Number.POSITIVE_INFINITY } = {}): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await withTimeout(task(), timeoutMs);
    } catch (error) {
      lastError = error;
      if (attempt < attempts - 1) await new Promise((resolve) => setTimeout(resolve, pauseMs * (attempt + 1)));
    }
  }
  throw lastError;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  if (!Number.isFinite(timeoutMs)) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
