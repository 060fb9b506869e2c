/**
 * MV3 may stop the service worker at any moment; a message sent while it restarts can fail
 * once. Retrying a few times with a short pause lets the panel still complete.
 */
export async function withRetry<T>(task: () => Promise<T>, attempts = 3, pauseMs = 250): Promise<T> {
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
