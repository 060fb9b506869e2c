/**
 * The domain rules of one page read (the background decides, the content script only
 * renders): the read state of the panel contract, what the panel asks for, how the runner's typed
 * values overlay the page's, and when a reading becomes an analyzable activity.
 */
import type { Activity, ActivityDraft, TemperatureSource } from '../core/activity';
import type { ManualField, ReadState } from '../platform/messages';

export type { ReadState };

/** The three values the panel contract calls essential (see README, "Panel contract"). */
export const ESSENTIAL_FIELDS = ['movingS', 'distanceM', 'temperatureC'] as const;

export function readState(draft: ActivityDraft): ReadState {
  const known = ESSENTIAL_FIELDS.filter((field) => draft[field] !== undefined).length;
  if (known === ESSENTIAL_FIELDS.length) return 'ready';
  return known === 0 ? 'unreadable' : 'partial';
}

/** The essential values the runner is asked for: those missing; humidity only beside a typed temperature; the weather again when it was looked up. */
export function missingFields(draft: ActivityDraft): ManualField[] {
  // A page that shows elapsed but not moving time still gives a usable duration.
  const missing: ManualField[] = ESSENTIAL_FIELDS.filter((field) => draft[field] === undefined && !(field === 'movingS' && draft.elapsedS !== undefined));
  if (missing.includes('temperatureC') && draft.humidityPct === undefined) missing.push('humidityPct');
  // Looked-up weather is near the start, not measured: the runner can still type their own.
  if (draft.temperatureSource === 'lookup') missing.push('temperatureC', 'humidityPct');
  return missing;
}

/** What the page showed, overlaid by what the runner typed in for this activity. */
export function mergeManual(read: ActivityDraft, readSource: TemperatureSource | undefined, manual: ActivityDraft): ActivityDraft {
  const merged: ActivityDraft = { ...read, ...manual };
  const temperatureSource = manual.temperatureC !== undefined ? 'manual' : readSource;
  if (merged.temperatureC !== undefined && temperatureSource) merged.temperatureSource = temperatureSource;
  else delete merged.temperatureSource;
  return merged;
}

/** An analyzable activity, once a duration is known (moving time, else elapsed time). */
export function toActivity(draft: ActivityDraft, source: string, id: string): Activity | null {
  const movingS = draft.movingS ?? draft.elapsedS;
  if (movingS === undefined || movingS <= 0) return null;
  return { ...draft, sport: draft.sport ?? 'other', movingS, source, id };
}
