import type { Activity } from './activity';
import type { Analysis, Finding, InputNote } from './analysis';
import { buildPlan } from './plan';
import type { Context } from './context';
import { isHotFlag, sodiumMatters } from './context';
import { type DrinkingProfile, drinkingStrategy, hyponatremiaProfile, isWalking } from './fluid-strategy';
import { distanceSpike, paceSpikePct, recentTraining } from './recent-training';
import { familyOf } from './past-runs';
import { loadTrend, ownLog } from './own-patterns';
import { cleanActivity } from './inputs';
import { messages } from './i18n/index';
import { sessionEffort } from './effort';
import { heartRateLine } from './heart-rate-effort';
import type { Profile } from './profile';
import { cleanProfile, profileLanguage } from './profile-inputs';
import { crampRisk } from './risk';
import { FINDINGS } from './findings/index';
import { roundDigits, roundTo } from './round';
import { sodiumLossMg, sweatSodiumMgPerL } from './sodium';
import { type Conditions, estimateSweatRate } from './sweat-rate';
import { weather } from './weather';
import { sweatTestsOf } from './weigh-ins';
import { usualRunPower, usualRunSpeedMs, weighInPower } from './weigh-in-effort';
import { missingNotes } from './missing';
import { paceBaseline, racePrediction } from './pace-baseline';
import { safeAnalysis } from './fallback';
import { cleanIntake, isWeighed, weighedGainKg, weighedSweatLph } from './intake';
import { modelSweat } from './sweat-model';
import { balanceOf } from './balance';
import { profileProducts } from './product';
import { loggedCramps, safetyNotes } from './safety';

