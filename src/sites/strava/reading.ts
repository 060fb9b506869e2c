/**
 * The page side of the Strava adapter: copies the text the page shows, untouched, into plain
 * data. No parsing here — numbers, units, seven languages and plausibility live in
 * extract.ts (`interpretStrava`), which runs in the background — so the content script stays small and a page
 * change breaks at most which strings are copied, never how they are read.
 */
import { cleanText, pageLanguage, textOf } from '../shared/text';
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

export interface StravaReading {
  language: string;
  layout: 'classic' | 'public' | 'none';
  heading: string;
  title: string;
  workoutTag: string;
  startTime: string;
  cells: RawCell[];
  /** The public view's activity props (short strings and numbers only), or null when unreadable. */
  publicProps: Record<string, string | number> | null;
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

/** Never throws: a selector that fails or a missing block gives empty strings, not an error. */
export function collectStrava(doc: Document): StravaReading {
  const stats = css.firstMatch(doc, css.CLASSIC_STATS) ?? css.firstMatch(doc, css.CLASSIC_SUMMARY_ROW);
  const publicRoot = css.firstMatch(doc, css.PUBLIC_ROOT);
  return {
    language: pageLanguage(doc),
    layout: stats ? 'classic' : publicRoot ? 'public' : 'none',
    heading: textOf(css.firstMatch(doc, css.HEADING_TITLE)),
    title: cleanText(doc.querySelector('title')?.textContent),
    workoutTag: textOf(css.firstMatch(doc, css.WORKOUT_TYPE_TAG)),
    startTime: stats ? textOf(css.firstMatch(doc, css.START_TIME)) : '',
    cells: stats ? classicCells(doc, stats) : [],
    publicProps: publicRoot ? publicProps(publicRoot) : null,
  };
}
