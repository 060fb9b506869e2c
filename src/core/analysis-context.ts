import type { InputNote } from './analysis';
import { buildPlan } from './plan';
import type { Context } from './context';
import { type ContextFields, type Planned, withLaterParts } from './context-later';
import { isHotFlag, sodiumMatters } from './context';
import { type DrinkingProfile, drinkingStrategy, hyponatremiaProfile, isWalking } from './fluid-strategy';
import { distanceSpike, paceSpikePct, recentTraining } from './recent-training';
import { familyOf } from './past-runs';
import { loadTrend, ownLog } from './own-patterns';
import { type CleanActivity, cleanActivity } from './inputs';
import { messages } from './i18n/index';
import type { Power } from './metabolic';
import { type CleanProfile, cleanProfile, profileLanguage } from './profile-inputs';
import type { SweatRate } from './sweat-rate';
import { type Weather, weather } from './weather';
import { paceBaseline } from './pace-baseline';
import { racePrediction } from './race-prediction';
import { cleanIntake, isWeighed, weighedGainKg, type weighedSweatLph } from './intake';
import { profileProducts } from './product';
import { sessionSweat } from './session-sweat';

/** Population defaults when the profile is silent (a typical adult runner). */
export const DEFAULT_MASS_KG = 70;
export const DEFAULT_HEIGHT_CM = 175;

/** The context the finding rules read, and what the full analysis reports beside the findings. */
export interface Prepared {
  ctx: Context;
  a: CleanActivity;
  p: CleanProfile;
  w: Weather;
  power: Power;
  /** The model's estimate (the scale's rate, when weighed, is `ctx.sweat`). */
  estimated: SweatRate;
  weighedLph: ReturnType<typeof weighedSweatLph>;
  /** The sun's load when a temperature was given, else null. */
  sun: number | null;
  referenceMs: number | null;
  nowMs: number | null;
  invalid: InputNote[];
  missing: InputNote[];
}

/**
 * One analysis's context, built once for `analyze` and for `crampRiskLevel` (the popup's 8-week
 * view rates hundreds of runs, wanting the level alone): the same numbers for both. What only a
 * few rules read is worked out when first read: the plan (the cramp-risk rules read it only to
 * word a finding that fires) and the runner's usual running pace (only weigh-ins and a typed rate
 * are placed at it). Reading a value later gives the number reading it at once would: every input
 * is fixed by then. What the session cost (effort, sweat, losses) is session-sweat.ts; how the
 * later parts are read, context-later.ts.
 */
export function analysisContext(activity: unknown, profile: unknown, history: readonly unknown[], now: Date | undefined): Prepared {
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

  const nowMs = now instanceof Date && Number.isFinite(now.getTime()) ? now.getTime() : null;
  // Every window ends at the activity's own start (else `now`), never at the day it is viewed.
  const referenceMs = a.startMs ?? nowMs;
  const { power, speedMs, sun, estimated, weighedLph, sweat, lossMl, sodiumConc, sodiumMg, lossPct } = sessionSweat(a, p, took, w, massKg, heightCm, history, referenceMs, language, invalid);

  const family = familyOf(a.sport);
  const recent = recentTraining(history, family, referenceMs, a.id);
  const spike = a.distanceM !== null ? distanceSpike(a.distanceM, recent.longestM) : null;
  // A race against its predicted time from the best recent efforts; training against the usual pace.
  const baseline = a.distanceM === null ? null : (a.isRace ? racePrediction : paceBaseline)(history, family, referenceMs, a.id, a.distanceM);
  const pacePct = speedMs !== null ? paceSpikePct(speedMs, baseline?.speedMs ?? null) : null;

  const base = { minutes, sodiumMg, lossPct, flag: w.flag, saltySweater: p.saltySweater };
  const cramping = p.crampHistory === 'sometimes' || p.crampHistory === 'often';
  const hot = isHotFlag(w.flag);
  const drinking: DrinkingProfile = { minutes, speedMs, massKg: p.massKg, female: p.female, sport: a.sport, hot };
  let planned: Planned | undefined;
  const plan = () =>
    (planned ??= buildPlan({
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
    }));
  // Written out, not spread: a spread followed by 30 properties was 80 % of the run time in V8.
  const fields: ContextFields = {
    planned: plan,
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
  return { ctx: withLaterParts(fields), a, p, w, power, estimated, weighedLph, sun, referenceMs, nowMs, invalid, missing };
}
