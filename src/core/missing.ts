import type { InputNote } from './analysis';
import type { CleanActivity } from './inputs';
import type { CleanProfile } from './profile-inputs';

/**
 * Inputs that would sharpen the answer, each with what the runner can do about it.
 * Weather notes come from weather.ts; this covers the profile, distance and history.
 */
export function missingNotes(
  missing: InputNote[],
  s: { a: CleanActivity; p: CleanProfile; historyLength: number; nowMs: number | null },
): void {
  if (s.p.massKg === null) {
    missing.push({ field: 'bodyMassKg', message: 'Add your body mass in the options: 70 kg was assumed, which scales sweat, fluid and fuel amounts.' });
  }
  if (s.p.heightCm === null) {
    missing.push({ field: 'heightCm', message: 'Add your height in the options: 175 cm was assumed for skin area.' });
  }
  if (s.p.sweatRateLph === null && s.p.sweatTests.length === 0) {
    missing.push({
      field: 'sweatTests',
      message: 'Weigh yourself before and after a run (note what you drank) to replace the predicted sweat rate with your own.',
    });
  }
  if (s.a.distanceM === null && s.a.durationS > 0) {
    missing.push({ field: 'distanceM', message: 'Add the distance: pace sets how hard you worked and lets pace and distance be compared.' });
  }
  if (s.historyLength === 0) {
    missing.push({ field: 'history', message: 'Recent activities from the last 30 days let pace and distance jumps be checked.' });
  } else if (s.a.startMs === null) {
    missing.push({
      field: 'startTime',
      message:
        s.nowMs === null
          ? 'Add the start time: without it recent activities cannot be placed in a 30-day window.'
          : 'Add the start time: the 30 days before today were used instead.',
    });
  }
}
