import { DAY_MS } from '../core/start-time';
import type { Activity, CrampLog, Intake } from '../core/activity';
import { keepStoredTrack } from '../core/kept-track';
import { sameData } from '../core/same-data';
import { localArea } from './cached-storage';
import { pageMayStore } from './erasure';
import { boundHistory, storedActivitySchema } from './history-bounds';
import { type KeptAside, keepAside, keptAsideCopies } from './kept-aside';
import { STORAGE_KEYS } from './storage-keys';
import { migrate, type StorageArea, type VersionedItemSpec } from './versioned-item';
import { queuedWrite } from './write-queue';

export { boundHistory, MAX_HISTORY, MAX_HISTORY_AGE_MS } from './history-bounds';

/**
 * The runner's past activities, oldest first, one per (source, id), stored as
 * `{ version, data: Activity[] }`. Each entry is checked on its own when read (history-bounds.ts
 * storedActivitySchema): one damaged entry costs that entry — kept aside, dated — not the history.
 */
export const HISTORY_ITEM: Pick<VersionedItemSpec<Activity[]>, 'key' | 'version' | 'migrations'> = {
  key: STORAGE_KEYS.history,
  version: 1,
  migrations: { 0: (data) => data },
};

export interface LoadedHistory {
  value: Activity[];
  /** Set when something stored could not be read and was copied aside (the whole value, or the bad entries). */
  recovered?: KeptAside;
}

/** How many activities the count cap has dropped so far, and when it last did (options page says so). */
export interface CappedNote {
  count: number;
  at: string;
}

const local = (): StorageArea => localArea();

/** Splits stored history data into the entries the store accepts at `now` and those it cannot read. */
export function checkEntries(raw: unknown, now: Date): { good: Activity[]; bad: unknown[] } | null {
  let data: unknown;
  try {
    data = migrate(HISTORY_ITEM as VersionedItemSpec<Activity[]>, raw);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const schema = storedActivitySchema(now.getTime());
  const good: Activity[] = [];
  const bad: unknown[] = [];
  for (const entry of data) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) good.push(parsed.data);
    else bad.push(entry);
  }
  return { good, bad };
}

/**
 * The accepted entries of a stored history value, while storage holds that same object
 * (cached-storage.ts keeps it until it changes): each entry is validated once, not on every page
 * view. Acceptance only widens as time passes (a start too far ahead becomes acceptable), so the
 * answer holds for any later `now`.
 */
const checkedHistory = new WeakMap<object, { nowMs: number; good: Activity[] }>();
const rememberChecked = (raw: unknown, nowMs: number, good: Activity[]) => {
  if (typeof raw === 'object' && raw !== null) checkedHistory.set(raw, { nowMs, good });
};

/**
 * Reads the history. A value that is not a history at all is copied aside whole; entries that
 * fail the schema are copied aside together (kept-aside.ts: dated, never overwriting an earlier
 * copy) and left out. The stored value itself is only rewritten by the next write.
 */
export async function loadHistory(area: StorageArea = local(), now: Date = new Date()): Promise<LoadedHistory> {
  const raw = (await area.get(STORAGE_KEYS.history))[STORAGE_KEYS.history];
  if (raw === undefined) return { value: [] };
  const known = typeof raw === 'object' && raw !== null ? checkedHistory.get(raw) : undefined;
  if (known !== undefined && now.getTime() >= known.nowMs) return { value: known.good };
  const checked = checkEntries(raw, now);
  if (!checked) return { value: [], recovered: await keepAside(area, STORAGE_KEYS.history, raw, now) };
  if (checked.bad.length === 0) {
    rememberChecked(raw, now.getTime(), checked.good);
    return { value: checked.good };
  }
  return { value: checked.good, recovered: await keepAside(area, STORAGE_KEYS.history, checked.bad, now) };
}

/** How long a history recovery stays in the options and panel notices after it happened. */
export const RECOVERY_NOTICE_MS = 30 * DAY_MS;

/**
 * History entries set aside in the last 30 days. Unlike a damaged profile (shown until the runner
 * saves a new one), set-aside entries leave the history at its next write, so the dated copies
 * are what tells the runner; the copies themselves stay (export includes them).
 */
export async function recentHistoryRecoveries(now: Date, area: StorageArea = local()): Promise<KeptAside[]> {
  // Sets aside anything unreadable in the stored value now; with a full store it stays in place, said too.
  const { recovered } = await loadHistory(area, now);
  const inPlace = recovered?.inPlace ? [recovered] : [];
  return [...inPlace, ...(await keptAsideCopies(area, STORAGE_KEYS.history))].filter((c) => Date.parse(c.at) >= now.getTime() - RECOVERY_NOTICE_MS);
}

/** What the count cap has dropped so far, or null (nothing, or an unreadable note). */
export async function loadCappedNote(area: StorageArea = local()): Promise<CappedNote | null> {
  const note = (await area.get(STORAGE_KEYS.historyCapped))[STORAGE_KEYS.historyCapped] as Partial<CappedNote> | undefined;
  return typeof note?.count === 'number' && typeof note.at === 'string' ? { count: note.count, at: note.at } : null;
}

