/** Where the panel goes (right below Strava's stats) and which element brings late stats. */
import type { MountPoint } from '../types';
import { CLASSIC_STATS, CLASSIC_SUMMARY_ROW, FALLBACK_MOUNT, firstMatch, NEXT_SUMMARY, PUBLIC_ROOT, STATS_ROOT } from './selectors';

/**
 * classic: after the stats column, else after the summary row; next: after the activity summary;
 * public: after the React root;
 * any other page: top of `main`, `#view` or the body — so never null once there is a body.
 */
export function stravaMountPoint(doc: Document): MountPoint | null {
  for (const selectors of [CLASSIC_STATS, CLASSIC_SUMMARY_ROW, NEXT_SUMMARY, PUBLIC_ROOT]) {
    const element = firstMatch(doc, selectors);
    if (element?.parentElement) return { parent: element.parentElement, before: element.nextSibling };
  }
  const fallback = firstMatch(doc, FALLBACK_MOUNT) ?? doc.body;
  return fallback && { parent: fallback, before: fallback.firstChild };
}

/** The element to watch briefly for stats rendered after load. */
export function stravaStatsRoot(doc: Document): Element | null {
  return firstMatch(doc, STATS_ROOT) ?? doc.body;
}
