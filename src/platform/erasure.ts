// "Delete all data", and what keeps it deleted while activity pages are still open.
import { localArea, sessionArea } from './cached-storage';
import { TAB_VIEW_PREFIX } from './storage';
import { queuedWrite } from './write-queue';

/** Session key: when the runner last deleted everything (epoch ms). Session: gone with the browser, like the tabs. */
const DELETED_AT = 'deletedAt';

const local = localArea;
const session = sessionArea;

/**
 * Forgets everything: storage.local and the per-tab results in session storage. Runs in the write
 * queue, so a store already queued before it is deleted too, and one queued after it sees the
 * mark: pages opened before the deletion store nothing more (pageMayStore). Only which activity
 * each open tab shows stays (no value of the runner's, and the tab still shows it): without it a
 * temperature typed in that tab would be refused instead of shown for that view and not stored.
 */
export function deleteAllData(now: Date): Promise<void> {
  return queuedWrite(async () => {
    await local().clear();
    const area = session();
    const views = area ? Object.fromEntries(Object.entries(await area.get(null)).filter(([key]) => key.startsWith(TAB_VIEW_PREFIX))) : {};
    await area?.clear();
    await (area ?? local()).set({ ...views, [DELETED_AT]: now.getTime() });
  });
}

/**
 * Whether a page opened at `openedAt` (epoch ms, the content script's clock on this machine) may
 * store: not when the runner deleted everything after it opened. An open tab re-reading or
 * re-analyzing (late stats, a profile change) must not bring back what was just deleted; opening
 * an activity again (a new page or in-page route) does store.
 */
export async function pageMayStore(openedAt: number): Promise<boolean> {
  const area = session() ?? local();
  const deletedAt = (await area.get(DELETED_AT))[DELETED_AT];
  return typeof deletedAt !== 'number' || openedAt > deletedAt;
}
