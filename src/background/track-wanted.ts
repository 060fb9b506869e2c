/**
 * Whether the content script should fetch the page's own track (PageHalf.track) for the effort
 * estimate, when neither the weather lookup nor a race's review asks for it already: only on the
 * runner's own activity (someone else's streams are never asked for), only where the site has a
 * track, and only when the streams would change the estimate (core/streams-wanted.ts). Not when the
 * draft already has the movement: sent with this read, or stored by an earlier view's track
 * (core/kept-track.ts), so an activity's streams are asked for once, not on every page view.
 */
import type { ActivityDraft } from '../core/activity';
import { heartRateLine } from '../core/heart-rate-effort';
import { streamsChangeEffort } from '../core/streams-wanted';
import { loadHistory } from '../platform/history-store';
import type { SiteDefinition } from '../sites/types';

export async function trackWanted(site: SiteDefinition, own: boolean, draft: ActivityDraft, now: Date): Promise<boolean> {
  if (!own || site.page.track === undefined || draft.movement !== undefined) return false;
  // The history is read once per worker (cached-storage.ts) and the line drawn once per history.
  const ownLine = heartRateLine((await loadHistory(undefined, now)).value) !== null;
  return streamsChangeEffort(draft, ownLine);
}
