/**
 * Opt-in (settings.importTrainingLog): on the runner's own Strava activity, read their recent
 * activities from Strava's training log — the JSON behind strava.com/athlete/training — and hand
 * the raw `models` to the background, which maps, checks and stores them (sites/strava/training-log.ts).
 * Nothing is parsed here: the content script stays small and never ships zod.
 *
 * "Own activity" heuristic: Strava shows the link to an activity's edit form
 * (`a[href$="/activities/<id>/edit"]`, in the actions menu) only to the athlete who owns it;
 * someone else's activity (every saved fixture page) has none. The training log itself is
 * always the logged-in runner's own, so this only keeps the fetch to pages where reading it is
 * expected, and off other people's activities.
 *
 * At most once a day (storage.local `trainingLogImportedAt`, set when an attempt starts, so a
 * failing endpoint is not asked again on every page). Never throws; failures only console.warn.
 */
import { sendFromContent } from '../platform/content-messaging';
import { nativeApi } from '../platform/native';
import { STORAGE_KEYS } from '../platform/storage-keys';

export const TRAINING_LOG_URL = 'https://www.strava.com/athlete/training_activities';
const PER_PAGE = 100;
const PAGES = 2;
const ONCE_PER_MS = 24 * 3600 * 1000;

export const isOwnActivity = (doc: Document, activityId: string): boolean =>
  /^\d+$/.test(activityId) && doc.querySelector(`a[href$="/activities/${activityId}/edit"]`) !== null;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export async function importTrainingLog(
  site: string,
  doc: Document,
  activityId: string,
  fetchPage: Fetch = (input, init) => fetch(input, init),
  now: () => number = Date.now,
): Promise<void> {
  try {
    if (site !== 'strava' || !isOwnActivity(doc, activityId)) return;
    const { settings } = await sendFromContent({ type: 'get-profile' });
    if (settings.importTrainingLog !== true) return;
    const key = STORAGE_KEYS.trainingLogImportedAt;
    const local = nativeApi().storage.local;
    const last = (await local.get(key))[key];
    if (typeof last === 'number' && now() - last < ONCE_PER_MS && last <= now()) return;
    await local.set({ [key]: now() });
    for (let page = 1; page <= PAGES; page++) {
      const response = await fetchPage(`${TRAINING_LOG_URL}?page=${page}&per_page=${PER_PAGE}`, {
        credentials: 'same-origin',
        headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, text/javascript' },
      });
      if (!response.ok) throw new Error(`training log page ${page}: HTTP ${response.status}`);
      const models = ((await response.json()) as { models?: unknown } | null)?.models;
      if (!Array.isArray(models)) throw new Error(`training log page ${page}: no models`);
      if (models.length > 0) await sendFromContent({ type: 'import-training-log', models });
      if (models.length < PER_PAGE) break;
    }
  } catch (error) {
    console.warn('Cramp Check: training log not read:', error);
  }
}
