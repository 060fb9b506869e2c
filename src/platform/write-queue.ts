/**
 * The background's one write queue. Every read-modify-write of storage.local — an activity read
 * from a page, a training-log import, a cramp log, a profile or settings save, an import, its
 * undo, "Delete all data" — runs here, one after another, so no write works from a stale read
 * and none is lost to another. Only the background writes: the options page, popup and content
 * scripts ask it by message. A step must not queue another step (it would wait for itself).
 */
let tail: Promise<unknown> = Promise.resolve();

export function queuedWrite<T>(step: () => Promise<T>): Promise<T> {
  const result = tail.then(step, step);
  tail = result.catch(() => undefined);
  return result;
}
