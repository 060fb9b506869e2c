import type { Activity } from '../activity';
import type { InputNote } from '../analysis';
import { DEFAULT_HEIGHT_CM, DEFAULT_MASS_KG } from '../analyze';
import { isHotFlag, sodiumMatters } from '../context';
import { drinkingStrategy, hyponatremiaProfile, isSlow, isWalking, type DrinkingProfile } from '../fluid-strategy';
import { messages } from '../i18n/index';
import { crampLogs, familyOf } from '../past-runs';
import { buildPlan } from '../plan';
import type { Profile } from '../profile';
import { cleanProfile, profileLanguage } from '../profile-inputs';
import { floorTo, roundDigits } from '../round';
import { loggedCramps } from '../safety';
import { sweatSodiumMgPerL } from '../sodium';
import { splitGoalTime, stretch } from './grade-pacing';
import { itemSources, legItems, Servings } from './leg-items';
import { legEstimate } from './leg-estimate';
import { legWeather } from './leg-weather';
import { profileProducts } from '../product';
import { raceSafety } from './race-safety';
import { checkRace, type RaceInput } from './race-input';
import type { RaceLeg, RacePlan } from './race-plan';

/** The legs a runner holding back early covers: those starting in the first third of the course. */
const HOLD_BACK_SHARE = 1 / 3;

/**
 * A plan per aid station for a race: legs from the start to each station and on to the finish, the
 * goal time spread by gradient, each leg's forecast hours, and per leg the analysis's own rules
 * (sweat estimate, drinking strategy, sodium, carbohydrate) at the race's duration. Never throws:
 * bad input goes to `invalid` and, when nothing can be planned, the plan is empty.
 */
