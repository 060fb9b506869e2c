import type { z } from '../core/zod';
import { type KeptAside, keepAside } from './kept-aside';

/** What a storage area must offer; browser.storage.local satisfies it, and so does a test fake. */
export interface StorageArea {
  /** null: everything stored. */
  get(key: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface VersionedItemSpec<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  defaults: T;
  /** migrations[n] turns data stored at version n into version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>;
}

export interface Loaded<T> {
  value: T;
  /** Set when the stored value could not be read: it was copied to `backupKey` and defaults used. */
  recovered?: KeptAside;
}

interface Envelope {
  version: number;
  data: unknown;
}

function isEnvelope(raw: unknown): raw is Envelope {
  return typeof raw === 'object' && raw !== null && 'version' in raw && 'data' in raw && Number.isInteger((raw as Envelope).version);
}

/** Brings stored data up to the current version; a bare value without envelope is version 0. */
export function migrate<T>(spec: VersionedItemSpec<T>, raw: unknown): unknown {
  let version = isEnvelope(raw) ? raw.version : 0;
  let data = isEnvelope(raw) ? raw.data : raw;
  if (version > spec.version) throw new Error(`${spec.key} was saved by a newer version (${version})`);
  while (version < spec.version) {
    const step = spec.migrations[version];
    if (!step) throw new Error(`no migration for ${spec.key} from version ${version}`);
    data = step(data);
    version++;
  }
  return data;
}

/** Stored values already checked, while storage holds the same object (cached-storage.ts): parsed once, not per read. */
const parsedItems = new WeakMap<object, unknown>();

/**
 * Loads a schema-checked, versioned value. A value that cannot be migrated or parsed is never
 * deleted: it is copied aside under a dated `backup:<key>:<time>` (kept-aside.ts: an earlier copy
 * is never overwritten) and the defaults are used, with `recovered` set so the UI can tell the runner.
 */
export async function loadItem<T>(area: StorageArea, spec: VersionedItemSpec<T>, now: Date = new Date()): Promise<Loaded<T>> {
  const raw = (await area.get(spec.key))[spec.key];
  if (raw === undefined) return { value: spec.defaults };
  const isObject = typeof raw === 'object' && raw !== null;
  if (isObject && parsedItems.has(raw)) return { value: parsedItems.get(raw) as T };
  try {
    const parsed = spec.schema.safeParse(migrate(spec, raw));
    if (parsed.success) {
      if (isObject) parsedItems.set(raw, parsed.data);
      return { value: parsed.data };
    }
  } catch {
    // fall through to keeping it aside
  }
  return { value: spec.defaults, recovered: await keepAside(area, spec.key, raw, now) };
}

/** Validates before writing, so a bad value never replaces a good one. */
export async function saveItem<T>(area: StorageArea, spec: VersionedItemSpec<T>, value: T): Promise<T> {
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) throw new Error(`refusing to save an invalid ${spec.key}`);
  await area.set({ [spec.key]: { version: spec.version, data: parsed.data } });
  return parsed.data;
}
