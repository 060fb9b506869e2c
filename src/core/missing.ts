import type { InputNote } from './analysis';
import { formatWhole } from './format';
import { messages } from './i18n/index';
import type { CleanActivity } from './inputs';
import type { CleanProfile } from './profile-inputs';

/**
 * Inputs that would sharpen the answer, each with what the runner can do about it.
 * Weather notes come from weather.ts; this covers the profile, distance and history.
 */
export function missingNotes(
  missing: InputNote[],
  s: { a: CleanActivity; p: CleanProfile; historyLength: number; nowMs: number | null; assumed: { massKg: number; heightCm: number } },
): void {
  const m = messages(s.p.language);
  const locale = s.p.language;
  if (s.p.massKg === null) missing.push({ field: 'bodyMassKg', message: m.missingBodyMass({ mass: formatWhole('mass', s.assumed.massKg, s.p.units, locale) }) });
  if (s.p.heightCm === null) missing.push({ field: 'heightCm', message: m.missingHeight({ height: formatWhole('height', s.assumed.heightCm, s.p.units, locale) }) });
  if (s.p.sweatRateLph === null && s.p.sweatTests.length === 0) missing.push({ field: 'sweatTests', message: m.missingSweatTests() });
  if (s.a.distanceM === null && s.a.durationS > 0) missing.push({ field: 'distanceM', message: m.missingDistance() });
  if (s.historyLength === 0) {
    missing.push({ field: 'history', message: m.missingHistory() });
  } else if (s.a.startMs === null) {
    missing.push({ field: 'startTime', message: m.missingStartTime({ usedToday: s.nowMs !== null }) });
  }
}
