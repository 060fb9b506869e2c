/**
 * Which data-browser row to read, and what its sport and date are (from the captured rows).
 * Rule: the row of the activity named in the URL when there is one; otherwise the most recent run
 * listed (rows are in date order, so the last row whose sport is a run); otherwise the last
 * activity listed. Cramp Check is for runners, and the latest run is what a runner opening their
 * week most likely wants explained.
 */
import type { Sport } from '../../core/activity';
import type { RunalyzeRow } from './capture';

export interface ActivityRow {
  id: string;
  row: RunalyzeRow;
  sport: Sport | null;
  /** "YYYY-MM-DD", or null when the date could not be worked out. */
  date: string | null;
}

/** Runalyze's sport icons (`icons8-Running`, `icons8-Regular-Biking`…) by the words in them. */
const ICON_SPORTS: readonly [RegExp, Sport][] = [
  [/trail/i, 'trail_run'],
  [/running|jogging/i, 'run'],
  [/hiking|mountaineering/i, 'hike'],
  [/walking/i, 'walk'],
  [/biking|cycling|bicycle/i, 'ride'],
];

function sportOfIcons(icons: string): Sport | null {
  if (icons === '') return null;
  for (const [pattern, sport] of ICON_SPORTS) if (pattern.test(icons)) return sport;
  return 'other';
}

const pad = (n: number) => String(n).padStart(2, '0');

interface RangeYears {
  fromYear: number;
  fromMonth: number;
  toYear: number;
}

/** The browser's own range ("2025-05-26" … "2025-06-01") gives the year. */
function rangeYears(fromText: string, toText: string): RangeYears | null {
  const from = /^(\d{4})-(\d{2})-\d{2}$/.exec(fromText);
  const to = /^(\d{4})-\d{2}-\d{2}$/.exec(toText);
  if (!from) return null;
  return { fromYear: Number(from[1]), fromMonth: Number(from[2]), toYear: to ? Number(to[1]) : Number(from[1]) };
}

/** "26.05 Mon" → "2025-05-26"; a range crossing New Year puts months before its first month in the end year. */
function dateShown(text: string, range: RangeYears | null): string | null | undefined {
  const shown = /^(\d{1,2})\.(\d{1,2})\b/.exec(text);
  if (!shown) return undefined;
  const day = Number(shown[1]);
  const month = Number(shown[2]);
  if (range === null || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const year = month < range.fromMonth ? range.toYear : range.fromYear;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * Every activity row of the data browser, in page order. Only a day's first row shows its date
 * ("26.05 Mon"); later rows of that day, and the activity rows after a date-only day row, carry on
 * with the last date shown.
 */
export function activityRows(rows: readonly RunalyzeRow[], from: string, to: string): ActivityRow[] {
  const range = rangeYears(from, to);
  const found: ActivityRow[] = [];
  let date: string | null = null;
  for (const row of rows) {
    const shown = dateShown(row.first, range);
    if (shown !== undefined) date = shown;
    if (/^\d{1,20}$/.test(row.id)) found.push({ id: row.id, row, sport: sportOfIcons(row.icons), date });
  }
  return found;
}

export function chooseRow(rows: readonly ActivityRow[], urlActivityId: string | null): ActivityRow | null {
  if (urlActivityId !== null) return rows.find((r) => r.id === urlActivityId) ?? null;
  const runs = rows.filter((r) => r.sport === 'run' || r.sport === 'trail_run');
  return runs[runs.length - 1] ?? rows[rows.length - 1] ?? null;
}
