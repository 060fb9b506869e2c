import type { Activity } from './activity';
import type { Analysis, Finding } from './analysis';
import { analysisContext, DEFAULT_HEIGHT_CM, DEFAULT_MASS_KG } from './analysis-context';
import { messages } from './i18n/index';
import type { Profile } from './profile';
import { profileLanguage } from './profile-inputs';
import { crampRisk } from './risk';
import { FINDINGS } from './findings/index';
import { roundDigits } from './round';
import { missingNotes } from './missing';
import { safeAnalysis } from './fallback';
import { balanceOf } from './balance';
import { loggedCramps, safetyNotes } from './safety';

export { DEFAULT_HEIGHT_CM, DEFAULT_MASS_KG } from './analysis-context';

/**
 * Why this run may have ended in cramps, and the plan for next time. Never throws: bad input
 * becomes `invalid` notes and is ignored. `history` windows are anchored on the activity's own
 * start time (then `now`), so the answer does not change with the day it is viewed.
 */
export function analyze(activity: Activity, profile: Profile, history: readonly Activity[] = [], now?: Date): Analysis {
  try {
    return analyzeUnchecked(activity, profile, Array.isArray(history) ? history : [], now);
  } catch {
    return safeAnalysis(profileLanguage(profile), profile?.units === 'imperial' ? 'imperial' : 'metric');
  }
}

function analyzeUnchecked(activity: unknown, profile: unknown, history: readonly unknown[], now: Date | undefined): Analysis {
  const { ctx, a, p, w, power, estimated, weighedLph, sun, referenceMs, nowMs, invalid, missing } = analysisContext(activity, profile, history, now);
  const { language, sweat, lossMl, sodiumMg, lossPct, family, plan } = ctx;
  missingNotes(missing, { a, p, historyLength: history.length, nowMs, assumed: { massKg: DEFAULT_MASS_KG, heightCm: DEFAULT_HEIGHT_CM } });
  const findings: Finding[] = [];
  for (const finding of FINDINGS) {
    const f = finding.run(ctx);
    if (f !== null) findings.push(f);
  }
  const sweatRateLph = { value: sweat.value, low: sweat.low, high: sweat.high, basis: sweat.basis };
  const estimates: Analysis['estimates'] = { sweatRateLph, sweatLossMl: lossMl, sodiumLossMg: sodiumMg };
  if (sweat.uncompensable) estimates.uncompensable = true;
  const own = weighedLph === null ? estimated.personal : undefined;
  estimates.sweatWhy = messages(language).sweatWhy({
    effort: power.from,
    metabolicW: power.metabolicW,
    ...(power.pace ? { pace: power.pace } : {}),
    ...(power.from === 'heart-rate' && a.avgHeartRate !== null
      ? { heartRate: { bpm: Math.round(a.avgHeartRate), stream: a.heartRateFromStream, via: power.rough ? ('keytel' as const) : ('own-line' as const) } }
      : {}),
    count: own?.count ?? 0,
    nearCount: own?.nearCount ?? 0,
    surePct: Math.round((own?.sureSd ?? 0) * 100),
    sunCounted: sun !== null,
  });
  if (ctx.massKnown) estimates.bodyMassLossPct = roundDigits(lossPct, 1);
  if (w.wbgt !== null && w.flag !== null) {
    estimates.wbgtC = roundDigits(w.wbgt, 1);
    estimates.heatFlag = w.flag;
    if (sun !== null) estimates.wbgtWithSun = true;
  }
  if (w.heatIndexF !== null) estimates.heatIndexF = Math.round(w.heatIndexF);
  const safety = safetyNotes(ctx, { crampedNow: a.cramped, loggedCramps: loggedCramps(history, family, referenceMs, a.id, a.cramped) });
  return { estimates, plan, balance: balanceOf(ctx), findings, crampRisk: crampRisk(findings, language), safety, missing, invalid };
}