/** Population defaults when the profile is silent (a typical adult runner). */
export const DEFAULT_MASS_KG = 70;
export const DEFAULT_HEIGHT_CM = 175;

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
  const invalid: InputNote[] = [];
  const missing: InputNote[] = [];
  const language = profileLanguage(profile);
  const a = cleanActivity(activity, invalid, missing, language);
  const p = cleanProfile(profile, invalid);
  const took = cleanIntake((activity as { intake?: unknown } | null)?.intake, a.durationS, invalid, messages(language));
  const weighed = isWeighed(took, a.durationS);
  // The scale this morning knows the runner's mass better than the profile.
  const massKg = took.massBeforeKg ?? p.massKg ?? DEFAULT_MASS_KG;
  const heightCm = p.heightCm ?? DEFAULT_HEIGHT_CM;
  const w = weather(a.temperatureC, a.humidityPct, p.units, missing, language, a.temperatureHighC, a.temperatureC === null ? null : a.wbgtHighC);
  const minutes = a.durationS / 60;
  const hours = minutes / 60;

  const power = sessionEffort({ ...a, female: p.female }, massKg, heartRateLine(history));
  const speedMs = a.distanceM !== null && a.durationS > 0 ? a.distanceM / a.durationS : null;
  const referenceMs = a.startMs ?? (now instanceof Date && Number.isFinite(now.getTime()) ? now.getTime() : null);
  const today = { sport: a.sport, speedMs, power };
  const usualRunMs = usualRunSpeedMs(history, referenceMs, a.id, today);
  const sun = a.temperatureC === null ? null : a.solarLoadWm2;
  const conditions = (t: number, rh: number): Conditions => ({ power, massKg, heightCm, temperatureC: t, humidityPct: rh, solarLoadWm2: sun ?? 0 });
  const estimated = estimateSweatRate(
    {
      measuredLph: p.sweatRateLph,
      sweatTests: sweatTestsOf({ sweatTests: p.sweatTests as Profile['sweatTests'] }, history as Activity[]),
      central: conditions(w.temperatureC, w.humidityPct),
      cool: conditions(w.cool.temperatureC, w.cool.humidityPct),
      warm: conditions(w.warm.temperatureC, w.warm.humidityPct),
      sport: a.sport,
      powerOf: (point) => weighInPower(point, today, massKg, usualRunMs),
      usualRunPower: usualRunPower(massKg, usualRunMs),
    },
    invalid,
    language,
  );
  const fromScale = weighedSweatLph(took, a.durationS);
  // The session's own weights beat any model (science §11): the range is the scale's error only.
  const sweat =
    fromScale === null
      ? estimated
      : { ...fromScale, basis: 'weighed' as const, uncompensable: modelSweat(conditions(w.temperatureC, w.humidityPct)).uncompensable, predicted: estimated.predicted };
  const lossMl = { value: roundTo(sweat.value * hours * 1000, 10), low: roundTo(sweat.low * hours * 1000, 10), high: roundTo(sweat.high * hours * 1000, 10) };
  const sodiumConc = sweatSodiumMgPerL(p.sodiumMgPerL, p.saltySweater, p.female ? 'female' : p.male ? 'male' : null);
  const raw = sodiumLossMg(lossMl, sodiumConc);
  const sodiumMg = { value: roundTo(raw.value, 10), low: roundTo(raw.low, 10), high: roundTo(raw.high, 10) };
  const lossPct = lossMl.value / 10 / massKg;

  const nowMs = now instanceof Date && Number.isFinite(now.getTime()) ? now.getTime() : null;
  // Every window ends at the activity's own start (else `now`), never at the day it is viewed.
  const family = familyOf(a.sport);
  const recent = recentTraining(history, family, referenceMs, a.id);
  const spike = a.distanceM !== null ? distanceSpike(a.distanceM, recent.longestM) : null;
  // A race against its predicted time from the best recent efforts; training against the usual pace.
  const baseline = a.distanceM === null ? null : (a.isRace ? racePrediction : paceBaseline)(history, family, referenceMs, a.id, a.distanceM);
  const pacePct = speedMs !== null ? paceSpikePct(speedMs, baseline?.speedMs ?? null) : null;
  missingNotes(missing, { a, p, historyLength: history.length, nowMs, assumed: { massKg: DEFAULT_MASS_KG, heightCm: DEFAULT_HEIGHT_CM } });

  const base = { minutes, sodiumMg, lossPct, flag: w.flag, saltySweater: p.saltySweater };
  const cramping = p.crampHistory === 'sometimes' || p.crampHistory === 'often';
  const hot = isHotFlag(w.flag);
  const drinking: DrinkingProfile = { minutes, speedMs, massKg: p.massKg, female: p.female, sport: a.sport, hot };
  const { plan, carb, recoveryCarbsHighG } = buildPlan({
    minutes,
    massKg,
    sweatRateLph: sweat.value,
    sweatLowLph: sweat.low,
    sweatLossMl: lossMl.value,
    sodiumMgPerL: sodiumConc.value,
    sodiumMatters: sodiumMatters(base),
    pickleJuice: a.durationS > 0 && (cramping || a.isRace || spike !== null || pacePct !== null),
    strategy: drinkingStrategy(drinking),
    metabolicW: power.metabolicW,
    walking: isWalking(drinking),
    race: a.isRace,
    hot,
    units: p.units,
    language,
    products: profileProducts(profile),
    weighedDeficitMl: weighed ? ((took.massBeforeKg ?? 0) - (took.massAfterKg ?? 0)) * 1000 : null,
  });
  // Written out, not spread: a spread followed by 30 properties was 80 % of the run time in V8.
  const ctx: Context = {
    minutes,
    sodiumMg,
    lossPct,
    flag: w.flag,
    flagRange: w.flagRange,
    saltySweater: p.saltySweater,
    language,
    units: p.units,
    durationS: a.durationS,
    hours,
    massKg,
    massKnown: p.massKg !== null || took.massBeforeKg !== null,
    female: p.female,
    crampHistory: p.crampHistory,
    isRace: a.isRace,
    speedMs,
    distanceM: a.distanceM,
    sweat,
    lossMl,
    sodiumConc,
    temperatureKnown: w.temperatureKnown,
    temperatureC: w.temperatureC,
    humidityPct: w.humidityPct,
    wbgt: w.wbgt,
    heatIndexF: w.heatIndexF,
    carb,
    plan,
    recoveryCarbsHighG,
    spike,
    longestM: recent.longestM,
    pacePct,
    medianSpeedMs: baseline?.speedMs ?? null,
    recentCount: baseline?.count ?? 0,
    paceBasis: baseline?.basis ?? 'usual',
    family,
    loadTrend: loadTrend(recent.weeksM),
    hyponatremia: hyponatremiaProfile(drinking),
    sport: a.sport,
    uncompensable: sweat.uncompensable,
    ownLog: ownLog(history, family, referenceMs, a.id, { durationS: a.durationS, temperatureC: a.temperatureC, isRace: a.isRace }),
    took,
    weighed,
    gainKg: weighedGainKg(took, a.durationS),
  };
  const findings: Finding[] = [];
  for (const finding of FINDINGS) {
    const f = finding.run(ctx);
    if (f !== null) findings.push(f);
  }
  const sweatRateLph = { value: sweat.value, low: sweat.low, high: sweat.high, basis: sweat.basis };
  const estimates: Analysis['estimates'] = { sweatRateLph, sweatLossMl: lossMl, sodiumLossMg: sodiumMg };
  if (sweat.uncompensable) estimates.uncompensable = true;
  const own = fromScale === null ? estimated.personal : undefined;
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
