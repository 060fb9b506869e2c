/**
 * Garmin Connect is an app shell whose class names are build hashes, so only stable containers are
 * used: `main` (the app's content area), else `#pageContainer` / `#root` (the shell's mount
 * nodes, older and newer builds), else the body. The panel goes at the top of it.
 */
import type { MountPoint } from '../types';

const CONTAINERS = ['main', '#pageContainer', '#root'];

function container(doc: Document): Element | null {
  for (const selector of CONTAINERS) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body;
}

export function garminMountPoint(doc: Document): MountPoint | null {
  const parent = container(doc);
  return parent ? { parent, before: parent.firstChild } : null;
}

/**
 * The app renders into its container after its own fetches, and the CSRF token the capture sends
 * may arrive with it: a capture made too early is made again when the container changes.
 */
export function garminStatsRoot(doc: Document): Element | null {
  return container(doc);
}
