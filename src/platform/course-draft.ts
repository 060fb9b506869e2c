/**
 * A route's course on its way from its page to the race page: the GPX text the content script
 * fetched, kept in session storage until the race page takes it (once), then gone. Nothing is
 * parsed here: the race page reads it with its own GPX reader (src/race/gpx.ts).
 */
import { browser } from './browser';
import { sessionArea, localArea } from './cached-storage';
import { type CourseDraft, CourseDraftSchema } from './messages';
import { queuedWrite } from './write-queue';

const KEY = 'courseDraft';
/** Like the per-tab results: gone when the browser closes (local only where there is no session area). */
const area = () => sessionArea() ?? localArea();

export const saveCourseDraft = (draft: CourseDraft): Promise<void> => queuedWrite(() => area().set({ [KEY]: draft }));

/** The draft, removed as it is read; null when there is none (or it cannot be read). */
export function takeCourseDraft(): Promise<CourseDraft | null> {
  return queuedWrite(async () => {
    const raw = (await area().get(KEY))[KEY];
    if (raw === undefined) return null;
    await area().remove(KEY);
    const parsed = CourseDraftSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  });
}

/** The race page in a tab of its own, which takes the draft when it opens. */
export const openRacePage = async (): Promise<void> => {
  await browser.tabs.create({ url: browser.runtime.getURL('src/race/index.html') });
};
