/**
 * After the race: what was planned against what happened, for the race's own activity. Pure and
 * free of zod (the panel calls it, and the test build draws the panel in the content script).
 */
import type { SavedRace } from './race-schema';
import type { RacePlan } from './race-plan';

/** What the panel keeps of a saved race and its plan: enough to compare, nothing more. */
export interface PlannedRace {
  name: string;
  goalTimeS: number;
  distanceM: number;
  legs: { fromM: number; toM: number; startS: number; endS: number }[];
  totals: { fluidMl: number; sodiumMg: number; carbsG: number };
}

/** The activity's side: its time, the page's splits if it gave any (cumulative), what was logged. */
export interface RaceOutcome {
  elapsedS?: number;
  movingS?: number;
  splits?: readonly { atM: number; elapsedS: number }[];
  intake?: { fluidMl?: number; sodiumMg?: number; carbsG?: number };
}

export interface RaceReview {
  name: string;
  goalS: number;
  /** The time taken (elapsed, as a race is timed; moving when the page gave no elapsed time). */
  tookS: number | null;
  /** Per leg, only when the page gave splits reaching the finish. */
  legs: { fromM: number; toM: number; plannedS: number; tookS: number }[] | null;
  intake: { [K in keyof PlannedRace['totals']]: { planned: number; logged: number | null } } | null;
}

/** A race's activity starts on the race's date and covers roughly its course (GPS distances stray by a few %). */
const DISTANCE_TOLERANCE = 0.1;

export function matchRace(races: readonly SavedRace[], activity: { startTime?: string; distanceM?: number }): SavedRace | null {
  const date = activity.startTime?.slice(0, 10);
  const distanceM = activity.distanceM;
  if (!date || distanceM === undefined) return null;
  return races.find((r) => r.date === date && Math.abs(distanceM - r.course.distanceM) <= r.course.distanceM * DISTANCE_TOLERANCE) ?? null;
}

export function plannedRace(race: SavedRace, plan: RacePlan): PlannedRace {
  return {
    name: race.name,
    goalTimeS: race.goalTimeS,
    distanceM: race.course.distanceM,
    legs: plan.legs.map(({ fromM, toM, startS, endS }) => ({ fromM, toM, startS, endS })),
    totals: { ...plan.totals },
  };
}

/** The elapsed time at `atM` from cumulative splits, linearly between two; null beyond the last. */
function elapsedAt(splits: readonly { atM: number; elapsedS: number }[], atM: number): number | null {
  let before = { atM: 0, elapsedS: 0 };
  for (const split of splits) {
    if (split.atM >= atM) {
      const span = split.atM - before.atM;
      return span <= 0 ? split.elapsedS : before.elapsedS + ((atM - before.atM) / span) * (split.elapsedS - before.elapsedS);
    }
    before = split;
  }
  return null;
}

export function reviewRace(planned: PlannedRace, outcome: RaceOutcome): RaceReview {
  const tookS = outcome.elapsedS ?? outcome.movingS ?? null;
  const splits = [...(outcome.splits ?? [])].filter((s) => Number.isFinite(s.atM) && Number.isFinite(s.elapsedS)).sort((a, b) => a.atM - b.atM);
  // Splits are scaled to the course: the watch's distance is not the course's.
  const last = splits.at(-1);
  const scale = last && last.atM > 0 ? planned.distanceM / last.atM : 1;
  const scaled = splits.map((s) => ({ atM: s.atM * scale, elapsedS: s.elapsedS }));
  let legs: RaceReview['legs'] = null;
  if (scaled.length > 1 && planned.legs.length > 0) {
    const times = planned.legs.map((leg) => {
      const from = leg.fromM === 0 ? 0 : elapsedAt(scaled, leg.fromM);
      const to = elapsedAt(scaled, leg.toM);
      return from === null || to === null ? null : { fromM: leg.fromM, toM: leg.toM, plannedS: leg.endS - leg.startS, tookS: Math.round(to - from) };
    });
    legs = times.every((t) => t !== null) ? (times as NonNullable<(typeof times)[number]>[]) : null;
  }
  const logged = outcome.intake;
  const some = logged && (logged.fluidMl !== undefined || logged.sodiumMg !== undefined || logged.carbsG !== undefined);
  const pair = (k: keyof PlannedRace['totals']) => ({ planned: planned.totals[k], logged: logged?.[k] ?? null });
  return {
    name: planned.name,
    goalS: planned.goalTimeS,
    tookS,
    legs,
    intake: some ? { fluidMl: pair('fluidMl'), sodiumMg: pair('sodiumMg'), carbsG: pair('carbsG') } : null,
  };
}
