/**
 * The logged-out activity page Strava serves since 2025 is a Next.js page: its data is the JSON in
 * `<script id="__NEXT_DATA__">` (`props.pageProps.activity`), its visible stats are
 * `[data-cy="summary-distance"]` / `[data-cy="summary-time"]` (label, then value; "Time" is the
 * moving time). Class names are build hashes and are never used. Only the fields the background
 * reads are copied (the page's JSON is ~300 kB), as plain JSON data; nothing is evaluated.
 */
import { textOf } from '../shared/text';

export interface NextCapture {
  /** `props.pageProps.activity` reduced to what is read: activityKind, startLocal, scalars. */
  activity: { sportType: unknown; startLocal: unknown; scalars: unknown } | null;
  /** The visible summary values ('' when absent), the fallback when the JSON is unreadable. */
  summaryDistance: string;
  summaryTime: string;
  viewerId: string;
  ownerId: string;
  /** The first point of `activity.streams.location` (present for a browser's user agent), for a weather look-up. */
  startPoint: unknown;
}

const NEXT_DATA = 'script#__NEXT_DATA__';
const idOf = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 20) : '');
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** The visible value of a summary stat: its last child (the first is the label). */
function summaryValue(doc: Document, name: string): string {
  return textOf(doc.querySelector(`[data-cy="summary-${name}"]`)?.lastElementChild);
}

/**
 * Null when the page is not a Next.js activity page (no data script and no summary stats). The data
 * script is written once, at load: after an in-page route to another activity it is stale, so it is
 * used only when its activity is the one in the URL (`activityId`); the visible summary is current.
 */
export function captureNext(doc: Document, activityId: string): NextCapture | null {
  const script = doc.querySelector(NEXT_DATA);
  const summaryDistance = summaryValue(doc, 'distance');
  const summaryTime = summaryValue(doc, 'time');
  if (!script && !summaryDistance && !summaryTime) return null;
  let pageProps: Record<string, unknown> = {};
  try {
    pageProps = record(record(record(JSON.parse(script?.textContent ?? 'null')).props).pageProps);
  } catch {
    // Unreadable JSON: the visible summary is the fallback.
  }
  const named = typeof pageProps.activity === 'object' && pageProps.activity !== null ? record(pageProps.activity) : null;
  const activity = named && idOf(named.id) === activityId ? named : null;
  const location = record(activity?.streams).location;
  return {
    activity: activity && { sportType: record(activity.activityKind).sportType, startLocal: activity.startLocal, scalars: activity.scalars },
    summaryDistance,
    summaryTime,
    viewerId: idOf(record(pageProps.currentAthlete).id),
    ownerId: idOf(record(activity?.athlete).id),
    startPoint: Array.isArray(location) ? location[0] : undefined,
  };
}
