import { CYCLING_GROSS_EFFICIENCY, type Power, type PowerInput, sessionPower } from './metabolic';
import { paceBaseline } from './pace-baseline';
import { USUAL_RUN_DISTANCE_M } from './riegel-pace';
import type { Point } from './personal-fit';

/** A recreational runner's pace, 10 km/h, when the history shows no runs and today is not one. */
const TYPICAL_RUN_SPEED_MS = 2.8;

interface Today {
  sport: string;
  speedMs: number | null;
  power: Power;
}

const isRun = (sport: string) => sport === 'run' || sport === 'trail_run';

/** The runner's usual running speed: their recent runs (Riegel-carried to 10 km), else today's run, else 10 km/h. */
export function usualRunSpeedMs(history: readonly unknown[], referenceMs: number | null, ownId: string | null, today: Today): number {
  const baseline = paceBaseline(history, 'run', referenceMs, ownId, USUAL_RUN_DISTANCE_M);
  if (baseline !== null) return baseline.speedMs;
  return isRun(today.sport) && today.speedMs !== null ? today.speedMs : TYPICAL_RUN_SPEED_MS;
}

const level = (sport: string, distanceM: number | null, durationS: number): PowerInput => ({ sport, durationS, distanceM, elevationGainM: 0, calories: null, energyKj: null });

/**
 * The effort a weigh-in was measured at: its recorded metabolic rate, else its sport at its own
 * pace, else (no distance) a run at the runner's usual pace, today's effort for today's sport, or
 * the sport's typical effort. A test typed on the options page without a sport was a run.
 */
export function weighInPower(p: Point, today: Today, massKg: number, usualRunMs: number): Power {
  const sport = p.sport ?? 'run';
  const durationS = p.durationH * 3600;
  if (p.metabolicW !== null) {
    const externalWorkW = sport === 'ride' ? p.metabolicW * CYCLING_GROSS_EFFICIENCY : 0;
    const base = sessionPower(level(sport, p.distanceM, durationS), massKg);
    return { ...base, metabolicW: p.metabolicW, externalWorkW, from: 'work' };
  }
  if (p.distanceM !== null) return sessionPower(level(sport, p.distanceM, durationS), massKg);
  if (isRun(sport)) return sessionPower(level('run', usualRunMs * 3600, 3600), massKg);
  if (sport === today.sport) return today.power;
  return sessionPower(level(sport, null, durationS), massKg);
}

/** Where a typed rate without conditions is taken to be measured: a level run at the usual pace. */
export const usualRunPower = (massKg: number, usualRunMs: number): Power => sessionPower(level('run', usualRunMs * 3600, 3600), massKg);
