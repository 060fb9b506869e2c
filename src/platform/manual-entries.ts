/**
 * Values the runner typed in for one activity the page did not show, remembered per activity by
 * the background (the content script never touches storage for them). Each value is
 * range-checked on the way in and out: a damaged stored entry keeps only the values that still
 * make sense (the stored value itself is left as it is).
 */
import { type ActivityDraft, ManualEntrySchema } from '../core/activity';
import { MANUAL_FIELDS } from '../core/limits';
import { localArea, sessionArea } from './cached-storage';
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

/** Session (gone with the browser, cleared by "Delete all data"): typed values kept for one tab's view only. */
const session = () => sessionArea() ?? localArea();
const viewKey = (tabId: number) => `viewManual:${tabId}`;

/**
 * Values typed for an activity that must not be stored: someone else's (never stored under their
 * id), or any on a page opened before "Delete all data". They are used for that tab's view of that
 * activity only, remembered in session storage when `remember` (not after a deletion: nothing is
 * written then), and merged over what was stored before.
 */
export async function viewOnlyManualEntry(site: string, activityId: string, typed: TypedValues | undefined, tabId: number | undefined, remember: boolean) {
  const { entry: added, refused } = checkManualEntry(typed ?? {});
  const kept = tabId === undefined ? undefined : ((await session().get(viewKey(tabId)))[viewKey(tabId)] as { site?: unknown; activityId?: unknown; entry?: unknown } | undefined);
  const sameView = kept?.site === site && kept.activityId === activityId;
  const entry = { ...(await loadManualEntry(site, activityId)), ...(sameView ? checkManualEntry(kept?.entry).entry : {}), ...added };
  if (remember && tabId !== undefined && Object.keys(added).length > 0) await session().set({ [viewKey(tabId)]: { site, activityId, entry } });
  return { entry, refused };
}
