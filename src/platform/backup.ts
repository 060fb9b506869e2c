// Export, import and delete-all of everything the extension keeps in storage.local.
import { ManualEntrySchema } from '../core/activity';
import type { Profile } from '../core/profile';
import { z } from '../core/zod';
import { browser } from './browser';
import { checkEntries } from './history-store';
import { AnalyzedSchema } from './messages';
import type { Settings } from './settings';
import { STORAGE_KEYS } from './storage-keys';
import { PROFILE_ITEM, SETTINGS_ITEM } from './stored';
import { migrate, type StorageArea, saveItem, type VersionedItemSpec } from './versioned-item';

export const BACKUP_FORMAT = 'cramp-check-backup';
/** Bumped when the file layout changes; a file from a newer version is refused, not guessed at. */
export const BACKUP_FORMAT_VERSION = 1;

const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().check(z.int(), z.positive()),
  exportedAt: z.optional(z.string()),
  data: z.record(z.string(), z.unknown()),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** What an import would write: known keys parsed by their schemas, anything unknown left out. */
export interface ImportPlan {
  profile?: Profile;
  settings?: Settings;
  /** Other keys (history, manual entries, last analysis, recovered copies…), validated, stored as they are. */
  other: Record<string, unknown>;
  skipped: string[];
}

const local = () => browser.storage.local;
const area = () => local() as unknown as StorageArea;

/** Every key in storage.local, exactly as stored (versioned values keep their envelope). */
export const readAllData = async (): Promise<Record<string, unknown>> => local().get(null);

export async function exportBackup(now: Date): Promise<BackupFile> {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, exportedAt: now.toISOString(), data: await readAllData() };
}

/** cramp-check-YYYY-MM-DD.json, dated in the runner's own time zone. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cramp-check-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

function parseVersioned<T>(spec: VersionedItemSpec<T>, raw: unknown): T {
  const parsed = spec.schema.safeParse(migrate(spec, raw));
  if (!parsed.success) throw new Error(`the ${spec.key} entry is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function checkOther(key: string, raw: unknown): boolean {
  if (key === STORAGE_KEYS.history) {
    // Versioned like the profile; stored as it is in the file and migrated when read.
    const checked = checkEntries(raw, new Date());
    if (!checked || checked.bad.length > 0) throw new Error('the history entry is not valid');
    return true;
  }
  if (key === STORAGE_KEYS.trainingLogImportedAt) {
    if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new Error('the training log import time is not valid');
    return true;
  }
  if (key === 'lastAnalysis' && !AnalyzedSchema.safeParse(raw).success) throw new Error('the last analysis entry is not valid');
  if (key.startsWith('manual:') && !ManualEntrySchema.safeParse(raw).success) throw new Error(`the manual entry ${key} is not valid`);
  // Recovered copies are, by definition, values that could not be read: kept as they are.
  return key === 'lastAnalysis' || key.startsWith('manual:') || key.startsWith('backup:');
}

/** Reads a backup file's text. Any problem gives a message for the runner and no plan at all. */
export function parseBackup(text: string): { plan: ImportPlan } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON, so it is not a Cramp Check export. Nothing was changed.' };
  }
  const file = BackupFileSchema.safeParse(json);
  if (!file.success) return { error: 'This file is not a Cramp Check export. Nothing was changed.' };
  if (file.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return { error: 'This export was made by a newer version of Cramp Check: update the extension first. Nothing was changed.' };
  }
  const plan: ImportPlan = { other: {}, skipped: [] };
  try {
    for (const [key, raw] of Object.entries(file.data.data)) {
      if (key === PROFILE_ITEM.key) plan.profile = parseVersioned(PROFILE_ITEM, raw);
      else if (key === SETTINGS_ITEM.key) plan.settings = parseVersioned(SETTINGS_ITEM, raw);
      else if (checkOther(key, raw)) plan.other[key] = raw;
      else plan.skipped.push(key);
    }
  } catch (e) {
    return { error: `This export can't be used: ${e instanceof Error ? e.message : String(e)}. Nothing was changed.` };
  }
  return { plan };
}

/** Writes the plan over what is stored; keys the file does not mention are kept. */
export async function applyImport(plan: ImportPlan): Promise<void> {
  if (plan.profile) await saveItem(area(), PROFILE_ITEM, plan.profile);
  if (plan.settings) await saveItem(area(), SETTINGS_ITEM, plan.settings);
  if (Object.keys(plan.other).length > 0) await local().set(plan.other);
}
