/**
 * Runalyze's page is split into panels it loads into by id (the fixtures' `data-load-target`
 * values: `#activity`, `#dataBrowser`, `#main`). The panel goes at the top of the activity panel
 * when one is open, else above the data browser, else at the top of the body.
 */
import type { MountPoint } from '../types';

const CONTAINERS = ['#activity', '#dataBrowser', '#main'];

function container(doc: Document): Element | null {
  for (const selector of CONTAINERS) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body;
}

export function runalyzeMountPoint(doc: Document): MountPoint | null {
  const parent = container(doc);
  return parent ? { parent, before: parent.firstChild } : null;
}

/** The data browser is loaded into its panel after the page; watch it (or the body). */
export function runalyzeStatsRoot(doc: Document): Element | null {
  return doc.querySelector('#dataBrowser') ?? doc.body;
}
