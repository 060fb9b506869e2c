// How much of the browser's storage the extension uses, counted as Chrome counts it, so an
// import is refused before it would not fit and the options page can say when the store is full.
import { browser } from './browser';
import { localArea } from './cached-storage';
import type { StorageArea } from './versioned-item';

/** Chrome's storage.local quota without `unlimitedStorage` (Firefox gives no number: the same is assumed). */
export const DEFAULT_QUOTA_BYTES = 10_485_760;

/**
 * Below this much free space the store counts as full: a cramp log, a weigh-in or a day's
 * activities no longer fit with certainty, so the runner is told before a save fails.
 */
export const FULL_HEADROOM_BYTES = 64 * 1024;

export const quotaBytes = (): number => (browser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES ?? DEFAULT_QUOTA_BYTES;

/** Bytes as Chrome counts them against the quota: each key plus its value's JSON. */
export const bytesOf = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((sum, [key, value]) => sum + new TextEncoder().encode(key + JSON.stringify(value)).length, 0);

export interface StoreUsage {
  usedBytes: number;
  quotaBytes: number;
  /** Less than FULL_HEADROOM_BYTES left. */
  full: boolean;
}

export async function storeUsage(area: StorageArea = localArea(), quota: number = quotaBytes()): Promise<StoreUsage> {
  const usedBytes = bytesOf(await area.get(null));
  return { usedBytes, quotaBytes: quota, full: usedBytes + FULL_HEADROOM_BYTES > quota };
}

/** A write the browser refused for lack of space (Chrome and Firefox both name the quota). */
export const isQuotaError = (e: unknown): boolean => /quota/i.test(e instanceof Error ? e.message : String(e));
