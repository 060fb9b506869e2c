import { describe, expect, it } from 'vitest';
import { type Activity, analyze, type FindingId, type Profile } from '../../src/core/index';
import { pastRun, profile, run } from './helpers';

const usualRuns = [pastRun(3, 10_000, 3000), pastRun(7, 12_000, 3600), pastRun(12, 20_000, 6000), pastRun(20, 10_000, 3000)];

interface Case {
  id: FindingId;
  name: string;
  activity: Activity;
  profile?: Profile;
  history?: Activity[];
}

const triggered: Case[] = [
  { id: 'fluid-deficit', name: '2 h at 25 °C', activity: run({ movingS: 7200, distanceM: 22_000, temperatureC: 25 }) },
  { id: 'overdrinking-risk', name: '4.5 h slow marathon, 55 kg', activity: run({ movingS: 16_230, distanceM: 42_195 }), profile: profile({ bodyMassKg: 55 }) },
  { id: 'sodium-deficit', name: '2.5 h at 26 °C', activity: run({ movingS: 9000, distanceM: 28_000, temperatureC: 26, humidityPct: 60 }) },
  { id: 'fuel-gap', name: '2 h long run', activity: run({ movingS: 7200, distanceM: 20_000 }) },
  { id: 'heat', name: '30 °C / 70 %', activity: run({ temperatureC: 30, humidityPct: 70 }) },
  { id: 'distance-spike', name: '23 km after a 20 km longest', activity: run({ distanceM: 23_000, movingS: 6900 }), history: usualRuns },
  { id: 'pace-spike', name: '4:30 /km after 5:00 /km runs', activity: run({ distanceM: 10_000, movingS: 2700 }), history: usualRuns },
  { id: 'cramp-history', name: 'cramps often', activity: run(), profile: profile({ crampHistory: 'often' }) },
  { id: 'race', name: 'a race', activity: run({ isRace: true }) },
  { id: 'short-easy', name: '30 min easy at 15 °C', activity: run({ movingS: 1800, distanceM: 5000 }), history: usualRuns },
];

const controls: Case[] = [
  { id: 'fluid-deficit', name: '40 min at 15 °C', activity: run({ movingS: 2400, distanceM: 7000 }) },
  { id: 'overdrinking-risk', name: '3.5 h marathon, 70 kg', activity: run({ movingS: 12_600, distanceM: 42_195 }) },
  { id: 'sodium-deficit', name: '1 h at 12 °C', activity: run({ temperatureC: 12 }) },
  { id: 'fuel-gap', name: '1 h run', activity: run() },
  { id: 'heat', name: '15 °C', activity: run() },
  { id: 'distance-spike', name: '21 km after a 20 km longest', activity: run({ distanceM: 21_000, movingS: 6300 }), history: usualRuns },
  { id: 'pace-spike', name: '4:55 /km after 5:00 /km runs', activity: run({ distanceM: 10_000, movingS: 2950 }), history: usualRuns },
  { id: 'cramp-history', name: 'never cramps', activity: run(), profile: profile({ crampHistory: 'never' }) },
  { id: 'race', name: 'training run', activity: run({ isRace: false }) },
  { id: 'short-easy', name: '30 min at 30 °C', activity: run({ movingS: 1800, distanceM: 5000, temperatureC: 30, humidityPct: 70 }) },
];

const ids = (c: Case) => analyze(c.activity, c.profile ?? profile(), c.history ?? [], new Date('2024-06-02T00:00:00Z')).findings;

describe('each finding fires on a realistic case', () => {
  it.each(triggered)('$id: $name', (c) => {
    const f = ids(c).find((x) => x.id === c.id);
    expect(f).toBeDefined();
    expect(f?.sources.length).toBeGreaterThan(0);
    expect(f?.why?.length).toBeGreaterThan(20);
    expect(f?.lacked.length).toBeGreaterThan(10);
    expect(f?.nextTime.length).toBeGreaterThan(10);
  });
});

describe('and not on its control', () => {
  it.each(controls)('$id not for: $name', (c) => {
    expect(ids(c).map((f) => f.id)).not.toContain(c.id);
  });
});

describe('finding details', () => {
  it('distance spike names the band, +15 % and Frandsen', () => {
    const f = ids(triggered[5] as Case).find((x) => x.id === 'distance-spike');
    expect(f?.lacked).toContain('15 %');
    expect(f?.lacked).toContain('10–30 % longer');
    expect(f?.why).toContain('1.64');
    expect(f?.sources).toContain('Frandsen et al. 2025, BJSM');
    expect(f?.amounts).toContainEqual({ key: 'pctLonger', value: 15, unit: '%' });
  });

  it('pace spike reports +11 % against the runs carried to 10 km (Riegel): 4:58 /km', () => {
    // 5:00 /km over 10 and 12 km and 5:00 /km over 20 km (worth 4:48 /km over 10 km): median 4:58 /km
    const f = ids(triggered[6] as Case).find((x) => x.id === 'pace-spike');
    expect(f?.lacked).toContain('11 %');
    expect(f?.lacked).toContain('4:58 /km');
    expect(f?.lacked).toContain('for this distance');
    expect(f?.severity).toBe('warning');
  });

  it('fluid deficit gives sips in round amounts and a rehydration range', () => {
    const f = ids(triggered[0] as Case).find((x) => x.id === 'fluid-deficit');
    const perH = f?.amounts?.find((a) => a.key === 'fluidMlPerH')?.value ?? 0;
    expect(perH % 50).toBe(0);
    expect(f?.nextTime).toMatch(/about \d+ mL every (15|20) min/);
  });

  it('sodium amounts are rounded to 50 mg', () => {
    const f = ids(triggered[2] as Case).find((x) => x.id === 'sodium-deficit');
    for (const a of f?.amounts ?? []) expect(a.value % 50).toBe(0);
  });

  it('overdrinking risk says to drink to thirst and not beyond sweat loss', () => {
    const f = ids(triggered[1] as Case).find((x) => x.id === 'overdrinking-risk');
    expect(f?.nextTime).toContain('Drink to thirst');
    expect(f?.sources).toContain('Hew-Butler et al. 2015, Clin J Sport Med');
  });

  it('imperial runners get fl oz, °F and mi in the sentences', () => {
    const r = analyze(
      run({ movingS: 9000, distanceM: 28_000, temperatureC: 30, humidityPct: 70, id: 'x' }),
      profile({ units: 'imperial', crampHistory: 'often' }),
      usualRuns,
    );
    const text = r.findings.map((f) => `${f.lacked} ${f.nextTime} ${f.why}`).join(' ') + r.plan.during.carry?.join(' ');
    expect(text).toContain('fl oz');
    expect(text).toContain('°F');
    expect(text).toContain(' mi');
    expect(text).not.toMatch(/\bmL\b|°C|\bkm\b|\bkg\b|\d L\b/);
    expect(r.estimates.heatIndexF).toBe(95);
  });

  it('heat index is only given to imperial runners from 80 °F', () => {
    expect(analyze(run({ temperatureC: 30, humidityPct: 70 }), profile()).estimates.heatIndexF).toBeUndefined();
    expect(analyze(run({ temperatureC: 20 }), profile({ units: 'imperial' })).estimates.heatIndexF).toBeUndefined();
  });
});
