/**
 * The logged-out public view: its stats come from the JSON props on its React root (copied as
 * data by reading.ts). Only short plain strings, and a number for calories, are used.
 */
import { type Draft, offer } from '../shared/draft';
import { applyStartTime, applyStat } from '../shared/stat-values';

type Props = Record<string, string | number>;

const text = (value: unknown) => (typeof value === 'string' && value.length < 200 ? value : undefined);

/** The sport as the props name it, the detailed type ("TrailRun") first. */
export function publicTypes(activity: Props | null): string[] {
  return [text(activity?.detailedType), text(activity?.type)].filter((type) => type !== undefined);
}

/** The public view's stats; its "Time" is the moving time. */
export function readPublicStats(draft: Draft, activity: Props, language: string): void {
  for (const [key, prop] of [['distance', 'distance'], ['movingTime', 'time'], ['elevation', 'elevation'], ['calories', 'calories']] as const) {
    const value = activity[prop];
    const shown = text(value);
    // Calories are a number in the props seen so far; a formatted string is read like any stat.
    if (key === 'calories' && typeof value === 'number') offer(draft, 'calories', Math.round(value));
    else if (shown !== undefined) applyStat(draft, key, shown, null);
  }
  const date = text(activity.date);
  if (date !== undefined) applyStartTime(draft, date, language);
}
