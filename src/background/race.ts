import type { Activity } from '../core/activity';
import { planRace, type RacePlan, raceInput, type SavedRace } from '../core/race/index';
import { type PlannedRace, plannedRace } from '../core/race/review';
import type { Profile } from '../core/profile';
import { loadHistory } from '../platform/history-store';
import { raceOfActivity } from '../platform/races';

/** A saved race planned with the stored profile and history (cramp logs, weigh-ins) in the background. */
export async function planSavedRace(race: SavedRace, profile: Profile, now: Date): Promise<RacePlan> {
  return planRace(raceInput(race), profile, (await loadHistory(undefined, now)).value);
}

/** The saved race a runner's own activity is, with the plan it was given, for the panel's after-race section; null when none. */
export async function raceOf(activity: Activity, profile: Profile, now: Date): Promise<PlannedRace | null> {
  const race = await raceOfActivity(activity, now);
  return race ? plannedRace(race, await planSavedRace(race, profile, now)) : null;
}
