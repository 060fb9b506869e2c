/**
 * The page half of Strava: copies what the page shows, untouched, into plain data. No parsing
 * here — numbers, units, seven languages and plausibility live in interpret.ts, which runs in the
 * background — so the content script stays small and a page change breaks at most which strings
 * are copied, never how they are read. Three layouts: the logged-in "classic" page, the logged-out
 * Next.js page (2025: `#__NEXT_DATA__`), and the older logged-out React view.
 */
import { cleanText, pageLanguage, textOf } from '../shared/text';
import { captureNext, type NextCapture } from './next-capture';
import { inlineScripts, ownCode, pageProps } from './page-code';
import * as css from './selectors';

/** One label/value pair as shown: the label's glossary hook and text, the value's text and unit title. */
export interface RawCell {
  hook: string;
  label: string;
  value: string;
  unitTitle: string;
  /** The weather panel measures the air; the stats show the device sensor. */
  from: 'weather' | 'device';
}

/** Who is looking and whose activity it is, as the page says it. */
export interface OwnerHints {
  /** The page offers the activity's edit link: Strava shows it to the owner only. */
  editLink: boolean;
  /** The logged-in athlete's id, '' when logged out or not shown. */
  viewerId: string;
  /** The activity's athlete id, '' when not shown. */
  ownerId: string;
}

export interface StravaReading {
  language: string;
  layout: 'classic' | 'next' | 'public' | 'none';
  heading: string;
  /** The activity's name as shown (logged-in page); '' elsewhere. */
  name: string;
  title: string;
  workoutTag: string;
  startTime: string;
  cells: RawCell[];
  /** The older public view's activity props (short strings and numbers only), or null when unreadable. */
  publicProps: Record<string, string | number> | null;
  /** The Next.js page's activity data and visible summary, or null on other layouts. */
  next: NextCapture | null;
  /** The object literal text of the classic page's inline `pageView.activity().set({...})` holding the distance. */
  pageViewActivity: string;
  owner: OwnerHints;
}

function rawCell(label: Element | null, value: Element | null, from: RawCell['from']): RawCell[] {
  if (!label || !value) return [];
  const hook = label.matches('[data-glossary-term]') ? label : label.querySelector('[data-glossary-term]');
  return [{ hook: hook?.getAttribute('data-glossary-term') ?? '', label: textOf(label), value: textOf(value), unitTitle: value.querySelector('abbr[title]')?.getAttribute('title') ?? '', from }];
}

/** Headline stats, the more-stats table (hidden rows too) and run pages' more-stats rows; weather first. */
function classicCells(doc: Document, stats: Element): RawCell[] {
  return [
    ...css.allOfFirst(doc, css.WEATHER_STATS).flatMap((s) => rawCell(css.firstMatch(s, css.WEATHER_LABEL), css.firstMatch(s, css.WEATHER_VALUE), 'weather')),
    ...css.allOfFirst(stats, css.INLINE_STAT_ITEMS).flatMap((i) => rawCell(css.firstMatch(i, css.INLINE_STAT_LABEL), css.firstMatch(i, css.INLINE_STAT_VALUE), 'device')),
    ...css.allOfFirst(stats, css.MORE_STATS_ROWS).flatMap((row) => rawCell(row.querySelector('th'), row.querySelector('td'), 'device')),
    ...css.allOfFirst(stats, css.MORE_STATS_DIV_ROWS).flatMap((row) => {
      const value = row.querySelector('strong');
      return rawCell([...row.children].find((child) => !child.contains(value)) ?? null, value, 'device');
    }),
  ];
}

/** The public root's props: JSON data (never evaluated); only short strings and numbers are kept. */
function publicProps(root: Element): StravaReading['publicProps'] {
  try {
    const activity = (JSON.parse(root.getAttribute('data-react-props') ?? '') as { activity?: unknown } | null)?.activity;
    if (typeof activity !== 'object' || activity === null) return null;
    const kept: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(activity)) {
      if ((typeof value === 'string' && value.length < 200) || typeof value === 'number') kept[key] = value;
    }
    return kept;
  } catch {
    return null;
  }
}

const idOf = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : typeof value === 'string' && /^\d{1,20}$/.test(value) ? value : '');

/**
 * Whose activity, from the page's own data only (page-code.ts): the logged-in athlete from its
 * `var currentAthleteId = …;` statement, the activity's athlete from `var pageProps`, and the edit
 * link only where Strava puts it, in the activity's own actions menu. Text the athletes write
 * (title, description, comments) can quote any of these, and is never read for them.
 */
function ownerHints(doc: Document, scripts: ReturnType<typeof inlineScripts>, activityId: string, next: NextCapture | null, props: Record<string, unknown> | null): OwnerHints {
  const editHrefs = /^\d+$/.test(activityId) ? Array.from(doc.querySelectorAll(css.ACTIONS_MENU_LINKS), (link) => link.getAttribute('href') ?? '') : [];
  return {
    editLink: editHrefs.some((href) => href === `/activities/${activityId}/edit` || href === `https://www.strava.com/activities/${activityId}/edit`),
    viewerId: next ? next.viewerId : ownCode(scripts, /\bvar\s+currentAthleteId\s*=\s*(\d{1,20})\s*;/d),
    ownerId: next ? next.ownerId : props ? idOf(props.activity_athlete_id) : '',
  };
}

/** Never throws: a selector that fails or a missing block gives empty strings, not an error. */
export function collectStrava(doc: Document, activityId = ''): StravaReading {
  const stats = css.firstMatch(doc, css.CLASSIC_STATS) ?? css.firstMatch(doc, css.CLASSIC_SUMMARY_ROW);
  const publicRoot = stats ? null : css.firstMatch(doc, css.PUBLIC_ROOT);
  const next = stats || publicRoot ? null : captureNext(doc, activityId);
  const scripts = stats ? inlineScripts(doc) : [];
  const props = pageProps(scripts);
  // The inline data describes the activity the page was LOADED for; after an in-page route to another
  // activity it is stale, so it is used only when it names the activity in the URL.
  const current = stats !== null && activityId !== '' && idOf(props.activity_id) === activityId;
  return {
    language: pageLanguage(doc),
    layout: stats ? 'classic' : next ? 'next' : publicRoot ? 'public' : 'none',
    heading: textOf(css.firstMatch(doc, css.HEADING_TITLE)),
    name: stats ? textOf(css.firstMatch(doc, css.ACTIVITY_NAME)) : '',
    title: cleanText(doc.querySelector('title')?.textContent),
    workoutTag: textOf(css.firstMatch(doc, css.WORKOUT_TYPE_TAG)),
    startTime: stats ? textOf(css.firstMatch(doc, css.START_TIME)) : '',
    cells: stats ? classicCells(doc, stats) : [],
    publicProps: publicRoot ? publicProps(publicRoot) : null,
    next,
    pageViewActivity: current ? ownCode(scripts, /pageView\.activity\(\)\.set\(\{([^{}]*\bdistance\s*:[^{}]*)\}\)/d).slice(0, 2000) : '',
    owner: ownerHints(doc, scripts, activityId, next, current ? props : null),
  };
}
