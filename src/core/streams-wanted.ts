/**
 * Whether a recorded track's streams (velocity, grade, heart rate) would change this session's
 * effort estimate (effort.ts, metabolic.ts), so a page half that can fetch them should: the rule
 * the background answers with, kept pure so a test can walk it. docs/science.md §1 says it in words.
 *
 * On foot, average pace costs a steady flat run within the ACSM equations' own error; the speed and
 * grade streams change the answer when the session mixed gaits or climbed, or the page gave no pace;
 * with the runner's own heart-rate line, the streams decide whether pace or heart rate costs it.
 * Off foot, only a heart rate can improve on a typical effort, and only where the page shows no
 * work, calories or heart rate of its own.
 */
import type { ActivityDraft } from './activity';

/** Below 134 m/min the ACSM running equation no longer holds: walking or a walk-run mix. */
const RUN_MIN_MS = 134 / 60;
/** 1 % mean grade: the limit under which effort.ts counts a run as flat. */
const FLAT_GRADE = 0.01;
/** From 90 min, walk breaks and stops at aid points become common even in a run. */
const LONG_S = 90 * 60;

type Shown = Pick<ActivityDraft, 'sport' | 'movingS' | 'elapsedS' | 'distanceM' | 'elevationGainM' | 'avgHeartRate' | 'calories' | 'energyKj' | 'movement'>;

/** `ownLine`: the runner's history draws their own pace-to-heart-rate line (heart-rate-effort.ts). */
export function streamsChangeEffort(shown: Shown, ownLine: boolean): boolean {
  if (shown.movement !== undefined) return false;
  const seconds = shown.movingS ?? shown.elapsedS;
  if (seconds === undefined || shown.sport === undefined) return false;
  if (shown.sport === 'ride' || shown.sport === 'other') {
    return shown.energyKj === undefined && shown.calories === undefined && shown.avgHeartRate === undefined;
  }
  const distanceM = shown.distanceM ?? 0;
  if (!(distanceM > 0)) return true;
  return (
    shown.sport !== 'run' ||
    distanceM / seconds < RUN_MIN_MS ||
    (shown.elevationGainM ?? 0) / distanceM >= FLAT_GRADE ||
    seconds >= LONG_S ||
    ownLine
  );
}
