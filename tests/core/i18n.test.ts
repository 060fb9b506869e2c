import { describe, expect, it } from 'vitest';
import { TRANSLATIONS } from '../../src/core/languages';
import { type Activity, type Analysis, analyze, FINDING_IDS, SAFETY_IDS, type Language, type Profile, ProfileSchema } from '../../src/core/index';
import { safeAnalysis } from '../../src/core/fallback';
import { pastRun, profile, run } from './helpers';

/** Realistic runs that together trigger every finding, every carry line, missing and invalid note. */
const usualRuns = [pastRun(3, 10_000, 3000), pastRun(7, 12_000, 3600), pastRun(12, 20_000, 6000), pastRun(20, 10_000, 3000)];
const now = new Date('2024-06-02T00:00:00Z');
interface Scenario {
  name: string;
  activity: Activity;
  profile?: Profile;
  history?: Activity[];
  now?: Date;
}
/** Weeks of 30/30/30/45 km (3 runs each) before 2024-06-01: the load-trend example of science.md §7. */
const risingWeeks = [30, 30, 30, 45].flatMap((km, w) => [1, 3, 5].map((d) => pastRun((4 - w) * 7 - d, (km * 1000) / 3, km * 115)));
/** Three cramps on long warm runs (late, in the calves) and runs without cramps, similar and not. */
const crampLog = [
  pastRun(10, 20_000, 6600, { temperatureC: 24, cramp: { cramped: true, atMin: 100, muscles: ['calves'] } }),
  pastRun(40, 21_000, 6900, { temperatureC: 25, cramp: { cramped: true, atMin: 110, muscles: ['calves', 'quads'] } }),
  pastRun(70, 19_000, 6300, { temperatureC: 23, isRace: true, cramp: { cramped: true, atMin: 95, muscles: ['calves'] } }),
  pastRun(25, 20_000, 6600, { temperatureC: 24, cramp: { cramped: false } }),
  pastRun(55, 20_000, 6600, { temperatureC: 21, cramp: { cramped: false } }),
];
const weighIn = { date: '2024-05-01', preKg: 70, postKg: 69, drankL: 0.5, durationH: 1 };
const scenarios: Scenario[] = [
  { name: '2 h at 25 °C', activity: run({ movingS: 7200, distanceM: 22_000, temperatureC: 25 }) },
  { name: '4.5 h marathon, 55 kg', activity: run({ movingS: 16_230, distanceM: 42_195 }), profile: profile({ bodyMassKg: 55 }) },
  { name: '2.5 h at 26 °C, salty', activity: run({ movingS: 9000, distanceM: 28_000, temperatureC: 26, humidityPct: 60 }), profile: profile({ saltySweater: true }) },
  { name: '1 h at 30 °C', activity: run({ temperatureC: 30, humidityPct: 70 }) },
  { name: '23 km after 20 km', activity: run({ distanceM: 23_000, movingS: 6900 }), history: usualRuns },
  { name: '30 km after 20 km', activity: run({ distanceM: 30_000, movingS: 9000 }), history: usualRuns },
  { name: '50 km after 20 km', activity: run({ distanceM: 50_000, movingS: 18_000 }), history: usualRuns },
  { name: 'pace spike', activity: run({ distanceM: 10_000, movingS: 2700 }), history: usualRuns },
  { name: 'cramps sometimes', activity: run(), profile: profile({ crampHistory: 'sometimes' }) },
  { name: 'race, cramps often', activity: run({ isRace: true }), profile: profile({ crampHistory: 'often' }) },
  { name: '30 min easy', activity: run({ movingS: 1800, distanceM: 5000 }), history: usualRuns },
  {
    name: 'imperial, hot and long',
    activity: run({ movingS: 9000, distanceM: 28_000, temperatureC: 30, humidityPct: 70, id: 'x' }),
    profile: profile({ units: 'imperial', crampHistory: 'often' }),
    history: usualRuns,
  },
  { name: 'nothing known', activity: { source: 'manual', sport: 'run', movingS: 3600 }, profile: { units: 'metric' } },
  { name: 'elapsed time only', activity: run({ movingS: -1, elapsedS: 3600 }) },
  { name: 'no start time, now given', activity: run({ startTime: undefined }), history: usualRuns },
  { name: 'no start time, no now', activity: run({ startTime: undefined }), history: usualRuns, now: new Date(Number.NaN) },
  { name: 'bad numbers', activity: run({ temperatureC: Number.NaN, humidityPct: 150, distanceM: -5, calories: 'lots' as unknown as number }) },
  { name: 'too fast on foot', activity: run({ distanceM: 300_000, movingS: 600, sport: 'curling' as unknown as 'run' }) },
  { name: 'too fast on a bike', activity: run({ distanceM: 300_000, movingS: 600, sport: 'ride' }) },
  { name: 'unreadable activity', activity: null as unknown as Activity },
  {
    name: 'bad profile',
    activity: run(),
    profile: {
      ...profile({ heightCm: 300 }),
      bodyMassKg: 900,
      sweatSodiumMgPerL: 5000,
      sweatTests: [
        { ...weighIn, preKg: Number.NaN },
        { ...weighIn, preKg: 300 },
        { ...weighIn, drankL: 30 },
        { ...weighIn, durationH: 60 },
        { ...weighIn, postKg: 64.5 },
      ],
    },
  },
  { name: 'sweat rate below the range', activity: run(), profile: profile({ sweatRateLph: 0.05 }) },
  { name: 'weekly volume rising', activity: run(), history: risingWeeks },
  { name: 'weekly volume rising, imperial', activity: run(), history: risingWeeks, profile: profile({ units: 'imperial' }) },
  { name: 'own cramp pattern, fitting', activity: run({ movingS: 6600, distanceM: 20_000, temperatureC: 26 }), history: crampLog },
  { name: 'own cramp pattern, one similar', activity: run({ movingS: 6600, distanceM: 20_000, temperatureC: 26 }), history: crampLog.slice(0, 2) },
  { name: 'own cramp pattern, not fitting', activity: run({ movingS: 3000, distanceM: 9000, temperatureC: 10 }), history: crampLog },
  {
    name: 'own cramp pattern, races, imperial',
    activity: run({ movingS: 6600, distanceM: 20_000, temperatureC: 26, isRace: true }),
    history: crampLog.map((a) => ({ ...a, isRace: true })),
    profile: profile({ units: 'imperial' }),
  },
  {
    name: '100 km ride after 60 km rides',
    activity: run({ sport: 'ride', movingS: 4 * 3600, distanceM: 100_000, temperatureC: 20 }),
    history: [pastRun(3, 60_000, 7200, { sport: 'ride' }), pastRun(9, 55_000, 7000, { sport: 'ride' })],
  },
  {
    name: '4.5 h hike after short walks',
    activity: run({ sport: 'hike', movingS: 4.5 * 3600, distanceM: 18_000, elevationGainM: 900 }),
    history: [pastRun(3, 6000, 4000, { sport: 'walk' }), pastRun(9, 7000, 4500, { sport: 'walk' })],
  },
  { name: '50 min at 24 °C', activity: run({ movingS: 3000, distanceM: 8000, temperatureC: 24 }) },
  { name: 'black flag, humidity unknown', activity: run({ temperatureC: 35, humidityPct: undefined }) },
  { name: '3 h at −2 °C', activity: run({ movingS: 10_800, distanceM: 30_000, temperatureC: -2 }) },
  { name: '40 min at −25 °C', activity: run({ movingS: 2400, distanceM: 8000, temperatureC: -25 }) },
  { name: 'cramp on a short easy run', activity: run({ movingS: 1800, distanceM: 5000, cramp: { cramped: true, muscles: ['calves'] } }), history: usualRuns },
];

