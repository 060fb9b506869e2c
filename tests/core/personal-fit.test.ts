import { describe, expect, it } from 'vitest';
import { personalSweatCurve, usablePoints } from '../../src/core/personal-fit';

const t = (rateLph: number, temperatureC?: number) => ({ date: '2024-05-01', preKg: 70, postKg: 70 - rateLph, drankL: 0, durationH: 1, temperatureC });

describe('usablePoints', () => {
  it('keeps usable weigh-ins with their conditions and notes the rest', () => {
    const invalid: { field: string; message: string }[] = [];
    const points = usablePoints([t(1.2, 18), { ...t(1.0), humidityPct: 40, distanceM: 10_000 }, null, { preKg: 70, postKg: 80, drankL: 0, durationH: 1 }], invalid, 'en');
    expect(points.map((p) => [p.rateLph, p.tempC, p.humidityPct, p.distanceM])).toEqual([
      [expect.closeTo(1.2, 6), 18, null, null],
      [expect.closeTo(1.0, 6), null, 40, 10_000],
    ]);
    expect(invalid.map((n) => n.field)).toEqual(['sweatTests[3]']);
  });

  it('ignores an impossible test pace (a distance no one covers in that time)', () => {
    expect(usablePoints([{ ...t(1.0), distanceM: 100_000 }], [], 'en')[0]?.distanceM).toBeNull();
  });
});

describe('personalSweatCurve (the options chart)', () => {
  it('fits a line through tests spanning ≥ 3 °C and none otherwise', () => {
    expect(personalSweatCurve([t(0.8, 10), t(1.2, 20)]).fit?.slopeLphPerC).toBeCloseTo(0.04, 6);
    expect(personalSweatCurve([t(1.0, 20), t(1.2, 21)]).fit).toBeNull();
  });
});
