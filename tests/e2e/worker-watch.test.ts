// The service-worker test's watcher stops only a registered worker: stopping one that Chromium is
// still registering makes the registration fail for good (worker-watch.ts), which measured the
// kill, not the extension. No browser needed: a fake DevTools session replays Chromium's updates.
import { describe, expect, it } from 'vitest';
import { type WorkerSession, type WorkerVersion, watchWorker } from './worker-watch';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

function fakeSession() {
  let listener: ((update: { versions: WorkerVersion[] }) => void) | null = null;
  const stopped: string[] = [];
  const session: WorkerSession = {
    on: (_event, l) => (listener = l),
    send: async (method: string, params?: { versionId: string }) => {
      if (method === 'ServiceWorker.stopWorker' && params) stopped.push(params.versionId);
    },
  };
  const update = (runningStatus: WorkerVersion['runningStatus'], status: WorkerVersion['status'], scriptURL = `chrome-extension://${ID}/service-worker-loader.js`) =>
    listener?.({ versions: [{ versionId: '0', scriptURL, runningStatus, status }] });
  return { session, stopped, update };
}

describe('watchWorker (tests/e2e/service-worker.test.ts)', () => {
  it.each(['new', 'installing', 'installed', 'activating'] as const)('never stops a worker that is still being registered (%s)', async (status) => {
    const fake = fakeSession();
    const worker = await watchWorker(fake.session, ID);
    fake.update('starting', status);
    expect(await worker.stop()).toBe(0);
    fake.update('running', status);
    expect(await worker.stop()).toBe(0);
    expect(fake.stopped).toEqual([]);
  });

  it('stops a registered worker that is starting or running, not one that is stopped', async () => {
    const fake = fakeSession();
    const worker = await watchWorker(fake.session, ID);
    fake.update('running', 'activated');
    expect(await worker.stop()).toBe(1);
    fake.update('stopped', 'activated');
    expect(await worker.stop()).toBe(0);
    fake.update('starting', 'activated');
    expect(await worker.stop()).toBe(1);
    expect(fake.stopped).toEqual(['0', '0']);
  });

  it('waits for the registration to be done, and counts starts of this extension only', async () => {
    const fake = fakeSession();
    const worker = await watchWorker(fake.session, ID);
    let activated = false;
    const waiting = worker.activated().then(() => (activated = true));
    fake.update('running', 'installing');
    fake.update('running', 'activated', 'chrome-extension://another/worker.js');
    await Promise.resolve();
    expect(activated).toBe(false);
    fake.update('running', 'activated');
    await waiting;
    expect(activated).toBe(true);
    expect(worker.starts()).toBe(1);
    await worker.activated(); // at once when it already is
  });
});
