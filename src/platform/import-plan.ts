// Reading a backup file into what an import would write. Pure: nothing here touches storage.
import { type Activity, type ManualEntry, ManualEntrySchema } from '../core/activity';
import type { Profile } from '../core/profile';
import { TEXT_LIMITS } from '../core/limits';
import { text, z } from '../core/zod';
import { checkEntries } from './history-store';
import { type Analyzed, AnalyzedSchema } from './messages';
import type { Settings } from './settings';
import { STORAGE_KEYS } from './storage-keys';
import { PROFILE_ITEM, SETTINGS_ITEM } from './stored';
import type { SavedRace } from '../core/race/index';
import { RACES_ITEM } from './races';
import { migrate, type VersionedItemSpec } from './versioned-item';
import { t } from './i18n';

export const BACKUP_FORMAT = 'cramp-check-backup';
/** Bumped when the file layout changes; a file from a newer version is refused, not guessed at. */
export const BACKUP_FORMAT_VERSION = 1;

export const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().check(z.int(), z.positive()),
  exportedAt: z.optional(text(TEXT_LIMITS.time)),
  data: z.record(text(TEXT_LIMITS.id), z.unknown()),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;


/** Why a key of the file is not imported (the preview lists them). */
export type DiscardReason = 'kept-aside' | 'cache' | 'this-browser' | 'unknown' | 'invalid';

/**
 * What an import would write, every value parsed by its schema (unknown fields dropped). The
 * history is MERGED by activity into the stored one when applied (import-apply.ts), never
 * written over it.
 */
export interface ImportPlan {
  profile?: Profile;
  settings?: Settings;
  history: Activity[];
  /** History entries of the file that fail the stored schema (damaged, or starting in the future). */
  historyInvalid: number;
  manual: Record<string, ManualEntry>;
  lastAnalysis?: Analyzed;
  trainingLogImportedAt?: number;
  /** Saved races; merged by name into the stored ones when applied. */
  races?: SavedRace[];
  discarded: { key: string; reason: DiscardReason }[];
}

function parseVersioned<T>(spec: VersionedItemSpec<T>, raw: unknown): T {
  const parsed = spec.schema.safeParse(migrate(spec, raw));
  if (parsed.success) return parsed.data;
  // A text beyond its limit (limits.ts TEXT_LIMITS) is named with the limit, in the runner's language.
  const tooLong = parsed.error.issues.find((issue) => issue.code === 'too_big' && issue.origin === 'string');
  if (tooLong?.code === 'too_big') throw new Error(t('importTextTooLong', spec.key, tooLong.path.join('.'), String(tooLong.maximum)));
  throw new Error(`the ${spec.key} entry is not valid: ${z.prettifyError(parsed.error)}`);
}

/** One key of the file into the plan; false when it is not imported. */
function planKey(plan: ImportPlan, key: string, raw: unknown, now: Date): DiscardReason | null {
  if (key === PROFILE_ITEM.key) plan.profile = parseVersioned(PROFILE_ITEM, raw);
  else if (key === SETTINGS_ITEM.key) plan.settings = parseVersioned(SETTINGS_ITEM, raw);
  else if (key === RACES_ITEM.key) plan.races = parseVersioned(RACES_ITEM, raw);
  else if (key === STORAGE_KEYS.history) {
    const checked = checkEntries(raw, now);
    if (!checked) return 'invalid';
    plan.history = checked.good.filter((a) => a.id !== undefined);
    plan.historyInvalid = checked.bad.length + checked.good.length - plan.history.length;
  } else if (key.startsWith(STORAGE_KEYS.manualPrefix)) {
    const parsed = ManualEntrySchema.safeParse(raw);
    if (!parsed.success) return 'invalid';
    plan.manual[key] = parsed.data;
  } else if (key === STORAGE_KEYS.lastAnalysis) {
    const parsed = AnalyzedSchema.safeParse(raw);
    if (!parsed.success) return 'invalid';
    plan.lastAnalysis = parsed.data;
  } else if (key === STORAGE_KEYS.trainingLogImportedAt) {
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw > now.getTime()) return 'invalid';
    plan.trainingLogImportedAt = raw;
  } else if (key.startsWith(STORAGE_KEYS.backupPrefix)) return 'kept-aside';
  else if (key === STORAGE_KEYS.weatherCache) return 'cache';
  // What the exporting browser noted about itself (its undo copy, its cap count) is not this browser's.
  else if (key === STORAGE_KEYS.importUndo || key === STORAGE_KEYS.historyCapped) return 'this-browser';
  else return 'unknown';
  return null;
}

/** Reads a backup file's text. A file that is not an export, or a damaged profile or settings, gives a message and no plan. */
export function parseBackup(text: string, now: Date): { plan: ImportPlan } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: t('importNotJson') };
  }
  const file = BackupFileSchema.safeParse(json);
  if (!file.success) return { error: t('importNotExport') };
  if (file.data.formatVersion > BACKUP_FORMAT_VERSION) {
    return { error: t('importNewerVersion') };
  }
  const plan: ImportPlan = { history: [], historyInvalid: 0, manual: {}, discarded: [] };
  try {
    for (const [key, raw] of Object.entries(file.data.data)) {
      const reason = planKey(plan, key, raw, now);
      if (reason) plan.discarded.push({ key, reason });
    }
  } catch (e) {
    return { error: t('importUnusable', e instanceof Error ? e.message : String(e)) };
  }
  return { plan };
}
