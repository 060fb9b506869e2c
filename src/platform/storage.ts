import type { Profile } from '../core/profile';
import { TEXT_LIMITS } from '../core/limits';
import { text, z } from '../core/zod';
import { localArea, sessionArea } from './cached-storage';
import { type Analyzed, AnalyzedSchema } from './messages';
import type { Settings } from './settings';
import { STORAGE_KEYS } from './storage-keys';
import { PROFILE_ITEM, SETTINGS_ITEM } from './stored';
import { type Loaded, loadItem, type StorageArea, saveItem } from './versioned-item';
import { queuedWrite } from './write-queue';

const local = (): StorageArea => localArea();
/** Per-tab results live in session storage: gone when the browser closes, like the tab. */
const session = (): StorageArea => sessionArea() ?? localArea();

export const loadProfile = (now?: Date): Promise<Loaded<Profile>> => loadItem(local(), PROFILE_ITEM, now);
export const saveProfile = (profile: Profile): Promise<Profile> => queuedWrite(() => saveItem(local(), PROFILE_ITEM, profile));
/** Changes the profile as stored when the step runs (read-modify-write in the queue). */
export const updateProfile = (change: (stored: Profile) => Profile): Promise<Profile> =>
  queuedWrite(async () => saveItem(local(), PROFILE_ITEM, change((await loadProfile()).value)));
export const loadSettings = (now?: Date): Promise<Loaded<Settings>> => loadItem(local(), SETTINGS_ITEM, now);
export const saveSettings = (settings: Settings): Promise<Settings> => queuedWrite(() => saveItem(local(), SETTINGS_ITEM, settings));
/** Changes the settings as stored when the step runs (read-modify-write in the queue), so a change saved meanwhile is kept. */
export const updateSettings = (change: (stored: Settings) => Settings): Promise<Settings> =>
  queuedWrite(async () => saveItem(local(), SETTINGS_ITEM, change((await loadSettings()).value)));

async function readAnalyzed(area: StorageArea, key: string): Promise<Analyzed | null> {
  const parsed = AnalyzedSchema.safeParse((await area.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

export const saveTabAnalysis = (tabId: number, analyzed: Analyzed) => session().set({ [`tab:${tabId}`]: analyzed });
export const loadTabAnalysis = (tabId: number) => readAnalyzed(session(), `tab:${tabId}`);
export const saveLastAnalysis = (analyzed: Analyzed) => local().set({ [STORAGE_KEYS.lastAnalysis]: analyzed });
export const loadLastAnalysis = () => readAnalyzed(local(), STORAGE_KEYS.lastAnalysis);

/**
 * The activity a tab shows, as its last page read named it (checked against the tab's page):
 * typed values and cramp logs are accepted for that activity only, never one a message names.
 */
const TabViewSchema = z.object({ site: text(TEXT_LIMITS.id), activityId: text(TEXT_LIMITS.id) });
export type TabView = z.infer<typeof TabViewSchema>;
/** Session key prefix: `view:<tabId>` holds the TabView of that tab. */
export const TAB_VIEW_PREFIX = 'view:';
export const saveTabView = (tabId: number, view: TabView) => session().set({ [`${TAB_VIEW_PREFIX}${tabId}`]: view });
export async function loadTabView(tabId: number): Promise<TabView | null> {
  const key = `${TAB_VIEW_PREFIX}${tabId}`;
  const parsed = TabViewSchema.safeParse((await session().get(key))[key]);
  return parsed.success ? parsed.data : null;
}
