import { type HeartRateLine, keytelWatts, ownHeartRateWatts } from './heart-rate-effort';
import { type Power, type PowerInput, sessionPower } from './metabolic';

export interface EffortInput extends PowerInput {
  avgHeartRate: number | null;
  female: boolean;
}

const onFoot = (sport: string) => sport === 'run' || sport === 'trail_run' || sport === 'walk' || sport === 'hike';
/** Pace costs a flat run well (ACSM ±~10 %); on hills, trails and mixed gaits heart rate sees more. */
const FLAT_GRADE = 0.01;
const RUN_MIN_MS = 134 / 60;

/** Every bin run on the flat (or no bins): only then does pace alone cost the session well. */
const flatAndRun = (bins: EffortInput['movement']) => (bins ?? []).every((b) => b.speedMs >= RUN_MIN_MS && Math.abs(b.grade) < FLAT_GRADE);

/**
 * The session's metabolic heat from what it shows. Rides: work first (power is measured), then heart
 * rate by Keytel. On foot: pace on flat runs; the runner's own heart-rate line (flat runs in their
 * history) on hills, trails, walks and when no distance is known; Keytel only when nothing better
 * exists. Then the site's calories, then a typical effort for the sport.
 */
export function sessionEffort(a: EffortInput, massKg: number, line: HeartRateLine | null): Power {
  const base = sessionPower(a, massKg);
  if (a.avgHeartRate === null || !(a.durationS > 0) || base.from === 'work') return base;
  const hr = a.avgHeartRate;
  const flatRun =
    base.from === 'speed' && a.sport === 'run' && base.airSpeedMs >= RUN_MIN_MS && a.distanceM !== null && a.elevationGainM / a.distanceM < FLAT_GRADE && flatAndRun(a.movement);
  if (flatRun) return base;
  const own = line !== null && onFoot(a.sport) ? ownHeartRateWatts(line, hr, massKg) : null;
  if (own !== null) return { ...base, metabolicW: own, externalWorkW: 0, from: 'heart-rate' };
  // Keytel replaces only a guess: a measured pace on foot or the site's calories stay ahead of it.
  if (base.from === 'speed' || base.from === 'calories') return base;
  const keytel = keytelWatts(hr, massKg, a.female);
  if (keytel === null) return base;
  // On a ride a fifth of the energy leaves as work at the pedals, not as heat.
  const externalWorkW = a.sport === 'ride' ? keytel * 0.22 : 0;
  return { ...base, metabolicW: keytel, externalWorkW, from: 'heart-rate', rough: true };
}
