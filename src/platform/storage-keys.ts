/** Every storage.local key the extension writes, in one place (backup/import must know them all). */
export const STORAGE_KEYS = {
  profile: 'profile',
  settings: 'settings',
  lastAnalysis: 'lastAnalysis',
  /** The runner's past activities (history-store.ts), versioned. */
  history: 'history',
  /** How many activities the history's count cap dropped, and when (history-store.ts CappedNote). */
  historyCapped: 'historyCapped',
  /** When the content script last read Strava's training log (epoch ms), so it does so at most once a day. */
  trainingLogImportedAt: 'trainingLogImportedAt',
  /** What the last import changed, as before and as written, so the options page can undo it (import-undo.ts ImportUndo). */
  importUndo: 'importUndo',
  /** Weather looked up at Open-Meteo per activity, and the last rounded start point (weather-cache.ts). */
  weatherCache: 'weatherCache',
  /** Races the runner saved by name on the race page (races.ts), versioned. */
  races: 'races',
  /** Prefix: `manual:<site>:<activityId>` holds values the runner typed in for one activity. */
  manualPrefix: 'manual:',
  /** Prefix: `backup:<key>:<ISO time>` holds a stored value that could not be read, kept aside (kept-aside.ts). */
  backupPrefix: 'backup:',
} as const;

export const manualEntryKey = (site: string, activityId: string) => `${STORAGE_KEYS.manualPrefix}${site}:${activityId}`;
