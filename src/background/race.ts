import { planRace, type RacePlan, raceInput, type SavedRace } from '../core/race/index';
import type { Profile } from '../core/profile';
import { loadHistory } from '../platform/history-store';

/** A saved race planned with the stored profile and history (cramp logs, weigh-ins) in the background. */
export async function planSavedRace(race: SavedRace, profile: Profile, now: Date): Promise<RacePlan> {
  return planRace(raceInput(race), profile, (await loadHistory(undefined, now)).value);
}