const analyzeIn = (s: Scenario, language: Language): Analysis =>
  analyze(s.activity, { ...(s.profile ?? profile()), language }, s.history ?? [], s.now ?? now);

/** Every sentence the engine wrote, keyed by where it sits in the analysis. */
function texts(r: Analysis): Map<string, string> {
  const m = new Map<string, string>([['plan.before.when', r.plan.before.when]]);
  r.plan.during.carry?.forEach((line, i) => {
    m.set(`carry[${i}]`, line);
  });
  for (const f of r.findings) {
    m.set(`${f.id}.contributed`, f.contributed);
    m.set(`${f.id}.nextTime`, f.nextTime);
    m.set(`${f.id}.why`, f.why ?? '');
  }
  for (const n of r.safety) m.set(`safety.${n.id}`, n.text);
  r.crampRisk.contributors.forEach((c, i) => {
    m.set(`contributor[${i}]`, c);
  });
  r.missing.forEach((n, i) => {
    m.set(`missing[${i}].${n.field}`, n.message);
  });
  r.invalid.forEach((n, i) => {
    m.set(`invalid[${i}].${n.field}`, n.message);
  });
  return m;
}

/** Words that would betray an English sentence left untranslated. */
const ENGLISH = [' the ', ' and ', ' your ', 'next time', ' drink ', ' about ', ' you ', ' with ', ' per ', ' or ', ' to ', ' is ', ' of '];

