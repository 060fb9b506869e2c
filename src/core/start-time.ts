import { TEXT_LIMITS } from './limits';
import { z } from './zod';

/**
 * When an activity started: the LOCAL wall-clock time where it happened, as the site shows it
 * (`2026-01-08`, `2026-01-08T08:10`, `2026-01-08T08:10:21.5`), followed by the offset of that wall
 * clock (`+01:00`, `-10:00`, `Z` when local time is UTC) whenever the site gives the instant too
 * (Garmin's `startTimeGMT`, intervals.icu's `start_date`, Strava's training log `start_time`).
 * Strava's activity pages and Runalyze print the local clock only: then the value has no offset
 * and its zone is, by definition, the zone of the place and day of the activity — never the
 * machine's. Nothing here ever reads a start time in the machine's zone (docs/design.md, "Start
 * times"; tests run in UTC−10, UTC and UTC+14).
 */
export const START_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export const StartTimeSchema = z.string().check(z.maxLength(TEXT_LIMITS.time), z.regex(START_TIME));

/** One hour and one day in milliseconds: the units every window, retention and tolerance is counted in. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * A start further ahead of `nowMs` than this is no real activity (a page's typo, or a hostile
 * page): every reader refuses it and the history never stores it. A wall clock runs at most 14 h
 * ahead of UTC, so a day's margin refuses no real activity.
 */
export const MAX_FUTURE_MS = DAY_MS;
/** Whether `startTime` starts more than a day after `nowMs`; an unreadable start is not this check's business. */
export function startsTooFarAhead(startTime: unknown, nowMs: number): boolean {
  const ms = wallClockMs(startTime);
  return ms !== null && ms > nowMs + MAX_FUTURE_MS;
}

/**
 * The wall clock read as if it were UTC, in ms: the offset is ignored on purpose, so 30-day windows,
 * ordering and calendar weeks are counted in the runner's own calendar and give the same answer on
 * any machine in any zone (`Date.parse` reads an offset-less time in the machine's zone). Null when
 * the value is not a start time or names an impossible date or clock.
 */
export function wallClockMs(startTime: unknown): number | null {
  if (typeof startTime !== 'string') return null;
  const fast = commonShapeMs(startTime);
  if (fast !== NOT_COMMON) return fast;
  const m = START_TIME.exec(startTime);
  if (!m) return null;
  return clockMs(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

function clockMs(year: number, month: number, day: number, hours: number, minutes: number, seconds: number): number | null {
  // Date.UTC would roll 31 February into March and 24:00 into tomorrow: refuse instead.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hours > 23 || minutes > 59 || seconds > 59) return null;
  // Date.UTC reads years 0–99 as 1900–1999: left to it, so such a start reads as it always did.
  if (year < 100) return Date.UTC(year, month - 1, day, hours, minutes, seconds);
  return ((daysFromCivil(year, month, day) * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil): what Date.UTC
 * counts, in plain arithmetic, which costs half a call into Date.UTC (a history's thousands of
 * starts are read on every new history array). tests/core/start-time.test.ts compares the two.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The two digits at `at` as a number, or NaN. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The shapes sites write (`2026-01-08`, `…T08:10`, `…T08:10:21`, `…T08:10:21.5`, each with or
 * without `Z` or `±hh:mm`) read without the regular expression, and without building a list of
 * fields: the history's thousands of starts are read on every new history array. Its time as
 * wallClockMs gives it (null for an impossible date or clock); any other text is left to
 * START_TIME (NOT_COMMON here), so both read every value alike (tests/core/start-time.test.ts
 * compares them).
 */
function commonShapeMs(s: string): number | null {
  const n = s.length;
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NOT_COMMON;
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (Number.isNaN(year + month + day)) return NOT_COMMON;
  if (n === 10) return clockMs(year, month, day, 0, 0, 0);
  if (s.charCodeAt(10) !== 84 || n < 16 || s.charCodeAt(13) !== 58) return NOT_COMMON;
  const hours = twoDigits(s, 11);
  const minutes = twoDigits(s, 14);
  let at = 16;
  let seconds = 0;
  if (s.charCodeAt(at) === 58) {
    seconds = twoDigits(s, at + 1);
    at += 3;
    // A fraction of a second (1 to 9 digits) is allowed and not read.
    if (s.charCodeAt(at) === 46) {
      const first = ++at;
      while (at < n && at - first < 9 && s.charCodeAt(at) >= 48 && s.charCodeAt(at) <= 57) at++;
      if (at === first) return NOT_COMMON;
    }
  }
  if (Number.isNaN(hours + minutes + seconds)) return NOT_COMMON;
  // The zone: none, Z, or ±hh:mm, and then the end.
  const zone = s.charCodeAt(at);
  const zoneOk = at === n || (zone === 90 && at + 1 === n) || ((zone === 43 || zone === 45) && at + 6 === n && !Number.isNaN(twoDigits(s, at + 1) + twoDigits(s, at + 4)) && s.charCodeAt(at + 3) === 58);
  return zoneOk ? clockMs(year, month, day, hours, minutes, seconds) : NOT_COMMON;
}

/** Not one of the common shapes: a value no time is (Date.UTC never gives -0.5). */
const NOT_COMMON = -0.5;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/**
 * An instant written with a time and its offset (`2016-12-11T14:45:50+0000` as Strava writes it,
 * `…+01:00`, `…Z`; none means UTC) → epoch ms and the offset in minutes, or null. The clock is
 * read by wallClockMs, like every start time.
 */
export function instantOf(value: unknown): { ms: number; offsetMin: number } | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = /^(\d{4}-\d{2}-\d{2}T[\d:.]+?)(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  const wall = m?.[1] === undefined ? null : wallClockMs(m[1]);
  if (m === null || wall === null) return null;
  const zone = m[2] ?? 'Z';
  const offsetMin = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return { ms: wall - offsetMin * 60_000, offsetMin };
}

/** The calendar date the activity started on, as the runner saw it (`YYYY-MM-DD`), or null. */
export function localDate(startTime: unknown): string | null {
  return wallClockMs(startTime) === null ? null : (startTime as string).slice(0, 10);
}

/**
 * `localWall` (a wall clock without offset) with the offset that makes it `utcInstant` (the same
 * moment in UTC, with or without a trailing `Z`), e.g. `2026-01-08T08:10:21` + `2026-01-08T14:10:21.0`
 * → `2026-01-08T08:10:21-06:00`. The wall clock alone when the instant is missing or unreadable,
 * or when the two disagree by more than a real zone can (beyond ±14 h, or not on a quarter hour).
 */
export function withOffset(localWall: string, utcInstant: unknown): string {
  const local = wallClockMs(localWall);
  const utc = typeof utcInstant === 'string' && !/[+-]\d{2}:\d{2}$/.test(utcInstant) ? wallClockMs(utcInstant) : null;
  if (local === null || utc === null || localWall.length < 16 || /(?:Z|[+-]\d{2}:\d{2})$/.test(localWall)) return localWall;
  const offsetMin = Math.round((local - utc) / 60_000);
  if (Math.abs(offsetMin) > 14 * 60 || offsetMin % 15 !== 0) return localWall;
  return `${localWall}${offsetSuffix(offsetMin)}`;
}

/** `Z`, `+05:45`, `-10:00`: how ISO 8601 writes an offset of `offsetMin` minutes east of UTC. */
export function offsetSuffix(offsetMin: number): string {
  if (offsetMin === 0) return 'Z';
  const abs = Math.abs(offsetMin);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
