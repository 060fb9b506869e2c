import type { Offer, SavedRace } from '../core/race/index';
import { toStored, type Units } from '../core/units';
import { type MessageKey, t } from '../platform/i18n';

/** What the race form holds while the runner types: text as typed, so nothing typed is lost. */
export interface StationRow {
  at: string;
  offers: Offer[];
}

export interface RaceFields {
  name: string;
  date: string;
  time: string;
  goal: string;
  goalIsPace: boolean;
  sport: SavedRace['sport'];
  stations: StationRow[];
  /** The runner's products carried, by name; null: all of them (nothing picked yet). */
  carry: string[] | null;
}

/** "3:45" → 13,500 s, "3:45:30" → 13,530 s; as a pace "5:20" → 320 s. Null when not a time. */
export function parseClock(text: string, pace: boolean): number | null {
  const m = /^\s*(\d{1,3}):([0-5]\d)(?::([0-5]\d))?\s*$/.exec(text);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  const s = pace ? (c === null ? a * 60 + b : null) : a * 3600 + b * 60 + (c ?? 0);
  return s !== null && s > 0 ? s : null;
}

const num = (text: string) => Number(text.trim().replace(',', '.'));

/** The race to save, or the first problem, said in the runner's words. */
export function raceFromFields(f: RaceFields, course: SavedRace['course'] | null, units: Units): { race: SavedRace } | { problem: string } {
  const fail = (key: MessageKey, ...subs: string[]) => ({ problem: t(key, ...subs) });
  if (!course) return fail('raceNeedCourse');
  if (f.name.trim() === '') return fail('raceNeedName');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.date) || !/^\d{2}:\d{2}$/.test(f.time)) return fail('raceNeedDate');
  const clock = parseClock(f.goal, f.goalIsPace);
  if (clock === null) return fail('raceBadGoal');
  const goalTimeS = f.goalIsPace ? Math.round((clock * course.distanceM) / toStored('distance', 1, units)) : clock;
  if (goalTimeS > 7 * 24 * 3600) return fail('raceBadGoal');
  const stations: SavedRace['stations'] = [];
  const maxShown = String(Math.floor((course.distanceM / toStored('distance', 1, units)) * 10) / 10);
  for (const [i, row] of f.stations.entries()) {
    const atM = toStored('distance', num(row.at), units);
    if (!(atM > 0 && atM < course.distanceM)) return fail('raceBadStation', String(i + 1), maxShown);
    stations.push({ atM: Math.round(atM), offers: row.offers });
  }
  const race: SavedRace = { name: f.name.trim().slice(0, 100), course, date: f.date, time: f.time, goalTimeS, sport: f.sport, stations };
  if (f.carry !== null) race.carry = f.carry;
  return { race };
}

/** The form filled from a saved race, in the runner's units. */
export function fieldsFromRace(race: SavedRace, units: Units): RaceFields {
  const h = Math.floor(race.goalTimeS / 3600);
  const m = Math.round((race.goalTimeS % 3600) / 60);
  const shown = (atM: number) => String(Math.round((atM / toStored('distance', 1, units)) * 100) / 100);
  return {
    name: race.name,
    date: race.date,
    time: race.time,
    goal: `${h}:${String(m).padStart(2, '0')}`,
    goalIsPace: false,
    sport: race.sport,
    stations: race.stations.map((s) => ({ at: shown(s.atM), offers: [...s.offers] })),
    carry: race.carry ? [...race.carry] : null,
  };
}
