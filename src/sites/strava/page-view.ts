/**
 * The logged-in page's own numbers: its inline script sets `pageView.activity().set({ distance:
 * 5191.1, moving_time: 755, … })` (metres, seconds). Read as text, never run. The DOM shows the
 * same values rounded for display ("5.19 km", "0.01 km"), so the two are compared with the
 * display's precision: a shown "0.01 km" is 10–20 m, and a 14 s, 18 m activity agrees with it.
 * When they disagree beyond that, the shown value was misread (separator, unit) and the page's own
 * number is used instead; when the DOM shows nothing, the page's number is used.
 */
import { type Draft, offer, reject } from '../shared/draft';
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

/** The distance one step of the shown value stands for, in metres ("5.19 km" → 10 m; "12 mi" → 1609 m). */
export function displayStepM(cell: RawCell | undefined): number {
  if (!cell) return 0;
  const decimals = /\d[.,](\d{1,3})(?!\d)/.exec(cell.value)?.[1]?.length ?? 0;
  const unit = unitFromTitle(cell.unitTitle) ?? unitFromSymbol(cell.value.replace(/^[\d\s.,'’]+/, ''));
  return (METERS_PER[unit ?? 'm'] ?? 1) / 10 ** decimals;
}

/** Cross-checks the DOM's distance and moving time with the page's own numbers (see above). */
export function crossCheckPageView(draft: Draft, literal: string, distanceCell: RawCell | undefined): void {
  const numbers = pageViewNumbers(literal);
  const checks = [
    ['distanceM', numbers.distance, displayStepM(distanceCell)],
    ['movingS', numbers.moving_time, 1],
  ] as const;
  for (const [field, exact, step] of checks) {
    if (exact === undefined) continue;
    const shown = draft.activity[field];
    // Display rounding may go either way (rounded or cut off): one display step either side.
    if (shown !== undefined && Math.abs(shown - exact) <= step + 0.5) continue;
    if (shown !== undefined) reject(draft, field, `the page shows ${shown}, its own data says ${exact}`);
    // reject() leaves the field empty: the page's own number takes its place when plausible.
    delete draft.activity[field];
    offer(draft, field, field === 'movingS' ? Math.round(exact) : exact);
  }
}
