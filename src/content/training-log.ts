/**
 * Opt-in (settings.importTrainingLog): on the runner's own activity, read their recent activities
 * from the site's own log (`PageAdapter.ownLog`; Strava's in sites/strava/own-log.ts) and hand the
 * raw `models` to the background, which maps, checks and stores them
 * (sites/strava/training-log.ts). Nothing is parsed here: the content script stays small.
 *
 * At most once a day (storage.local `trainingLogImportedAt`, set when an attempt starts, so a
 * failing endpoint is not asked again on every page). Never throws; failures only console.warn.
 */
import { sendFromContent } from '../platform/content-messaging';
import { nativeApi } from '../platform/native';
import { STORAGE_KEYS } from '../platform/storage-keys';
import type { OwnActivityLog } from '../sites/types';

const PER_PAGE = 100;
const PAGES = 2;
const ONCE_PER_MS = 24 * 3600 * 1000;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export async function importTrainingLog(
  log: OwnActivityLog | undefined,
  doc: Document,
  activityId: string,
  fetchPage: Fetch = (input, init) => fetch(input, init),
  now: () => number = Date.now,
  openedAt: number = now(),
): Promise<void> {
  try {
    if (!log?.isOwn(doc, activityId)) return;
    const { settings } = await sendFromContent({ type: 'get-profile' });
    if (settings.importTrainingLog !== true) return;
    const key = STORAGE_KEYS.trainingLogImportedAt;
    const local = nativeApi().storage.local;
    const last = (await local.get(key))[key];
    if (typeof last === 'number' && now() - last < ONCE_PER_MS && last <= now()) return;
    await local.set({ [key]: now() });
    for (let page = 1; page <= PAGES; page++) {
      const response = await fetchPage(log.pageUrl(page, PER_PAGE), { credentials: 'same-origin', headers: log.headers });
      if (!response.ok) throw new Error(`training log page ${page}: HTTP ${response.status}`);
      const models = ((await response.json()) as { models?: unknown } | null)?.models;
      if (!Array.isArray(models)) throw new Error(`training log page ${page}: no models`);
      if (models.length > 0) await sendFromContent({ type: 'import-training-log', models, openedAt });
      if (models.length < PER_PAGE) break;
    }
  } catch (error) {
    console.warn('Cramp Check: training log not read:', error);
  }
}
