/**
 * Garmin activity type keys ("running", "trail_running", "treadmill_running", "road_biking",
 * "hiking", "stand_up_paddleboarding_v2"…) to our sports. Garmin has hundreds of keys; they are
 * matched by the words in them, so new variants of running or cycling still land right.
 */
import type { Sport } from '../../core/activity';

const RULES: readonly [RegExp, Sport][] = [
  [/trail_run/, 'trail_run'],
  [/run/, 'run'],
  [/hik/, 'hike'],
  [/walk/, 'walk'],
  [/cycl|bik|ride/, 'ride'],
];

export function garminSportOfTypeKey(typeKey: string): Sport {
  const key = typeKey.toLowerCase();
  for (const [pattern, sport] of RULES) if (pattern.test(key)) return sport;
  return 'other';
}
