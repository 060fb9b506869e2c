/**
 * Values the runner typed in for one activity the page did not show, remembered per activity by
 * the background (the content script never touches storage for them). Each value is
 * range-checked on the way in and out: a damaged stored entry keeps only the values that still
 * make sense (the stored value itself is left as it is).
 */
import { type ActivityDraft, ManualEntrySchema } from '../core/activity';
import { MANUAL_FIELDS } from '../core/limits';
import { localArea } from './cached-storage';
import type { TypedValues } from './messages';
import { manualEntryKey } from './storage-keys';
import { queuedWrite } from './write-queue';

/** The plausible values of `raw`; `refused` names the fields that were not. */
export function checkManualEntry(raw: unknown): { entry: ActivityDraft; refused: string[] } {
  const entry: ActivityDraft = {};
  const refused: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { entry, refused };
  for (const field of MANUAL_FIELDS) {
    const value = Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
    if (value === undefined) continue;
    // Field by field through the stored schema (its limits are core/limits.ts MANUAL_LIMITS, as the form's).
    const checked = ManualEntrySchema.shape[field].safeParse(value);
    if (checked.success && checked.data !== undefined) entry[field] = checked.data;
    else refused.push(field);
  }
  return { entry, refused };
}

const local = localArea;

export async function loadManualEntry(site: string, activityId: string): Promise<ActivityDraft> {
  const key = manualEntryKey(site, activityId);
  return checkManualEntry((await local().get(key))[key]).entry;
}

/** Merges `typed` into the stored entry, in the background's one write queue; returns the entry as stored and what was refused. */
export function addManualEntry(site: string, activityId: string, typed: TypedValues): Promise<{ entry: ActivityDraft; refused: string[] }> {
  return queuedWrite(async () => {
    const { entry: added, refused } = checkManualEntry(typed);
    const entry = { ...(await loadManualEntry(site, activityId)), ...added };
    if (Object.keys(added).length > 0) await local().set({ [manualEntryKey(site, activityId)]: entry });
    return { entry, refused };
  });
}
