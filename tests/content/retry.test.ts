import { afterEach, expect, it, vi } from 'vitest';
import { withRetry } from '../../src/content/retry';

afterEach(() => vi.useRealTimers());

/** A task that fails `failures` times (a service worker being stopped), then answers. */
function flaky(failures: number) {
  let calls = 0;
  const task = vi.fn(async () => {
    calls++;
    if (calls <= failures) throw new Error(`worker stopped (${calls})`);
    return 'answer';
  });
  return task;
}

it('a page message survives a worker stopped four times in a row (2.5 s of retries)', async () => {
  vi.useFakeTimers();
  const task = flaky(4);
  const result = withRetry(task);
  await vi.runAllTimersAsync();
  await expect(result).resolves.toBe('answer');
  expect(task).toHaveBeenCalledTimes(5);
});

it('a background that stays unreachable is reported, with its last error, after five tries', async () => {
  vi.useFakeTimers();
  const task = flaky(Number.POSITIVE_INFINITY);
  const result = withRetry(task);
  const settled = expect(result).rejects.toThrow('worker stopped (5)');
  await vi.runAllTimersAsync();
  await settled;
  expect(task).toHaveBeenCalledTimes(5);
});

it('a try that is never answered (a worker stopped mid-answer) ends after its time-out, and the next try answers', async () => {
  vi.useFakeTimers();
  let calls = 0;
  const task = vi.fn(() => (++calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve('answer')));
  const result = withRetry(task, { timeoutMs: 4_000 });
  await vi.runAllTimersAsync();
  await expect(result).resolves.toBe('answer');
  expect(task).toHaveBeenCalledTimes(2);
});
