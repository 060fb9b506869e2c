/**
 * The sport, from the most structured source to the least: the public view's JSON type, the
 * classic heading "Athlete – Ride", then the document title "Name | Ride | Strava". Where the page
 * shows a workout type instead ("Race", "Workout"), a race marks `isRace` and the next source
 * is asked for the sport.
 */
import { attempt, type Draft, miss, setOnce } from '../shared/draft';
import { readSportName } from '../shared/sports';
import { cleanText, quoted, textOf } from '../shared/text';
import { firstMatch, HEADING_TITLE, WORKOUT_TYPE_TAG } from './selectors';

/** The word after the last dash of the classic heading ("Sample Athlete – Ride" → "Ride"). */
function headingWord(doc: Document): string {
  const parts = textOf(firstMatch(doc, HEADING_TITLE)).split(/\s[–—-]\s|[–—]/);
  return parts.length > 1 ? cleanText(parts.pop()) : '';
}

/** The segment before "| Strava" in the document title ("Lunch Ride | Ride | Strava" → "Ride"). */
function titleWord(doc: Document): string {
  const parts = textOf(doc.querySelector('title')).split('|').map(cleanText);
  return parts.length > 2 && parts.pop()?.toLowerCase() === 'strava' ? (parts.pop() ?? '') : '';
}

export function readSport(draft: Draft, doc: Document, publicTypes: readonly string[]): void {
  attempt(draft, 'sport', () => {
    const names = [...publicTypes, headingWord(doc), titleWord(doc)].filter((name) => name !== '');
    const tag = textOf(firstMatch(doc, WORKOUT_TYPE_TAG));
    let isRace = false;
    for (const name of [...names, tag]) {
      const reading = readSportName(name);
      if (reading && 'race' in reading) isRace = true;
      // The tag only tells whether it was a race; the sport comes from the names.
      if (reading && 'sport' in reading && name !== tag) setOnce(draft, 'sport', reading.sport);
    }
    if (draft.activity.sport === undefined) miss(draft, 'sport', names.length ? `sport not recognised in ${names.map(quoted).join(', ')}` : 'no sport shown');
    if (isRace) setOnce(draft, 'isRace', true);
  });
}
