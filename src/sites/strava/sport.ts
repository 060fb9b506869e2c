/**
 * The sport, from the most structured source to the least: the public view's JSON type, the
 * classic heading "Athlete – Ride", then the document title "Name | Ride | Strava". Where the page
 * shows a workout type instead ("Race", "Workout"), a race marks `isRace` and the next source
 * is asked for the sport.
 */
import type { Sport } from '../../core/activity';
import { readSportName } from '../shared/sports';
import { cleanText, quoted, textOf } from '../shared/text';
import { firstMatch, SELECTORS } from './selectors';

export interface SportFinding {
  sport?: Sport;
  isRace?: true;
  problem?: string;
}

/** The word after the last dash of the classic heading ("Sample Athlete – Ride" → "Ride"). */
function headingWord(doc: Document): string {
  const parts = textOf(firstMatch(doc, SELECTORS.headingTitle)).split(/\s[–—-]\s|[–—]/);
  return parts.length > 1 ? cleanText(parts[parts.length - 1]) : '';
}

/** The segment before "| Strava" in the document title ("Lunch Ride | Ride | Strava" → "Ride"). */
function titleWord(doc: Document): string {
  const parts = textOf(doc.querySelector('title')).split('|').map(cleanText);
  return parts.length >= 3 && parts[parts.length - 1]?.toLowerCase() === 'strava' ? (parts[parts.length - 2] ?? '') : '';
}

export function readSport(doc: Document, publicTypes: readonly string[]): SportFinding {
  const names = [...publicTypes, headingWord(doc), titleWord(doc)].filter((name) => name !== '');
  const tag = textOf(firstMatch(doc, SELECTORS.workoutTypeTag));
  const finding: SportFinding = {};
  for (const name of [...names, tag]) {
    const reading = readSportName(name);
    if (reading && 'race' in reading) finding.isRace = true;
    if (reading && 'sport' in reading && finding.sport === undefined && name !== tag) finding.sport = reading.sport;
  }
  if (finding.sport === undefined) {
    finding.problem = names.length === 0 ? 'no sport shown' : `sport not recognised in ${names.map(quoted).join(', ')}`;
  }
  return finding;
}
