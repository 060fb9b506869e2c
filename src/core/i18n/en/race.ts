import type { RaceProblem } from '../../race/race-input';
import type { Catalogue } from '../types';

/** English words of the race plan (race/): item names, the pacing note, and why input was set aside. */
export const race = {
  raceItemGel: () => 'gel',
  raceItemStationGel: () => 'gel from the station',
  raceItemCapsule: () => 'salt capsule',
  raceItemFlask: () => 'flask 500 mL, filled at the start',
  raceItemFlaskAtStation: () => 'flask 500 mL, filled at the station',
  raceHoldBack: () =>
    'You have cramped before: run the first legs no faster than this plan. Cramping runners often started faster than their own predicted pace, and cramps come mostly late in a race.',
  raceInvalid: (p: { problem: RaceProblem; value: string }) =>
    ({
      distance: `The course distance (${p.value}) is not a distance in metres between 0 and 1,000 km.`,
      'goal-time': `The goal time (${p.value}) is not a time in seconds up to a week.`,
      start: `The start (${p.value}) is not a date with a time of day.`,
      'station-outside': `An aid station at ${p.value} m lies outside the course and was left out.`,
      'station-unreadable': `An aid station's distance (${p.value}) could not be read and was left out.`,
      'weather-hour': `A forecast hour (${p.value}) could not be read and was left out.`,
    })[p.problem],
};
export type RaceMessages = Catalogue<typeof race>;
