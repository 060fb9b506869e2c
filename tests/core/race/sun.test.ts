import { describe, expect, test } from 'vitest';
import { type ForecastHour, planRace, type RaceInput } from '../../../src/core/index';
import { raceInput, SavedRaceSchema } from '../../../src/core/race/race-schema';
import { profile } from '../helpers';

const BERLIN = { lat: 52.5, lng: 13.4 };
/** 21 June 2023 in Berlin, 24 °C and 50 % all day, 3 m/s: only the sun changes (clear sky, labelled as Open-Meteo does: the mean over the hour before). */
const day: ForecastHour[] = Array.from({ length: 24 }, (_, h) => ({
  time: `2023-06-21T${String(h).padStart(2, '0')}:00`,
  temperatureC: 24,
  humidityPct: 50,
  radiationWm2: Math.max(0, 850 * Math.sin((Math.PI * (h - 0.5 - 5)) / 16)),
  windMs: 3,
}));
/** A 20 km race in two 1 h legs from `clock`, with the forecast day. */
const race = (clock: string, extra: Partial<RaceInput> = {}): RaceInput => ({
  course: { distanceM: 20_000 },
  goalTimeS: 7200,
  start: `2023-06-21T${clock}`,
  stations: [{ atM: 10_000 }],
  weather: day,
  place: BERLIN,
  ...extra,
});

describe('planRace: the forecast sun on each leg', () => {
  test('at the same 24 °C, noon legs get a higher flag and more sweat than dawn legs', () => {
    const noon = planRace(race('12:00+02:00'), profile(), []);
    const dawn = planRace(race('04:30+02:00'), profile(), []);
    expect(noon.legs.map((l) => l.heatFlag)).toEqual(['red', 'red']);
    expect(dawn.legs.map((l) => l.heatFlag)).toEqual(['yellow', 'yellow']);
    expect(noon.sweatRateLph.value).toBeGreaterThan(dawn.sweatRateLph.value);
    expect(noon.legs[0]?.sweatLowLph).toBeGreaterThan(dawn.legs[0]?.sweatLowLph ?? Number.POSITIVE_INFINITY);
  });

  test('without the place, or without the clock offset, the sun is not counted: noon and dawn read alike (a shade estimate)', () => {
    const shade = (clock: string, extra: Partial<RaceInput>) => planRace(race(clock, extra), profile(), []).legs.map((l) => [l.heatFlag, l.sweatLowLph]);
    expect(shade('12:00+02:00', { place: undefined })).toEqual(shade('05:00+02:00', { place: undefined }));
    expect(shade('12:00', {})).toEqual(shade('05:00', {}));
    // The offset may come on its own, as Open-Meteo's utc_offset_seconds.
    expect(planRace(race('12:00', { utcOffsetS: 7200 }), profile(), []).legs.map((l) => l.heatFlag)).toEqual(['red', 'red']);
  });

  test('a saved race keeps the forecast sunshine, wind and clock offset, and hands the start point to the engine', () => {
    const saved = SavedRaceSchema.parse({
      name: 'Sunny 20',
      course: { distanceM: 20_000, points: [], start: BERLIN },
      date: '2023-06-21',
      time: '12:00',
      goalTimeS: 7200,
      sport: 'run',
      stations: [{ atM: 10_000, offers: ['water'] }],
      forecast: { fetchedAt: '2023-06-20T10:00:00Z', placeLabel: '52.5, 13.4', hours: day, utcOffsetS: 7200 },
    });
    expect(saved.forecast?.hours[12]).toMatchObject({ radiationWm2: day[12]?.radiationWm2, windMs: 3 });
    const input = raceInput(saved);
    expect(input).toMatchObject({ place: BERLIN, utcOffsetS: 7200 });
    expect(planRace(input, profile(), []).legs.map((l) => l.heatFlag)).toEqual(['red', 'red']);
  });
});
