/** Feeding read stats into the draft, and the cross-checks that can only be done once all are in. */
import { implausibleSpeedReason } from '../../core/plausibility';
import type { DraftBuilder } from '../shared/draft-builder';
import type { StatKey } from '../shared/labels';
import { FIELD_OF_STAT, readStatValue } from '../shared/stat-values';
import { textOf } from '../shared/text';
import { type Unit, unitFromTitle } from '../shared/units';

export interface StatContext {
  builder: DraftBuilder;
  decimalSeparator: '.' | ',' | undefined;
  /** Average speeds shown on the page (speed or pace), m/s, first = the average. */
  speedsMs: number[];
}

/** Offer one stat's text; true when it became the field's value. */
export function applyStat(ctx: StatContext, key: StatKey, text: string, titleUnit: Unit | null): boolean {
  const field = key === 'pace' || key === 'speed' ? 'distanceM' : FIELD_OF_STAT[key];
  let taken = false;
  ctx.builder.attempt(field, () => {
    const read = readStatValue(key, text, titleUnit, ctx.decimalSeparator);
    if (read === null) return;
    if ('speedMs' in read) ctx.speedsMs.push(read.speedMs);
    else if ('problem' in read) ctx.builder.miss(read.field, read.problem);
    else taken = ctx.builder.offer(read.field, read.value);
  });
  return taken;
}

/** A stat shown as an element: its text, with the unit named by its `<abbr title>` when present. */
export function applyStatElement(ctx: StatContext, key: StatKey, value: Element): boolean {
  const title = value.querySelector('abbr[title]')?.getAttribute('title');
  return applyStat(ctx, key, textOf(value), title ? unitFromTitle(title) : null);
}

const TOLERANCE = 0.25;

/**
 * Distance and time must agree with each other and with the sport: faster than anyone can move
 * means a misread (usually the distance: decimal separator or unit), so it is rejected. When the
 * page also shows an average speed or pace, distance over moving (or elapsed) time must match it.
 */
export function crossCheck(ctx: StatContext): void {
  const { builder, speedsMs } = ctx;
  const { distanceM, movingS, elapsedS, sport } = builder.activity;
  if (elapsedS !== undefined && movingS !== undefined && elapsedS < movingS) {
    builder.reject('elapsedS', 'elapsed time is shorter than moving time');
  }
  if (distanceM === undefined || movingS === undefined) return;
  const tooFast = implausibleSpeedReason(sport ?? 'other', distanceM, movingS);
  if (tooFast !== null) {
    builder.reject('distanceM', tooFast);
    return;
  }
  const shownMs = speedsMs[0];
  if (shownMs === undefined || shownMs <= 0 || distanceM === 0) return;
  const agrees = (seconds: number | undefined) => seconds !== undefined && seconds > 0 && Math.abs(distanceM / seconds - shownMs) / shownMs <= TOLERANCE;
  if (!agrees(movingS) && !agrees(builder.activity.elapsedS)) {
    builder.reject('distanceM', `distance over time (${(distanceM / movingS).toFixed(2)} m/s) disagrees with the average speed shown (${shownMs.toFixed(2)} m/s)`);
  }
}
