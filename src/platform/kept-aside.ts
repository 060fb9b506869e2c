import type { StorageArea } from './versioned-item';
import { STORAGE_KEYS } from './storage-keys';
import { isQuotaError } from './storage-usage';

/** How many dated copies of one key are kept; beyond it the oldest copy goes. */
export const KEEP_COPIES = 5;

/** One value that could not be read, kept aside under `backup:<key>:<ISO time>`. */
export interface KeptAside {
  key: string;
  backupKey: string;
  /** When it was set aside (ISO). */
  at: string;
  /**
   * The store was full, so no copy could be written: the value stays under its own key, untouched,
   * until the runner saves over it (the options page says so, and offers export).
   */
  inPlace?: true;
}

const prefixOf = (key: string) => `${STORAGE_KEYS.backupPrefix}${key}:`;

/** The dated copies of `key`, oldest first (ISO times sort as text). */
export async function keptAsideCopies(area: StorageArea, key: string): Promise<KeptAside[]> {
  const all = await area.get(null);
  const prefix = prefixOf(key);
  return Object.keys(all)
    .filter((k) => k.startsWith(prefix))
    .sort()
    .map((backupKey) => ({ key, backupKey, at: backupKey.slice(prefix.length) }));
}

/**
 * Copies `value` aside under a NEW dated key: an earlier copy is never overwritten. The same
 * value already kept aside is not copied twice (a damaged value is read on every load). At most
 * KEEP_COPIES copies of one key stay; the oldest goes first.
 */
export async function keepAside(area: StorageArea, key: string, value: unknown, now: Date): Promise<KeptAside> {
  const copies = await keptAsideCopies(area, key);
  const stored = copies.length > 0 ? await area.get(copies.map((c) => c.backupKey)) : {};
  const text = JSON.stringify(value);
  const same = copies.find((c) => JSON.stringify(stored[c.backupKey]) === text);
  if (same) return same;
  let at = now.toISOString();
  // Two copies in the same millisecond still get two keys.
  while (copies.some((c) => c.at === at)) at = new Date(Date.parse(at) + 1).toISOString();
  const copy = { key, backupKey: `${prefixOf(key)}${at}`, at };
  try {
    await area.set({ [copy.backupKey]: value });
  } catch (e) {
    // Reading the rest must not need a write: a full store leaves the value where it is, and says so.
    if (isQuotaError(e)) return { ...copy, inPlace: true };
    throw e;
  }
  const excess = [...copies, copy].slice(0, Math.max(0, copies.length + 1 - KEEP_COPIES));
  if (excess.length > 0) await area.remove(excess.map((c) => c.backupKey));
  return copy;
}