describe.each(TRANSLATIONS)('%s', (language) => {
  const all = scenarios.map((s) => ({ s, en: texts(analyzeIn(s, 'en')), local: texts(analyzeIn(s, language)) }));

  it('the scenarios trigger every finding, contributor and carry line', () => {
    const keys = new Set(all.flatMap((x) => [...x.local.keys()]));
    for (const id of FINDING_IDS) expect(keys).toContain(`${id}.contributed`);
    for (const id of SAFETY_IDS) expect(keys).toContain(`safety.${id}`);
    const en = all.flatMap((x) => [...x.en.values()]).join('\n');
    for (const start of ['Fluid: one', 'Fluid: a belt', 'Fluid: about', 'Fluid: drink to thirst', 'per hour (', 'Sodium:', 'Carbohydrate: 1', 'Carbohydrate: a small', 'At the first']) expect(en).toContain(start);
    for (const label of ['Your cramp history', 'Faster than', 'Race effort', 'Longer than', 'Sodium lost', 'Fluid lost', 'Heat', 'Weekly volume rising', 'Your own cramp log']) {
      expect(en).toContain(label);
    }
  });

  it.each(scenarios.map((s, i) => [s.name, i] as const))('%s: every sentence is translated', (_name, i) => {
    const { en, local } = all[i] as (typeof all)[number];
    expect([...local.keys()]).toEqual([...en.keys()]);
    for (const [key, text] of local) {
      const where = `${key}: ${text}`;
      expect(text.trim().length, where).toBeGreaterThan(0);
      expect(text, where).not.toBe(en.get(key));
      const padded = ` ${text.toLowerCase().replace(/[.,:;()]/g, ' ')} `;
      for (const word of ENGLISH) expect(padded, `${where} contains "${word.trim()}"`).not.toContain(word);
      // A decimal point would be 1–2 digits after a dot; German groups thousands with a dot (5.205).
      expect(text, where).not.toMatch(/\d\.\d{1,2}(?!\d)/);
      if (language === 'fr') expect(text, where).not.toMatch(/\d\.\d/);
    }
  });

  it('writes decimals with a comma', () => {
    const dry = texts(analyzeIn(scenarios[0] as Scenario, language));
    expect(dry.get('fluid-deficit.contributed')).toMatch(/\d,\d L/);
    const spike = texts(analyzeIn(scenarios[4] as Scenario, language));
    expect(spike.get('distance-spike.why')).toContain('1,64');
    const group = language === 'de' ? '.' : '\u202f';
    expect(texts(analyzeIn(scenarios[6] as Scenario, language)).get('distance-spike.why')).toContain(`5${group}205`);
  });

  it('keeps amounts, ids and sources as they are in English', () => {
    for (const s of scenarios) {
      const en = analyzeIn(s, 'en');
      const local = analyzeIn(s, language);
      expect(local.findings.map((f) => [f.id, f.severity, f.amounts, f.sources])).toEqual(en.findings.map((f) => [f.id, f.severity, f.amounts, f.sources]));
      // every number the same; only the "why" sentence is translated
      expect({ ...local.estimates, sweatWhy: undefined }).toEqual({ ...en.estimates, sweatWhy: undefined });
      expect(local.estimates.sweatWhy).not.toBe(en.estimates.sweatWhy);
      expect(local.crampRisk.level).toBe(en.crampRisk.level);
    }
  });

  it('the fallback answer speaks the language too', () => {
    const en = safeAnalysis();
    const local = safeAnalysis(language);
    expect(local.plan.before.when).not.toBe(en.plan.before.when);
    expect(local.invalid[0]?.message).not.toBe(en.invalid[0]?.message);
  });
});

describe('language in the profile', () => {
  it('is optional, one of en/de/fr', () => {
    expect(ProfileSchema.safeParse({ units: 'metric' }).success).toBe(true);
    expect(ProfileSchema.safeParse({ units: 'metric', language: 'fr' }).success).toBe(true);
    expect(ProfileSchema.safeParse({ units: 'metric', language: 'es' }).success).toBe(false);
  });

  it('falls back to English when absent or unknown', () => {
    const s = scenarios[0] as Scenario;
    const en = analyze(s.activity, profile(), [], now);
    expect(analyze(s.activity, { ...profile(), language: 'es' as Language }, [], now)).toEqual(en);
    expect(analyzeIn(s, 'en')).toEqual(en);
  });
});
