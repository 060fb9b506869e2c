/**
 * The sport, from the most structured source to the least: the public view's JSON type, the
 * classic heading "Athlete – Ride", then the document title "Name | Ride | Strava". Where the page
 * shows a workout type instead ("Race", "Workout"), a race marks `isRace` and the next source
 * is asked for the sport.
 */
import { attempt, type Draft, miss, setOnce } from '../shared/draft';
import { readSportName } from '../shared/sports';
import { cleanText, quoted } from '../shared/text';
import type { StravaReading } from './reading';

/** The word after the last dash of the classic heading ("Sample Athlete – Ride" → "Ride"). */
function headingWord(heading: string): string {
  const parts = heading.split(/\s[–—-]\s|[–—]/);
  return parts.length > 1 ? cleanText(parts.pop()) : '';
}

/** The segment before "| Strava" in the document title ("Lunch Ride | Ride | Strava" → "Ride"). */
function titleWord(title: string): string {
  const parts = title.split('|').map(cleanText);
  return parts.length > 2 && parts.pop()?.toLowerCase() === 'strava' ? (parts.pop() ?? '') : '';
}

export function readSport(draft: Draft, reading: StravaReading, publicTypes: readonly string[]): void {
  attempt(draft, 'sport', () => {
    const names = [...publicTypes, headingWord(reading.heading), titleWord(reading.title)].filter((name) => name !== '');
    const tag = reading.workoutTag;
    let isRace = false;
    for (const name of [...names, tag]) {
      const sportName = readSportName(name);
      if (sportName && 'race' in sportName) isRace = true;
      // The tag only tells whether it was a race; the sport comes from the names.
      if (sportName && 'sport' in sportName && name !== tag) setOnce(draft, 'sport', sportName.sport);
    }
    if (draft.activity.sport === undefined) miss(draft, 'sport', names.length ? `sport not recognised in ${names.map(quoted).join(', ')}` : 'no sport shown');
    if (isRace) setOnce(draft, 'isRace', true);
  });
}