/** The write of a history: bounded from `now`, the cap's drops counted, in one storage call. */
export async function historyWrite(area: StorageArea, history: readonly Activity[], now: Date): Promise<{ items: Record<string, unknown>; history: Activity[] }> {
  const bounded = boundHistory(history, now);
  const items: Record<string, unknown> = { [STORAGE_KEYS.history]: { version: HISTORY_ITEM.version, data: bounded.history } };
  if (bounded.capped > 0) {
    const count = ((await loadCappedNote(area))?.count ?? 0) + bounded.capped;
    items[STORAGE_KEYS.historyCapped] = { count, at: now.toISOString() } satisfies CappedNote;
  }
  return { items, history: bounded.history };
}

const keyOf = (a: { source: string; id?: string }) => `${a.source}\u0000${a.id ?? ''}`;

/**
 * Adds or replaces activities by (source, id). An activity seen again takes its new values but
 * keeps the cramp log and intake it had unless it brings its own, and what its track gave
 * (movement, the stream's heart rate, splits) unless it brings that (core/kept-track.ts): a page
 * read before the streams arrive, a training log or an older export lacks them. Activities without
 * id are ignored.
 */
export function mergeActivities(history: readonly Activity[], incoming: readonly Activity[]): { history: Activity[]; added: number; changed: boolean } {
  const byKey = new Map(history.map((a) => [keyOf(a), a]));
  let added = 0;
  let changed = false;
  for (const activity of incoming) {
    if (!activity.id) continue;
    const key = keyOf(activity);
    const previous = byKey.get(key);
    if (!previous) added++;
    const cramp = activity.cramp ?? previous?.cramp;
    const intake = activity.intake ?? previous?.intake;
    const next = { ...keepStoredTrack(activity, previous), ...(cramp ? { cramp } : {}), ...(intake ? { intake } : {}) };
    if (previous && sameData(previous, next)) continue;
    changed = true;
    // Deleted and re-inserted so the map keeps the newest reading last (ties in sorting).
    byKey.delete(key);
    byKey.set(key, next);
  }
  return { history: [...byKey.values()], added, changed };
}

export interface WriteOptions {
  area?: StorageArea;
  now?: Date;
  /** From a page: when it was opened. Nothing is stored from a page opened before "Delete all data" (erasure.ts). */
  openedAt?: number;
}

/**
 * Upserts `activities` (through the write queue); returns how many were new and the history as
 * now stored. Activities the stored schema refuses (a start more than a day ahead) are not stored.
 */
export function upsertActivities(activities: readonly Activity[], { area = local(), now = new Date(), openedAt }: WriteOptions = {}): Promise<{ added: number; history: Activity[]; stored: boolean }> {
  return queuedWrite(async () => {
    const { value, recovered } = await loadHistory(area, now);
    if (openedAt !== undefined && !(await pageMayStore(openedAt))) return { added: 0, history: value, stored: false };
    const schema = storedActivitySchema(now.getTime());
    const merged = mergeActivities(value, activities.filter((a) => schema.safeParse(a).success));
    // The same page viewed again changes nothing: no need to rewrite up to 5,000 activities.
    if (!merged.changed && !recovered) return { added: 0, history: value, stored: true };
    const write = await historyWrite(area, merged.history, now);
    await area.set(write.items);
    rememberChecked(write.items[STORAGE_KEYS.history], now.getTime(), write.history);
    return { added: merged.added, history: write.history, stored: true };
  });
}

/**
 * Stores the runner's cramp log on one activity; null when that activity is neither in the history
 * nor given as `viewed` (the activity the panel shows: one older than two years is not kept by
 * itself, but with a cramp log it is the runner's record and is kept).
 */
export function setCrampLog(source: string, id: string, cramp: CrampLog, options: WriteOptions & { viewed?: Activity } = {}): Promise<{ activity: Activity; history: Activity[] } | null> {
  return setOwnRecord(source, id, (a) => ({ ...a, cramp }), options);
}

/**
 * Stores what the runner took (and weighed) on one activity, like a cramp log; an empty intake
 * removes it, and with it the weigh-in that activity was.
 */
export function setIntake(source: string, id: string, intake: Intake, options: WriteOptions & { viewed?: Activity } = {}): Promise<{ activity: Activity; history: Activity[] } | null> {
  return setOwnRecord(source, id, ({ intake: _old, ...rest }) => (Object.keys(intake).length > 0 ? { ...rest, intake } : rest), options);
}

function setOwnRecord(
  source: string,
  id: string,
  change: (a: Activity) => Activity,
  { area = local(), now = new Date(), viewed }: WriteOptions & { viewed?: Activity },
): Promise<{ activity: Activity; history: Activity[] } | null> {
  return queuedWrite(async () => {
    const { value } = await loadHistory(area, now);
    const index = value.findIndex((a) => a.source === source && a.id === id);
    const found = value[index] ?? (viewed?.source === source && viewed.id === id ? viewed : undefined);
    if (!found || !storedActivitySchema(now.getTime()).safeParse(found).success) return null;
    const activity = change(found);
    const next = value.slice();
    if (index >= 0) next[index] = activity;
    else next.push(activity);
    const write = await historyWrite(area, next, now);
    await area.set(write.items);
    rememberChecked(write.items[STORAGE_KEYS.history], now.getTime(), write.history);
    return { activity, history: write.history };
  });
}
