// Each example of issue 11 ("Advice a sports scientist would sign"), as a regression test: what the
// engine used to say, and what it says now.
import { describe, expect, it } from 'vitest';
import { type Activity, analyze } from '../../src/core/index';
import { pastRun, profile, run } from './helpers';

const ids = (a: ReturnType<typeof analyze>) => a.findings.map((f) => f.id);
const finding = (a: ReturnType<typeof analyze>, id: string) => a.findings.find((f) => f.id === id);
const now = new Date('2024-06-02T00:00:00Z');

describe('issue 11 examples', () => {
  it('a 55 kg woman’s 5 h 30 marathon at 15 °C: drink to thirst under the low end, no schedule, no deficit warning beside over-drinking', () => {
    const a = analyze(run({ movingS: 5.5 * 3600, distanceM: 42_195, temperatureC: 15 }), profile({ bodyMassKg: 55, heightCm: 162, sex: 'female' }));
    expect(a.plan.during).toMatchObject({ strategy: 'thirst', sipEveryMin: null, sipMl: null });
    expect(a.plan.during.fluidMlPerH).toBeLessThanOrEqual(a.estimates.sweatRateLph.low * 1000);
    expect(a.estimates.sweatRateLph).toMatchObject({ value: 0.4, low: 0.2, high: 0.6 }); // docs/science.md §3
    expect(a.plan.during.fluidMlPerH).toBe(200);
    expect(ids(a)).toContain('overdrinking-risk');
    expect(ids(a)).not.toContain('fluid-deficit');
    expect(a.safety.map((n) => n.id)).toContain('hyponatremia-signs');
  });

  it('a summer weigh-in of 1.6 L/h on a 3 h run at 0 °C: scaled down, nowhere near 1 L/h to drink', () => {
    const summer = { date: '2024-07-20', preKg: 72, postKg: 70.4, drankL: 0, durationH: 1, temperatureC: 28, humidityPct: 50 };
    const a = analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 0, humidityPct: 70 }), profile({ sweatTests: [summer] }));
    expect(a.estimates.sweatRateLph.basis).toBe('personal');
    expect(a.estimates.sweatRateLph).toMatchObject({ value: 0.75, low: 0.25, high: 1.3 }); // docs/science.md §1
    expect(a.plan.during.fluidMlPerH).toBeLessThanOrEqual(400);
    // a bare measured rate likewise
    const bare = analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 0, humidityPct: 70 }), profile({ sweatRateLph: 1.6 }));
    expect(bare.estimates.sweatRateLph.value).toBeLessThan(1.6);
    expect(bare.plan.during.fluidMlPerH).toBeLessThan(1000);
  });

  it('a measured 2,500 mg/L is refused, and sodium stays within 1,000 mg/h with bounded carry counts', () => {
    const hot4h = run({ movingS: 4 * 3600, distanceM: 40_000, temperatureC: 28, humidityPct: 50 });
    const a = analyze(hot4h, profile({ sweatSodiumMgPerL: 2500, saltySweater: true }));
    expect(a.invalid.map((n) => n.field)).toContain('sweatSodiumMgPerL');
    expect(a.plan.during.sodiumMgPerH).toBeLessThanOrEqual(1000);
    expect(a.plan.during.carry?.join(' ')).not.toMatch(/every (5|10) min/);
    expect(finding(a, 'sodium-deficit')?.nextTime).toMatch(/^Take up to .* high blood pressure, kidney or heart disease/);
  });

  it('a self-reported salty sweater with a MEASURED 700 mg/L: the measurement wins', () => {
    const a = analyze(run({ movingS: 7200, distanceM: 20_000 }), profile({ sweatSodiumMgPerL: 700, saltySweater: true }));
    expect(a.estimates.sodiumLossMg.value).toBeCloseTo((a.estimates.sweatLossMl.value / 1000) * 700, -1);
  });

  it('35 °C / 60 %: no 3.0 L/h, uncompensable heat said instead', () => {
    const a = analyze(run({ temperatureC: 35, humidityPct: 60 }), profile());
    expect(a.estimates.sweatRateLph.value).toBeLessThanOrEqual(2.5);
    expect(finding(a, 'heat')?.contributed).toContain('uncompensable heat');
  });

  it('a black flag: postpone, shorten or move to cooler hours; drinking does not prevent heat stroke; the signs of heat illness', () => {
    const a = analyze(run({ temperatureC: 32, humidityPct: 70 }), profile());
    expect(a.estimates.heatFlag).toBe('black');
    expect(finding(a, 'heat')?.nextTime).toMatch(/postpone, shorten or move the session to cooler hours: drinking does not prevent heat stroke/);
    expect(a.safety.map((n) => n.id)).toContain('heat-illness-signs');
  });

  it('heat advice fits the sport: a rider hears about power, a walker about shade', () => {
    const ride = analyze(run({ sport: 'ride', movingS: 7200, distanceM: 60_000, temperatureC: 27, humidityPct: 60 }), profile());
    const hike = analyze(run({ sport: 'hike', movingS: 7200, distanceM: 8000, temperatureC: 27, humidityPct: 60 }), profile());
    expect(finding(ride, 'heat')?.nextTime).toMatch(/power/);
    expect(finding(hike, 'heat')?.nextTime).toMatch(/shade/);
  });

  it('humidity unknown: says it was assumed and gives the flag’s range', () => {
    const a = analyze(run({ temperatureC: 27, humidityPct: undefined }), profile());
    expect(finding(a, 'heat')?.why).toMatch(/humidity was not known, so 50 % was assumed: between 30 % and 80 % the flag would be \w+ to \w+/);
  });

  it('findings and contributors never open with "Probably"', () => {
    const a = analyze(run({ movingS: 9000, distanceM: 28_000, temperatureC: 26, humidityPct: 60, isRace: true }), profile({ crampHistory: 'sometimes' }));
    for (const f of a.findings) expect(f.contributed).not.toMatch(/Probably/);
    expect(finding(a, 'fluid-deficit')?.contributed ?? finding(a, 'sodium-deficit')?.contributed).toMatch(/may have contributed/);
  });

  it('a race run faster than usual in mild heat is moderate, not high: race and pace are one factor', () => {
    const usual = [pastRun(3, 10_000, 3000), pastRun(7, 10_000, 3000), pastRun(12, 12_000, 3600)];
    const a = analyze(run({ distanceM: 10_000, movingS: 2700, isRace: true, temperatureC: 20, humidityPct: 50 }), profile(), usual, now);
    expect(ids(a)).toEqual(expect.arrayContaining(['race', 'pace-spike']));
    expect(a.crampRisk.level).toBe('moderate');
    expect(finding(a, 'race')?.nextTime).toMatch(/first third at your goal pace or a little slower/);
  });

  it('pace is judged against training, not against earlier races', () => {
    const withRace: Activity[] = [pastRun(3, 10_000, 3000), pastRun(7, 10_000, 3000), pastRun(10, 10_000, 2400, { isRace: true })];
    const a = analyze(run({ distanceM: 10_000, movingS: 2700 }), profile(), withRace, now);
    expect(finding(a, 'pace-spike')?.contributed).toContain('5:00 /km');
  });

  it('weak evidence alone stays low; fuel is no cramp factor', () => {
    const a = analyze(run({ movingS: 9000, distanceM: 28_000, temperatureC: 26, humidityPct: 60 }), profile());
    expect(ids(a)).toEqual(expect.arrayContaining(['sodium-deficit', 'heat', 'fuel-gap']));
    expect(a.crampRisk.level).toBe('low');
    expect(a.crampRisk.contributors.join(' ')).not.toMatch(/arbohydrate/);
  });

  it('a salty sweater’s large sodium loss in a long hot session may reach moderate', () => {
    const a = analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: 27, humidityPct: 60 }), profile({ saltySweater: true }));
    expect(finding(a, 'sodium-deficit')?.severity).toBe('warning');
    expect(a.crampRisk.level).toBe('moderate');
  });

  it('a 100 km ride after 60 km rides: "longer than usual", no running-injury hazard ratios', () => {
    const rides = [pastRun(3, 60_000, 7200, { sport: 'ride' }), pastRun(9, 55_000, 7000, { sport: 'ride' })];
    const a = analyze(run({ sport: 'ride', movingS: 4 * 3600, distanceM: 100_000 }), profile(), rides, now);
    const f = finding(a, 'distance-spike');
    expect(f?.contributed).toMatch(/^Longer than usual: this ride/);
    expect(`${f?.contributed} ${f?.why}`).not.toMatch(/hazard|1\.64|1\.52|2\.28|5,205|5205/);
    expect(f?.sources.join(' ')).not.toMatch(/Frandsen/);
  });

  it('a 4 h walk: no 90 g/h carbohydrate', () => {
    const a = analyze(run({ sport: 'walk', movingS: 4 * 3600, distanceM: 20_000 }), profile());
    expect(a.plan.during.carbsGPerH).toBeLessThanOrEqual(30);
    expect(a.plan.during.carbsGPerH).toBeGreaterThan(0);
  });

  it('a long ultra: carbohydrate as tolerated, practised in training', () => {
    const a = analyze(run({ sport: 'trail_run', movingS: 10 * 3600, distanceM: 80_000, elevationGainM: 3000 }), profile());
    expect(a.plan.during.carbsGPerH).toBeLessThanOrEqual(60);
    expect(finding(a, 'fuel-gap')?.nextTime).toMatch(/practise it in training/);
  });

  it('a 50 min easy run at 15 °C: no bottle, no 70 g recovery carbohydrate', () => {
    const a = analyze(run({ movingS: 3000, distanceM: 9000, temperatureC: 15 }), profile());
    expect(a.plan.during.carry ?? []).toEqual([]);
    expect(a.plan.after).toMatchObject({ fluidMl: 0, carbsG: 0, proteinG: 0, withinMin: 0 });
  });

  it('recovery after a long run is conditional on training again within ~8 h', () => {
    const a = analyze(run({ movingS: 2.5 * 3600, distanceM: 25_000 }), profile());
    expect(a.plan.after).toMatchObject({ withinMin: 30, ifNextWithinH: 8 });
    expect(finding(a, 'fuel-gap')?.nextTime).toMatch(/if you train again within 8 h, .* per hour for up to 4 h, starting within 30 min, .*otherwise your next meal is enough/);
  });

  it('when to see a doctor: cramps often, a cramp on a short easy run, frequent logged cramps', () => {
    const doctor = (a: ReturnType<typeof analyze>) => a.safety.find((n) => n.id === 'see-a-doctor')?.text ?? '';
    expect(doctor(analyze(run(), profile({ crampHistory: 'often' })))).toMatch(/^You cramp often\. See a doctor if cramps come at rest or at night/);
    const shortEasy = analyze(run({ movingS: 1800, distanceM: 5000, cramp: { cramped: true } }), profile(), [], now);
    expect(doctor(shortEasy)).toMatch(/short, easy session/);
    const logged = [1, 8, 15].map((d) => pastRun(d, 10_000, 3000, { cramp: { cramped: true } }));
    expect(doctor(analyze(run({ movingS: 4000, distanceM: 12_000 }), profile(), logged, now))).toMatch(/You logged 3 cramps in 30 days/);
    expect(doctor(analyze(run(), profile({ crampHistory: 'sometimes' }), [], now))).toBe('');
  });

  it('cold: a long session at a white flag gets the hypothermia note', () => {
    const a = analyze(run({ movingS: 3 * 3600, distanceM: 30_000, temperatureC: -2, humidityPct: 70 }), profile());
    expect(a.estimates.heatFlag).toBe('white');
    expect(a.safety.map((n) => n.id)).toEqual(['cold']);
  });
});

describe('running-injury figures only for runs: the weekly load note', () => {
  const weeks = (sport: 'run' | 'ride') => [30, 30, 30, 45].flatMap((km, w) => [1, 3, 5].map((d) => pastRun((4 - w) * 7 - d, (km * 1000) / 3, km * 115, { sport })));
  it('quotes the 5,205 runners for runs and not for rides', () => {
    const runNote = finding(analyze(run(), profile(), weeks('run'), now), 'load-trend');
    const rideNote = finding(analyze(run({ sport: 'ride', distanceM: 30_000 }), profile(), weeks('ride'), now), 'load-trend');
    expect(runNote?.why).toContain('5,205 runners');
    expect(rideNote?.why).toMatch(/^A note, not a warning: a rising weekly volume is weak evidence on its own/);
    expect(rideNote?.sources.join(' ')).not.toMatch(/Frandsen/);
  });
});
