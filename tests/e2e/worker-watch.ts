/**
 * Watches the extension's service worker through DevTools and stops it the way Chromium stops an
 * idle one (ServiceWorker.stopWorker, what chrome://serviceworker-internals' "Stop" does).
 *
 * Only a worker whose registration is done (status `activated`) is ever stopped. Chromium never
 * stops a worker that is still being registered (it is not idle), and stopping one then makes the
 * registration fail: the version turns `redundant` and Chromium never starts that extension's
 * worker again, so every message waits forever (seen by stopping it while `new`: the panel said
 * "no answer within 4 s" after every try). `launchWithExtension` returns when the worker's target
 * appears, which on a busy machine is before its registration is done.
 */
export interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
  status: 'new' | 'installing' | 'installed' | 'activating' | 'activated' | 'redundant';
}

/** The part of Playwright's CDPSession this needs. */
export interface WorkerSession {
  on(event: 'ServiceWorker.workerVersionUpdated', listener: (update: { versions: WorkerVersion[] }) => void): unknown;
  send(method: 'ServiceWorker.enable'): Promise<unknown>;
  send(method: 'ServiceWorker.stopWorker', params: { versionId: string }): Promise<unknown>;
}

export async function watchWorker(cdp: WorkerSession, extensionId: string) {
  const versions = new Map<string, WorkerVersion>();
  const starts: string[] = [];
  let onActivated: (() => void) | null = null;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
    for (const version of updated) {
      if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      if (version.runningStatus === 'running' && versions.get(version.versionId)?.runningStatus !== 'running') starts.push(version.versionId);
      versions.set(version.versionId, version);
      if (version.status === 'activated') onActivated?.();
    }
  });
  await cdp.send('ServiceWorker.enable');
  const isActivated = () => [...versions.values()].some((v) => v.status === 'activated');
  return {
    /** Resolves once the extension's worker is registered (at once if it already is). */
    activated: () => (isActivated() ? Promise.resolve() : new Promise<void>((resolve) => (onActivated = resolve))),
    /** How many times the worker came up (first start included) since watching began. */
    starts: () => starts.length,
    /** Stops each registered worker that is starting or running; returns how many. */
    async stop(): Promise<number> {
      let stopped = 0;
      for (const version of versions.values()) {
        if (version.status !== 'activated') continue;
        if (version.runningStatus !== 'running' && version.runningStatus !== 'starting') continue;
        await cdp.send('ServiceWorker.stopWorker', { versionId: version.versionId });
        stopped++;
      }
      return stopped;
    },
  };
}
