/**
 * What a site's own track (Strava's streams) gave an activity is kept when the same activity is
 * read again without it. The track is fetched after the page is read, and may not arrive at all on a
 * later view (offline, a site error, the tab closed first): a read that lacks the movement, the
 * stream's heart rate or the splits says nothing about them, so it must not erase what an earlier
 * read stored. A read that brings them replaces them (a new streams answer is the newer record), and
 * a heart rate the page shows still beats the stream's, as when the track is read in the same view.
 */
import type { ActivityDraft } from './activity';

/** `incoming` with the track's values `stored` had and `incoming` lacks; `incoming` itself when there is nothing to keep. */
export function keepStoredTrack<T extends ActivityDraft>(incoming: T, stored: ActivityDraft | undefined): T {
  if (stored === undefined) return incoming;
  const keepsHeartRate = incoming.avgHeartRate === undefined && stored.heartRateSource === 'stream' && stored.avgHeartRate !== undefined;
  const keepsMovement = incoming.movement === undefined && stored.movement !== undefined;
  const keepsSplits = incoming.splits === undefined && stored.splits !== undefined;
  if (!keepsHeartRate && !keepsMovement && !keepsSplits) return incoming;
  return {
    ...incoming,
    ...(keepsSplits ? { splits: stored.splits } : {}),
    ...(keepsMovement ? { movement: stored.movement } : {}),
    ...(keepsHeartRate ? { avgHeartRate: stored.avgHeartRate, heartRateSource: 'stream' as const } : {}),
  };
}
