/**
 * Opt-in (settings.importTrainingLog): on the runner's own activity, when the panel model says so
 * (the background decides: own activity, opted in, not in the last day), read the runner's recent
 * activities from the site's own log (`PageHalf.trainingLog`, same-origin) and hand the raw
 * `models` to the background, which reads, checks and stores them (the site's background half).
 * Nothing is parsed here: the content script stays small. Never throws; failures only console.warn.
 */
import { sendFromContent } from '../platform/content-messaging';
import type { FetchFn, PageHalf } from '../sites/types';

const PER_PAGE = 100;
const PAGES = 2;

/** `openedAt`: when the page opened; nothing is stored from a page opened before "Delete all data". */
export async function importTrainingLog(page: PageHalf, fetchPage: FetchFn, openedAt: number = Date.now()): Promise<void> {
  const log = page.trainingLog;
  if (!log) return;
  try {
    for (let n = 1; n <= PAGES; n++) {
      const response = await fetchPage(log.pageUrl(n, PER_PAGE), { credentials: 'same-origin', headers: log.headers });
      if (!response.ok) throw new Error(`training log page ${n}: HTTP ${response.status}`);
      const models = ((await response.json()) as { models?: unknown } | null)?.models;
      if (!Array.isArray(models)) throw new Error(`training log page ${n}: no models`);
      if (models.length > 0) await sendFromContent({ type: 'import-training-log', site: page.meta.id, models, openedAt });
      if (models.length < PER_PAGE) break;
    }
  } catch (error) {
    console.warn('Cramp Check: training log not read:', error);
  }
}
