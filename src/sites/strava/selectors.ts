/**
 * Every Strava selector, as arrays of fallbacks tried in order (most stable first). Each line says
 * which layout it serves. "classic" = the logged-in Rails activity page; "public" = the
 * logged-out React view. Keep page knowledge here so a Strava redesign is a one-file change.
 */
export const SELECTORS = {
  /** classic: the stats column; also the layout's signature. */
  classicStats: ['#heading .activity-stats', '.activity-summary-container .activity-stats', '.activity-stats'],
  /** classic: the row holding summary + stats, used when the stats column is missing. */
  classicSummaryRow: ['#heading .activity-summary-container', '.activity-summary-container'],
  /** classic: headline stats (li > strong + .label), primary and secondary rows. */
  inlineStatItems: ['.inline-stats li'],
  /** classic: value and label inside one inline stat item. */
  inlineStatValue: ['strong', '.stat-value', '.value'],
  inlineStatLabel: ['.label', '.stat-label', '.stat-subtext'],
  /** classic: "more stats" table rows, including the hidden `tbody.show-more-block-js.hidden` ones. */
  moreStatsRows: ['.more-stats table tr', '.more-stats tr'],
  /** classic run pages: "more stats" as `.row` > label div + strong value (no table). */
  moreStatsDivRows: ['.more-stats .row'],
  /** newer weather panel (classic): label/value pairs. */
  weatherStats: ['.weather-stats .weather-stat', '.weather-stat'],
  weatherLabel: ['.weather-label'],
  weatherValue: ['.weather-value'],
  /** classic: start time, in the summary next to the activity name (not the segment `<time>`s). */
  startTime: ['#heading .details time', '.activity-summary .details time', '.details time'],
  /** classic: "Athlete – Ride" heading. */
  headingTitle: ['#heading h2 .title', '#heading .title', 'header .title'],
  /** classic (assumed, not in the fixtures): a workout-type tag shown for races. */
  workoutTypeTag: ['[data-workout-type]', '.workout-type', '.activity-type-tag', '#heading .tag', '#heading .badge-race'],
  /** public: the React root whose `data-react-props` is JSON data. */
  publicRoot: ['[data-react-class="ActivityPublic"]'],
  /** fallback mount points for any other layout. */
  fallbackMount: ['main', '#view', 'body'],
  /** where late stats arrive. */
  statsRoot: ['#heading', '.activity-summary-container', '[data-react-class="ActivityPublic"]', 'main', 'body'],
} as const satisfies Record<string, readonly string[]>;

/** The first element matching any of `selectors`, in their order; never throws on a bad selector. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    try {
      const found = root.querySelector(selector);
      if (found) return found;
    } catch {
      // A selector this DOM does not support: try the next.
    }
  }
  return null;
}

/** All elements matching the first selector that matches anything. */
export function allOfFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    try {
      const found = Array.from(root.querySelectorAll(selector));
      if (found.length > 0) return found;
    } catch {
      // as above
    }
  }
  return [];
}
