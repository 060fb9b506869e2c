import { browser } from './browser';
import type { StorageArea } from './versioned-item';

/**
 * storage.local and storage.session as this context last knew them: read whole, once, then kept in
 * step by this context's own writes and by `storage.onChanged` for everyone else's. A page view
 * then costs no storage read after the first of the worker's lifetime, and values derived from a
 * stored value (the validated history) can be kept while that value is the same object.
 * Values are shared, not copied: treat what `get` returns as read-only.
 */
export type AreaName = 'local' | 'session';
export type ClearableArea = StorageArea & { clear(): Promise<void> };

interface Cache {
  source: ClearableArea;
  items: Record<string, unknown> | null;
  loading: Promise<Record<string, unknown>> | null;
  /** Keys this context wrote whose change events have not arrived yet: those events are its own. */
  ownWrites: Map<string, number>;
  /** Writes held for one browser write at the end of a batch (batchedWrites), and each key's value before. */
  held: { items: Record<string, unknown>; before: Record<string, unknown> } | null;
}

const caches = new Map<AreaName, Cache>();

const sourceOf = (name: AreaName): ClearableArea | null =>
  ((name === 'local' ? browser.storage.local : browser.storage.session) as unknown as ClearableArea | undefined) ?? null;

/** Equal values write nothing the browser reports; a longer or shorter history is never equal. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const length = (x: unknown) => (Array.isArray((x as { data?: unknown })?.data) ? (x as { data: unknown[] }).data.length : -1);
  return length(a) === length(b) && JSON.stringify(a) === JSON.stringify(b);
}

function cacheFor(name: AreaName, source: ClearableArea): Cache {
  const known = caches.get(name);
  if (known !== undefined && known.source === source) return known;
  const cache: Cache = { source, items: null, loading: null, ownWrites: new Map(), held: null };
  caches.set(name, cache);
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName !== name || caches.get(name) !== cache) return;
    for (const [key, change] of Object.entries(changes)) {
      const own = cache.ownWrites.get(key) ?? 0;
      if (own > 0) {
        if (own === 1) cache.ownWrites.delete(key);
        else cache.ownWrites.set(key, own - 1);
        continue;
      }
      // Another context wrote it: take its value (before the first read, the read will see it).
      if (cache.items === null) cache.loading = null;
      else if ('newValue' in change && change.newValue !== undefined) cache.items[key] = change.newValue;
      else delete cache.items[key];
    }
  });
  return cache;
}

async function itemsOf(cache: Cache): Promise<Record<string, unknown>> {
  if (cache.items !== null) return cache.items;
  const loading = cache.loading ?? cache.source.get(null);
  cache.loading = loading;
  const items = await loading;
  // A change that arrived while reading sent `loading` back to null: read again.
  if (cache.loading !== loading) return itemsOf(cache);
  cache.items = { ...items };
  cache.loading = null;
  return cache.items;
}

function pick(items: Record<string, unknown>, keys: string | string[] | null): Record<string, unknown> {
  if (keys === null) return { ...items };
  const out: Record<string, unknown> = {};
  for (const key of typeof keys === 'string' ? [keys] : keys) if (Object.hasOwn(items, key)) out[key] = items[key];
  return out;
}

function countOwn(cache: Cache, keys: string[]): void {
  for (const key of keys) cache.ownWrites.set(key, (cache.ownWrites.get(key) ?? 0) + 1);
}

/** Writes through to the browser; if the browser refuses (a full disk), the cache is read again next time. */
async function writeThrough(cache: Cache, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    cache.items = null;
    cache.ownWrites.clear();
    throw error;
  }
}

function cachedArea(name: AreaName, source: ClearableArea): ClearableArea {
  const cache = cacheFor(name, source);
  return {
    get: async (keys) => pick(await itemsOf(cache), keys),
    set: async (items) => {
      const known = await itemsOf(cache);
      if (cache.held !== null) {
        // Seen at once by this context's reads; written to the browser when the batch ends.
        for (const key of Object.keys(items)) if (!Object.hasOwn(cache.held.items, key)) cache.held.before[key] = known[key];
        Object.assign(cache.held.items, items);
        Object.assign(known, items);
        return;
      }
      const changed = Object.keys(items).filter((key) => !sameValue(known[key], items[key]));
      countOwn(cache, changed);
      Object.assign(known, items);
      await writeThrough(cache, () => source.set(items));
    },
    remove: async (keys) => {
      const known = await itemsOf(cache);
      for (const key of typeof keys === 'string' ? [keys] : keys) dropHeld(cache, key);
      const removed = (typeof keys === 'string' ? [keys] : keys).filter((key) => Object.hasOwn(known, key));
      countOwn(cache, removed);
      for (const key of removed) delete known[key];
      await writeThrough(cache, () => source.remove(keys));
    },
    clear: async () => {
      if (cache.held !== null) cache.held = { items: {}, before: {} };
      const known = await itemsOf(cache);
      countOwn(cache, Object.keys(known));
      for (const key of Object.keys(known)) delete known[key];
      await writeThrough(cache, () => source.clear());
    },
  };
}

/** A held write of `key` no longer to be made: the key is removed meanwhile. */
function dropHeld(cache: Cache, key: string): void {
  if (cache.held === null || !Object.hasOwn(cache.held.items, key)) return;
  delete cache.held.items[key];
  delete cache.held.before[key];
}

/** The held writes of one area as one browser write; a refused write makes the cache read again, and is thrown. */
async function flushHeld(cache: Cache): Promise<void> {
  const held = cache.held;
  cache.held = null;
  if (held === null || Object.keys(held.items).length === 0) return;
  countOwn(
    cache,
    Object.keys(held.items).filter((key) => !sameValue(held.before[key], held.items[key])),
  );
  await writeThrough(cache, () => cache.source.set(held.items));
}

let batchDepth = 0;

/**
 * Runs `work` with every storage.local and storage.session write held, then writes each area
 * once: a page view writes its history entry, its tab's view and analysis, the last analysis,
 * stamps and notes in one call per area instead of one per value. Reads in this context see the
 * held values at once. Batches that overlap end as one. Only for work that waits on no network:
 * another message's writes are held with it until it ends.
 */
export async function batchedWrites<T>(work: () => Promise<T>): Promise<T> {
  const held = (['local', 'session'] as const).flatMap((name) => {
    const source = sourceOf(name);
    return source === null ? [] : [cacheFor(name, source)];
  });
  if (batchDepth++ === 0) for (const cache of held) cache.held = { items: {}, before: {} };
  let result: PromiseSettledResult<T>;
  try {
    result = { status: 'fulfilled', value: await work() };
  } catch (reason) {
    result = { status: 'rejected', reason };
  }
  // What the work wrote is written even when it failed afterwards, as unheld writes would have been.
  if (--batchDepth === 0) {
    const flushed = await Promise.allSettled(held.map((cache) => flushHeld(cache)));
    const refused = flushed.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (refused && result.status === 'fulfilled') throw refused.reason;
  }
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** storage.local through the cache. */
export const localArea = (): ClearableArea => cachedArea('local', sourceOf('local') as ClearableArea);
/** storage.session through the cache, or null where the browser has none. */
export function sessionArea(): ClearableArea | null {
  const source = sourceOf('session');
  return source === null ? null : cachedArea('session', source);
}
