import type { Activity, ActivityDraft, TemperatureSource } from '../core/activity';

export type ReadState = 'ready' | 'partial' | 'unreadable';

/** The three values the panel contract calls essential (see README, "Panel contract"). */
export const ESSENTIAL_FIELDS = ['movingS', 'distanceM', 'temperatureC'] as const;

export function readState(draft: ActivityDraft): ReadState {
  const known = ESSENTIAL_FIELDS.filter((field) => draft[field] !== undefined).length;
  if (known === ESSENTIAL_FIELDS.length) return 'ready';
  return known === 0 ? 'unreadable' : 'partial';
}

/** What the page showed, overlaid by what the runner typed in for this activity. */
export function mergeManual(
  read: ActivityDraft,
  readSource: TemperatureSource | undefined,
  manual: ActivityDraft,
): ActivityDraft {
  const merged: ActivityDraft = { ...read, ...manual };
  const temperatureSource = manual.temperatureC !== undefined ? 'manual' : readSource;
  if (merged.temperatureC !== undefined && temperatureSource) merged.temperatureSource = temperatureSource;
  return merged;
}

/** An analyzable activity, once a duration is known (moving time, else elapsed time). */
export function toActivity(draft: ActivityDraft, source: string, id: string): Activity | null {
  const movingS = draft.movingS ?? draft.elapsedS;
  if (movingS === undefined || movingS <= 0) return null;
  return { ...draft, sport: draft.sport ?? 'other', movingS, source, id };
}