export function planRace(race: RaceInput, profile: Profile, history: readonly Activity[] = []): RacePlan {
  const invalid: InputNote[] = [];
  const language = profileLanguage(profile);
  const m = messages(language);
  const empty = (): RacePlan => ({
    strategy: 'thirst',
    sweatRateLph: { value: 0, low: 0, high: 0, basis: 'predicted' },
    legs: [],
    totals: { fluidMl: 0, sodiumMg: 0, carbsG: 0 },
    safety: [],
    invalid,
  });
  try {
    const r = checkRace(race, invalid, (problem, value) => m.raceInvalid({ problem, value }));
    if (r === null) return empty();
    const p = cleanProfile(profile, invalid);
    const body = { massKg: p.massKg ?? DEFAULT_MASS_KG, heightCm: p.heightCm ?? DEFAULT_HEIGHT_CM };
    const walkingGait = r.sport === 'walk' || r.sport === 'hike';
    const bounds = [0, ...r.stations.map((s) => s.atM), r.distanceM];
    const shapes = bounds.slice(1).map((to, i) => ({ from: bounds[i] as number, to, ...stretch(r.points, bounds[i] as number, to, walkingGait) }));
    const times = splitGoalTime(
      shapes.map((s) => s.cost),
      r.goalTimeS,
    );
    const minutes = r.goalTimeS / 60;
    const hours = minutes / 60;
    let elapsedS = 0;
    const legs = shapes.map((s, i) => {
      const startS = elapsedS;
      elapsedS += times[i] as number;
      const w = legWeather(r.weather, r.startMs + startS * 1000, r.startMs + elapsedS * 1000, r.sky);
      // The runner's weigh-ins are read once: their notes would otherwise repeat on every leg.
      const est = legEstimate({ sport: r.sport, distanceM: s.to - s.from, durationS: elapsedS - startS, climbM: s.climbM }, w, p, body, i === 0 ? invalid : []);
      return { s, startS, endS: elapsedS, w, est };
    });

    const speedMs = r.distanceM / r.goalTimeS;
    const hot = legs.some((l) => isHotFlag(l.est.flag));
    const drinking: DrinkingProfile = { minutes, speedMs: r.sport === 'ride' ? null : speedMs, massKg: p.massKg, female: p.female, sport: r.sport, hot };
    const strategy = drinkingStrategy(drinking);
    const weighted = (f: (l: (typeof legs)[number]) => number) => legs.reduce((sum, l) => sum + f(l) * (l.endS - l.startS), 0) / r.goalTimeS;
    const sweatRateLph = {
      value: roundDigits(weighted((l) => l.est.sweat.value), 2),
      low: roundDigits(weighted((l) => l.est.sweat.low), 2),
      high: roundDigits(weighted((l) => l.est.sweat.high), 2),
      basis: legs[0]?.est.sweat.basis ?? 'predicted',
    };
    const sodiumConc = sweatSodiumMgPerL(p.sodiumMgPerL, p.saltySweater, p.female ? 'female' : p.male ? 'male' : null);
    const lossMl = sweatRateLph.value * hours * 1000;
    const matters = sodiumMatters({
      minutes,
      sodiumMg: { value: (lossMl / 1000) * sodiumConc.value, low: 0, high: 0 },
      lossPct: lossMl / 10 / body.massKg,
      flag: legs.map((l) => l.est.flag).find(isHotFlag) ?? null,
      saltySweater: p.saltySweater,
    });

    // Only what the runner picked for this race; a product not picked is never scheduled.
    const carried = profileProducts(profile).filter((product) => r.carry === null || r.carry.includes(product.name));
    const src = itemSources(carried, m);
    const counters = { drink: src.drink ? new Servings(src.drink.volumeMl) : null, carbs: new Servings(src.carbs.g), sodium: new Servings(src.sodium.mg) };
    const out: RaceLeg[] = legs.map((l, i) => {
      const legH = (l.endS - l.startS) / 3600;
      // Rates per hour by the analysis's own plan, for a session as long as the whole race.
      const { plan } = buildPlan({
        minutes,
        massKg: body.massKg,
        sweatRateLph: l.est.sweat.value,
        sweatLowLph: l.est.sweat.low,
        sweatLossMl: l.est.sweat.value * hours * 1000,
        sodiumMgPerL: sodiumConc.value,
        sodiumMatters: matters,
        pickleJuice: false,
        strategy,
        metabolicW: l.est.power.metabolicW,
        walking: isWalking({ sport: r.sport, speedMs: (l.s.to - l.s.from) / (l.endS - l.startS) }),
        race: true,
        hot,
        units: p.units,
        language,
      });
      const fluidMl = floorTo(plan.during.fluidMlPerH * legH, 10);
      const sodiumMg = floorTo(plan.during.sodiumMgPerH * legH, 10);
      const carbsG = floorTo(plan.during.carbsGPerH * legH, 1);
      const offers = i === 0 ? [] : (r.stations[i - 1]?.offers ?? []);
      const items = legItems({ minutes: legH * 60, fluidMl, sodiumMg, carbsG, offers }, src, counters);
      const leg: RaceLeg = {
        fromM: l.s.from,
        toM: l.s.to,
        startS: Math.round(l.startS),
        endS: Math.round(l.endS),
        temperatureC: l.w?.temperatureC ?? null,
        fluidMl,
        sodiumMg,
        carbsG,
        items,
        sweatLowLph: l.est.sweat.low,
      };
      if (l.est.flag !== null) leg.heatFlag = l.est.flag;
      if (l.w !== null) leg.humidityPct = l.w.humidityPct;
      return leg;
    });

    const family = familyOf(r.sport);
    const logged = crampLogs(history, family, r.startMs, null).cramps.length;
    const crampedBefore = p.crampHistory === 'sometimes' || p.crampHistory === 'often' || logged > 0;
    if (crampedBefore) {
      for (const leg of out) if (leg.fromM < r.distanceM * HOLD_BACK_SHARE) leg.holdBack = true;
    }
    const safety = raceSafety(
      {
        overDrinkingRisk: minutes >= 240 || isSlow(drinking) || hyponatremiaProfile(drinking),
        flags: legs.flatMap((l) => [l.est.flag, l.est.flagHigh]),
        minutes,
        crampHistory: p.crampHistory,
        loggedCramps: loggedCramps(history, family, r.startMs, null, false),
        crampedBefore,
      },
      m,
    );
    const sum = (f: (l: RaceLeg) => number) => out.reduce((s, l) => s + f(l), 0);
    return {
      strategy,
      sweatRateLph,
      legs: out,
      totals: { fluidMl: sum((l) => l.fluidMl), sodiumMg: sum((l) => l.sodiumMg), carbsG: sum((l) => l.carbsG) },
      safety,
      invalid,
    };
  } catch {
    return empty();
  }
}
