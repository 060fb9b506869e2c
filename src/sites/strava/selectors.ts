/**
 * Every Strava selector, each a comma-separated list of fallbacks tried in order (most stable
 * first), unlike a CSS selector list, which matches in document order. Each line says which
 * layout it serves. "classic" = the logged-in Rails activity page; "next" = the logged-out
 * Next.js page (2025); "public" = the older logged-out React view. Keep page knowledge here so a Strava redesign is a one-file change.
 */

/** classic: the stats column; also the layout's signature. */
export const CLASSIC_STATS = '#heading .activity-stats, .activity-summary-container .activity-stats, .activity-stats';
/** classic: the row holding summary + stats, used when the stats column is missing. */
export const CLASSIC_SUMMARY_ROW = '#heading .activity-summary-container, .activity-summary-container';
/** classic: headline stats (li > strong + .label), primary and secondary rows; value and label inside one. */
export const INLINE_STAT_ITEMS = '.inline-stats li';
export const INLINE_STAT_VALUE = 'strong, .stat-value, .value';
export const INLINE_STAT_LABEL = '.label, .stat-label, .stat-subtext';
/** classic: "more stats" table rows, including the hidden `tbody.show-more-block-js.hidden` ones. */
export const MORE_STATS_ROWS = '.more-stats table tr, .more-stats tr';
/** classic run pages: "more stats" as `.row` > label div + strong value (no table). */
export const MORE_STATS_DIV_ROWS = '.more-stats .row';
/** newer weather panel (classic): label/value pairs. */
export const WEATHER_STATS = '.weather-stats .weather-stat, .weather-stat';
export const WEATHER_LABEL = '.weather-label';
export const WEATHER_VALUE = '.weather-value';
/** classic: start time, in the summary next to the activity name (not the segment `<time>`s). */
export const START_TIME = '#heading .details time, .activity-summary .details time, .details time';
/** classic: the activity's own name, as the runner gave it. */
export const ACTIVITY_NAME = '#heading h1.activity-name, h1.activity-name, .activity-name';
/** classic: "Athlete – Ride" heading. */
export const HEADING_TITLE = '#heading h2 .title, #heading .title, header .title';
/** classic (assumed, not in the fixtures): a workout-type tag shown for races. */
export const WORKOUT_TYPE_TAG = '[data-workout-type], .workout-type, .activity-type-tag, #heading .tag, #heading .badge-race';
/** next (logged-out Next.js page, 2025): the activity summary holding `[data-cy="summary-distance"]`. */
export const NEXT_SUMMARY = '[data-cy="activity-summary"], [data-cy="summary-distance"]';
/** public (older logged-out React view): the React root whose `data-react-props` is JSON data. */
export const PUBLIC_ROOT = '[data-react-class="ActivityPublic"]';
/** classic: the links of the activity's own actions menu ("…" beside the page nav: Flag, Create Route; Edit for its owner). */
export const ACTIONS_MENU_LINKS = 'nav.sidenav .actions-menu ul.options a[href], .sidenav .actions-menu a[href]';
/** fallback mount points for any other layout. */
export const FALLBACK_MOUNT = 'main, #view, body';
/** where late stats arrive. */
export const STATS_ROOT = `#heading, .activity-summary-container, ${PUBLIC_ROOT}, [data-cy="activity-summary"], main, body`;

/** All elements matching the first of `selectors` that matches anything; never throws on a bad selector. */
export function allOfFirst(root: ParentNode, selectors: string): Element[] {
  for (const selector of selectors.split(',')) {
    try {
      const found = root.querySelectorAll(selector);
      if (found.length > 0) return [...found];
    } catch {
      // A selector this DOM does not support: try the next.
    }
  }
  return [];
}

/** The first element (in document order) matching the first of `selectors` that matches anything. */
export function firstMatch(root: ParentNode, selectors: string): Element | null {
  return allOfFirst(root, selectors)[0] ?? null;
}
