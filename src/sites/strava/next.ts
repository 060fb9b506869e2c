/**
 * The logged-out Next.js page (2025), interpreted: `props.pageProps.activity` as copied by
 * next-capture.ts — `activityKind.sportType` ("Walk", "Run", "TrailRun", "Ride"), `startLocal`
 * (local time, no offset), `scalars.distance` m, `scalars.movingTime` s, `scalars.elevationGain` m —
 * with the visible summary ("0.4 km", "7m 10s") as the fallback. The page shows no elapsed time,
 * no temperature and no weather (tests/fixtures/strava/nextjs-walk-13464556946.README.md).
 */
import { parseLocalDateTime } from '../shared/dates';
import { type Draft, miss, offer, setOnce } from '../shared/draft';
import { applyStat } from '../shared/stat-values';
import { pointOf } from '../shared/start-point';
import { quoted } from '../shared/text';
import type { StartPoint } from '../types';
import type { NextCapture } from './next-capture';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null);
const short = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length < 200 ? v : undefined);

/** The sport type named by the JSON, for the shared sport reader. */
export function nextSportTypes(next: NextCapture | null): string[] {
  const type = short(obj(next?.activity)?.sportType);
  return type === undefined ? [] : [type];
}

export function readNext(draft: Draft, next: NextCapture): void {
  const activity = obj(next.activity);
  const scalars = obj(activity?.scalars);
  if (activity === null) miss(draft, 'movingS', 'the page data (__NEXT_DATA__) could not be read');
  for (const [field, key] of [['distanceM', 'distance'], ['movingS', 'movingTime'], ['elevationGainM', 'elevationGain']] as const) {
    const value = scalars?.[key];
    if (typeof value === 'number') offer(draft, field, field === 'movingS' ? Math.round(value) : Math.round(value * 100) / 100);
    else if (activity !== null) miss(draft, field, `the page data has no ${key}`);
  }
  const start = short(activity?.startLocal);
  const iso = start === undefined ? null : parseLocalDateTime(start);
  if (iso !== null) setOnce(draft, 'startTime', iso);
  else miss(draft, 'startTime', start === undefined ? 'no start time in the page data' : `could not read the date ${quoted(start)}`);
  // The visible summary: read only where the JSON gave nothing ("Time" is the moving time).
  const distance = short(next.summaryDistance);
  const time = short(next.summaryTime);
  if (distance !== undefined) applyStat(draft, 'distance', distance, null);
  if (time !== undefined) applyStat(draft, 'movingTime', time, null);
}

/** The first point of `streams.location` (`{lat, lng}`, a browser's page only), for the weather lookup. */
export function startPointOf(value: unknown): StartPoint | undefined {
  const point = obj(value);
  return pointOf(point?.lat, point?.lng) ?? undefined;
}
