import { DAY_MS } from '../core/start-time';
/**
 * When the runner's training log was last read (opt-in): at most once a day, counted from
 * when an attempt starts, so a failing endpoint is not asked again on every page. Kept by the
 * background; the content script only reads the log when the panel model says so.
 */
import { localArea } from './cached-storage';
import { STORAGE_KEYS } from './storage-keys';
import { queuedWrite } from './write-queue';

const ONCE_PER_MS = DAY_MS;

/** True (and the attempt recorded) when the log was not read in the last day; a stamp in the future counts as stale. */
export function trainingLogDue(now: Date): Promise<boolean> {
  return queuedWrite(async () => {
    const key = STORAGE_KEYS.trainingLogImportedAt;
    const last = (await localArea().get(key))[key];
    if (typeof last === 'number' && now.getTime() - last < ONCE_PER_MS && last <= now.getTime()) return false;
    await localArea().set({ [key]: now.getTime() });
    return true;
  });
}
