/** Where the panel goes (right below Strava's stats) and which element brings late stats. */
import type { MountPoint } from '../types';
import { firstMatch, SELECTORS } from './selectors';

/** After the given element, inside its parent. */
function after(element: Element | null): MountPoint | null {
  const parent = element?.parentElement;
  return element && parent ? { parent, before: element.nextSibling } : null;
}

/**
 * classic: after the stats column, else after the summary row; public: after the React root;
 * any other page: top of `main`, `#view` or the body — so never null once there is a body.
 */
export function stravaMountPoint(doc: Document): MountPoint | null {
  const known =
    after(firstMatch(doc, SELECTORS.classicStats)) ??
    after(firstMatch(doc, SELECTORS.classicSummaryRow)) ??
    after(firstMatch(doc, SELECTORS.publicRoot));
  if (known) return known;
  const fallback = firstMatch(doc, SELECTORS.fallbackMount) ?? doc.body;
  return fallback ? { parent: fallback, before: fallback.firstChild } : null;
}

/** The element to watch briefly for stats rendered after load. */
export function stravaStatsRoot(doc: Document): Element | null {
  return firstMatch(doc, SELECTORS.statsRoot) ?? doc.body;
}
