// A ride's (or a walk's) analysis never calls it a run: every sentence the engine writes for it, in
// every language, is checked for running words. Sentences about the studies' runners stay allowed.
import { describe, expect, it } from 'vitest';
import { type Activity, analyze, type Language } from '../../src/core/index';
import { profile } from './helpers';

const DAY = 86_400_000;
const REFERENCE = Date.parse('2024-06-01T08:00:00Z');
const RUN_WORDS: Record<Language, RegExp> = {
  en: /\bruns?\b|\brunning\b/i,
  de: /\bLauf\b|\bLäufe\b|\bLäufen\b|\blauf\b|gelaufen|loszulaufen|Laufzeit/,
  fr: /\bcour(ez|ir|u|ue)\b|course à pied|comme de la course/i,
};

const session = (sport: Activity['sport'], daysBefore: number, km: number, minutesPerKm: number, extra: Partial<Activity> = {}): Activity => ({
  source: 'manual',
  id: `${sport}-${daysBefore}-${km}`,
  sport,
  movingS: km * minutesPerKm * 60,
  distanceM: km * 1000,
  startTime: new Date(REFERENCE - daysBefore * DAY).toISOString(),
  ...extra,
});

/** Every string in the analysis: findings, notes, safety, plan, why. */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (typeof x === 'object' && x !== null) return Object.values(x).flatMap(strings);
  return [];
}

const cramped = { cramp: { cramped: true, minute: 100, muscles: ['calves'] } } as Partial<Activity>;

describe.each([
  ['ride', 2],
  ['walk', 12],
] as const)('a %s is never called a run', (sport, minutesPerKm) => {
  const history = [
    session(sport, 3, 40, minutesPerKm, cramped),
    session(sport, 6, 40, minutesPerKm, cramped),
    session(sport, 9, 45, minutesPerKm, cramped),
    session(sport, 12, 50, minutesPerKm),
    session(sport, 15, 20, minutesPerKm),
    session(sport, 18, 20, minutesPerKm),
    session(sport, 22, 30, minutesPerKm),
    session(sport, 25, 20, minutesPerKm),
  ];
  const cases: [string, Activity][] = [
    ['long hot race, longer and faster than usual', session(sport, 0, 120, minutesPerKm * 0.8, { id: 'today', temperatureC: 30, humidityPct: 60, isRace: true })],
    ['short and cool', session(sport, 0, 3, minutesPerKm, { id: 'today', temperatureC: 12, humidityPct: 60 })],
    ['like the cramped ones', session(sport, 0, 60, minutesPerKm, { id: 'today', temperatureC: 20, humidityPct: 60 })],
  ];
  it.each(['en', 'de', 'fr'] as const)('in %s', (language) => {
    const wrong: string[] = [];
    for (const [name, activity] of cases) {
      const a = analyze(activity, profile({ language, crampHistory: 'often', saltySweater: true }), history, new Date('2024-06-02T00:00:00Z'));
      for (const s of strings(a)) if (RUN_WORDS[language].test(s)) wrong.push(`${name}: ${s}`);
    }
    expect(wrong).toEqual([]);
  });
});
