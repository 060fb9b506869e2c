import type { InputNote } from '../analysis';
import { ACTIVITY_LIMITS } from '../limits';
import { wallClockMs } from '../start-time';
import type { ProfilePoint } from './grade-pacing';

/** What an aid station hands out. */
export const OFFERS = ['water', 'drink', 'gel', 'food'] as const;
export type Offer = (typeof OFFERS)[number];

export interface ForecastHour {
  /** The hour's wall-clock label on the course's own clock (`2026-10-04T09:00`). */
  time: string;
  temperatureC: number;
  humidityPct: number;
  /** Global short-wave, W/m², as Open-Meteo labels it: the mean over the hour BEFORE `time`. */
  radiationWm2?: number;
  /** Wind 10 m above ground, m/s. */
  windMs?: number;
}

/** Where and on which clock the sun is reckoned: without both, the forecast's sunshine is not counted. */
export interface RaceSky {
  place: { lat: number; lng: number };
  /** The course clock minus UTC, s. */
  utcOffsetS: number;
}

export interface RaceInput {
  course: { distanceM: number; points?: ProfilePoint[] };
  goalTimeS: number;
  /** Local date-time with offset (start-time.ts); the forecast's labels are on the same wall clock. */
  start: string;
  stations: { atM: number; offers?: Offer[] }[];
  weather?: ForecastHour[];
  sport?: 'run' | 'walk' | 'hike' | 'ride';
  /** Names of the runner's own products (profile `products`) carried in this race; absent: all of them. */
  carry?: string[];
  /** The course's start, for the sun's height (the forecast's sunshine counts only with it). */
  place?: { lat: number; lng: number };
  /** The course clock minus UTC, s (Open-Meteo's utc_offset_seconds); else read from `start`'s own offset, when written. */
  utcOffsetS?: number;
}

export interface CheckedRace {
  distanceM: number;
  points: ProfilePoint[];
  goalTimeS: number;
  startMs: number;
  stations: { atM: number; offers: Offer[] }[];
  weather: ForecastHour[];
  sport: 'run' | 'walk' | 'hike' | 'ride';
  /** The products picked for this race by name; null: every product of the runner's. */
  carry: string[] | null;
  sky: RaceSky | null;
}

type Bag = Record<string, unknown>;
const bag = (x: unknown): Bag => (typeof x === 'object' && x !== null ? (x as Bag) : {});
const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
/** A week: longer than any single race (the limit a stored activity has). */
const MAX_GOAL_S = ACTIVITY_LIMITS.movingS.max;

export type RaceProblem = 'distance' | 'goal-time' | 'start' | 'station-outside' | 'station-unreadable' | 'weather-hour';

/**
 * The race as the engine can use it, or null when nothing can be planned; everything set aside is
 * an `invalid` note (never a throw). Stations are sorted; one outside the course is set aside.
 */
export function checkRace(input: unknown, invalid: InputNote[], say: (p: RaceProblem, value: string) => string): CheckedRace | null {
  const race = bag(input);
  const course = bag(race.course);
  const distanceM = course.distanceM;
  let ok = true;
  if (!finite(distanceM) || !(distanceM > 0) || distanceM > ACTIVITY_LIMITS.distanceM.max) {
    invalid.push({ field: 'course.distanceM', message: say('distance', String(distanceM)) });
    ok = false;
  }
  if (!finite(race.goalTimeS) || !(race.goalTimeS > 0) || race.goalTimeS > MAX_GOAL_S) {
    invalid.push({ field: 'goalTimeS', message: say('goal-time', String(race.goalTimeS)) });
    ok = false;
  }
  const startMs = typeof race.start === 'string' && race.start.includes('T') ? wallClockMs(race.start) : null;
  if (startMs === null) {
    invalid.push({ field: 'start', message: say('start', String(race.start)) });
    ok = false;
  }
  if (!ok) return null;
  const d = distanceM as number;
  const points = (Array.isArray(course.points) ? course.points : [])
    .map(bag)
    .filter((p): p is { atM: number; eleM: number } => finite(p.atM) && finite(p.eleM) && p.atM >= 0 && p.atM <= d)
    .sort((a, b) => a.atM - b.atM);
  const stations: CheckedRace['stations'] = [];
  for (const [i, raw] of (Array.isArray(race.stations) ? race.stations : []).entries()) {
    const s = bag(raw);
    if (!finite(s.atM)) {
      invalid.push({ field: `stations.${i}`, message: say('station-unreadable', String(s.atM)) });
    } else if (!(s.atM > 0 && s.atM < d)) {
      // A station at the start or the finish line is no leg of its own.
      invalid.push({ field: `stations.${i}`, message: say('station-outside', String(s.atM)) });
    } else {
      const offers = (Array.isArray(s.offers) ? s.offers : []).filter((o): o is Offer => (OFFERS as readonly unknown[]).includes(o));
      stations.push({ atM: s.atM, offers });
    }
  }
  stations.sort((a, b) => a.atM - b.atM);
  const weather = (Array.isArray(race.weather) ? race.weather : []).map(bag).filter((h, i) => {
    const good = typeof h.time === 'string' && finite(h.temperatureC) && h.temperatureC >= -60 && h.temperatureC <= 60 && finite(h.humidityPct) && h.humidityPct >= 0 && h.humidityPct <= 100;
    if (!good) invalid.push({ field: `weather.${i}`, message: say('weather-hour', String(h.time)) });
    return good;
  }) as unknown as ForecastHour[];
  const sport = race.sport === 'walk' || race.sport === 'hike' || race.sport === 'ride' ? race.sport : 'run';
  const carry = Array.isArray(race.carry) ? race.carry.filter((name): name is string => typeof name === 'string') : null;
  return { distanceM: d, points, goalTimeS: race.goalTimeS as number, startMs: startMs as number, stations, weather, sport, carry, sky: skyOf(race) };
}

/** A written offset at the end of the start (`…+02:00`, `Z`), in seconds; null without one. */
function writtenOffsetS(start: unknown): number | null {
  if (typeof start !== 'string') return null;
  if (/T[\d:.]+Z$/i.test(start)) return 0;
  const m = /T[\d:.]+([+-])(\d{2}):?(\d{2})$/.exec(start);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60) : null;
}

function skyOf(race: Bag): RaceSky | null {
  const place = bag(race.place);
  const offset = finite(race.utcOffsetS) ? race.utcOffsetS : writtenOffsetS(race.start);
  if (!finite(place.lat) || !finite(place.lng) || Math.abs(place.lat) > 90 || Math.abs(place.lng) > 180) return null;
  if (offset === null || Math.abs(offset) > 14 * 3600) return null;
  return { place: { lat: place.lat, lng: place.lng }, utcOffsetS: offset };
}
