/**
 * The logged-in page's own numbers: its inline script sets `pageView.activity().set({ distance:
 * 5191.1, elev_gain: 8.0, moving_time: 755, startDateLocal: 1551092642, … })`. Read as text, never
 * run. Units, checked on the seven real pages in tests/fixtures/strava against what each shows:
 * distance and elev_gain in metres, moving_time in seconds, startDateLocal the local wall clock in
 * seconds since 1970 as if it were UTC (1551092642 = "11:04 AM on Monday, February 25, 2019").
 * These numbers are the same in every page language, so a page whose labels we cannot read (a
 * language without a checked source, src/sites/shared/labels.ts) still gives its distance, moving
 * time, elevation gain and start.
 *
 * The DOM shows the same values rounded for display ("5.19 km", "0.01 km", "8 m"), so the two are
 * compared with the display's precision: a shown "0.01 km" is 10–20 m, and a 14 s, 18 m activity
 * agrees with it. When they disagree beyond that, the shown value was misread (separator, unit) and
 * the page's own number is used instead; when the DOM shows nothing, the page's number is used.
 */
import { wallClockMs } from '../../core/start-time';
import { type Draft, offer, reject, setOnce } from '../shared/draft';
import { damagedNumber } from '../shared/text';
import { METERS_PER, unitFromSymbol, unitFromTitle } from '../shared/units';
import type { RawCell } from './reading';

/** `key: 123.4` pairs of the literal; only plain finite numbers. */
export function pageViewNumbers(text: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [, key = '', value = ''] of text.slice(0, 2000).matchAll(/\b([a-z_]{1,40})\s*:\s*(-?\d{1,12}(?:\.\d{1,12})?)\s*(?=[,}\n]|$)/gi)) {
    found[key] = Number(value);
  }
  return found;
}

/**
 * The distance one step of the shown value stands for, in metres ("5.19 km" → 10 m; "6.47 mi" →
 * 16 m). Strava shows kilometres and miles with two decimals (every saved page does), so a shown
 * value with fewer ("6 mi", a cut or damaged text) is held to that precision, not widened to a mile.
 */
export function displayStepM(cell: RawCell | undefined): number {
  // Damaged text ("6\uFEFF.47 mi") says nothing about the display's precision: no tolerance.
  if (!cell || damagedNumber(cell.value)) return 0;
  const shownDecimals = /\d[.,](\d{1,3})(?!\d)/.exec(cell.value)?.[1]?.length ?? 0;
  const unit = unitFromTitle(cell.unitTitle) ?? unitFromSymbol(cell.value.replace(/^[\d\s.,'’]+/, ''));
  const decimals = unit === 'km' || unit === 'mi' ? Math.max(shownDecimals, 2) : shownDecimals;
  return (METERS_PER[unit ?? 'm'] ?? 1) / 10 ** decimals;
}

/** One display step of a shown elevation: Strava prints it in whole metres or feet. */
export function elevationStepM(cell: RawCell | undefined): number {
  if (!cell || damagedNumber(cell.value)) return 0;
  const unit = unitFromTitle(cell.unitTitle) ?? unitFromSymbol(cell.value.replace(/^[\d\s.,'’]+/, ''));
  return METERS_PER[unit ?? 'm'] ?? 1;
}

/** The cells the page's numbers are compared with. */
export interface ShownCells {
  distance?: RawCell | undefined;
  elevation?: RawCell | undefined;
}

/** Cross-checks the DOM's distance, moving time, elevation gain and start with the page's own numbers (see above). */
export function crossCheckPageView(draft: Draft, literal: string, shown: ShownCells): void {
  const numbers = pageViewNumbers(literal);
  const checks = [
    ['distanceM', numbers.distance, displayStepM(shown.distance)],
    ['movingS', numbers.moving_time, 1],
    ['elevationGainM', numbers.elev_gain, elevationStepM(shown.elevation)],
  ] as const;
  for (const [field, exact, step] of checks) {
    if (exact === undefined) continue;
    const value = draft.activity[field];
    // Display rounding may go either way (rounded or cut off): one display step either side.
    if (value !== undefined && Math.abs(value - exact) <= step + 0.5) continue;
    if (value !== undefined) reject(draft, field, `the page shows ${value}, its own data says ${exact}`);
    // reject() leaves the field empty: the page's own number takes its place when plausible.
    delete draft.activity[field];
    offer(draft, field, field === 'movingS' ? Math.round(exact) : exact);
  }
  checkStart(draft, numbers.startDateLocal);
}

/** The shown start is to the minute: it agrees with the page's own when within that minute. */
function checkStart(draft: Draft, localSeconds: number | undefined): void {
  if (localSeconds === undefined || !Number.isInteger(localSeconds) || localSeconds <= 0) return;
  const exact = new Date(localSeconds * 1000);
  if (Number.isNaN(exact.getTime())) return;
  const own = exact.toISOString().slice(0, 19);
  const shown = draft.activity.startTime;
  const shownMs = wallClockMs(shown);
  if (shownMs !== null && shown !== undefined && shown.length > 10 && shownMs >= exact.getTime() - 60_000 && shownMs <= exact.getTime()) return;
  // A date without a time (a page that shows no clock) is completed by the page's own clock.
  if (shown === own.slice(0, 10)) {
    draft.activity.startTime = own;
    return;
  }
  if (shown !== undefined) reject(draft, 'startTime', `the page shows ${shown}, its own data says ${own}`);
  setOnce(draft, 'startTime', own);
}
