import { describe, expect, it } from 'vitest';
import { sunPosition } from '../../src/core/sun-position';
import { outdoorWbgt, solarParts, windAt2m } from '../../src/core/wbgt-liljegren';

/**
 * Reference values: Liljegren's own program (Argonne National Laboratory, "WBGT, Version 1.1",
 * wbgt.c, the code published with Liljegren et al. 2008, J Occup Environ Hyg 5:645), compiled
 * and run outside this project on the inputs below: time in UTC, 10 m wind, rural, ΔT = 0 (so
 * nights count as stable), averaging time 0. Columns: WBGT, globe, natural wet bulb, 2 m wind.
 * The reference computes the sun's position with its own almanac formulas; here suncalc does,
 * so agreement within 0.1 °C is the test.
 */
const REFERENCE = [
  // Berlin (52.5 N, 13.4 E), 2023-06-21, 1013 hPa
  { at: Date.UTC(2023, 5, 21, 11), lat: 52.5, lng: 13.4, t: 24, rh: 50, wind: 3, solar: 800, hPa: 1013, wbgt: 23.07, globe: 36.52, nwb: 19.09, wind2m: 2.68 },
  { at: Date.UTC(2023, 5, 21, 3), lat: 52.5, lng: 13.4, t: 24, rh: 50, wind: 3, solar: 0, hPa: 1013, wbgt: 18.83, globe: 22.91, nwb: 16.93, wind2m: 2.36 },
  { at: Date.UTC(2023, 5, 21, 11), lat: 52.5, lng: 13.4, t: 30, rh: 50, wind: 3, solar: 800, hPa: 1013, wbgt: 28.11, globe: 42.62, nwb: 23.69, wind2m: 2.68 },
  { at: Date.UTC(2023, 5, 21, 11), lat: 52.5, lng: 13.4, t: 35, rh: 40, wind: 1, solar: 900, hPa: 1013, wbgt: 33.36, globe: 54.73, nwb: 27.02, wind2m: 0.89 },
  { at: Date.UTC(2023, 5, 21, 11), lat: 52.5, lng: 13.4, t: 20, rh: 70, wind: 8, solar: 200, hPa: 1013, wbgt: 18.32, globe: 22.45, nwb: 16.91, wind2m: 6.28 },
  { at: Date.UTC(2023, 5, 21, 19), lat: 52.5, lng: 13.4, t: 28, rh: 60, wind: 2, solar: 50, hPa: 1013, wbgt: 25.37, globe: 33.13, nwb: 22.78, wind2m: 1.57 },
  // Sydney (33.9 S, 151.2 E), 2024-01-15 13:00 local
  { at: Date.UTC(2024, 0, 15, 2), lat: -33.9, lng: 151.2, t: 32, rh: 45, wind: 4, solar: 950, hPa: 1010, wbgt: 29.08, globe: 44.95, nwb: 24.13, wind2m: 3.57 },
  // Denver (39.7 N, 104.9 W), 2022-07-19, 840 hPa: afternoon and morning
  { at: Date.UTC(2022, 6, 19, 19), lat: 39.7, lng: -104.9, t: 33, rh: 20, wind: 5, solar: 850, hPa: 840, wbgt: 24.8, globe: 44.17, nwb: 18.09, wind2m: 4.26 },
  { at: Date.UTC(2022, 6, 19, 13), lat: 39.7, lng: -104.9, t: 18, rh: 60, wind: 1, solar: 300, hPa: 840, wbgt: 19.16, globe: 31.52, nwb: 15.8, wind2m: 0.89 },
] as const;

describe('outdoor WBGT (Liljegren et al. 2008)', () => {
  it.each(REFERENCE)('$t °C, $rh %, $solar W/m², wind $wind m/s at ($lat, $lng) → WBGT $wbgt as the reference program gives', (c) => {
    const sun = sunPosition(c.at, c.lat, c.lng);
    const r = outdoorWbgt({ temperatureC: c.t, humidityPct: c.rh, wind10mMs: c.wind, radiationWm2: c.solar, cosZenith: sun.cosZenith, sunDistanceAu: sun.distanceAu, pressureHpa: c.hPa });
    expect(Math.abs(r.wbgtC - c.wbgt)).toBeLessThan(0.1);
    expect(Math.abs(r.globeC - c.globe)).toBeLessThan(0.15);
    expect(Math.abs(r.naturalWetBulbC - c.nwb)).toBeLessThan(0.1);
    expect(r.wind2mMs).toBeCloseTo(c.wind2m, 1);
  });

  it('the same air at 24 °C reads a red flag in the noon sun and a yellow one at dawn', () => {
    const [noon, dawn] = REFERENCE;
    expect(noon.wbgt).toBeGreaterThanOrEqual(23);
    expect(dawn.wbgt).toBeLessThan(23);
  });

  it("with the sun down there is no short-wave, whatever the data say (a sensor's night offset)", () => {
    expect(solarParts(40, -0.2)).toEqual({ radiationWm2: 0, directFraction: 0 });
    expect(solarParts(-0.2, 0.8)).toEqual({ radiationWm2: 0, directFraction: 0 });
  });

  it('caps the irradiance at 85 % of the top of the atmosphere and keeps the beam share within 0–0.9', () => {
    const clipped = solarParts(1400, 0.5);
    expect(clipped.radiationWm2).toBeCloseTo(0.85 * 1367 * 0.5, 6);
    expect(clipped.directFraction).toBeGreaterThan(0);
    expect(clipped.directFraction).toBeLessThanOrEqual(0.9);
  });

  it("never lets the wind fall below the paper's 0.13 m/s, and a calm night stays calm", () => {
    expect(windAt2m(0, 0, false)).toBe(0.13);
    expect(windAt2m(10, 0, false)).toBeLessThan(10);
  });

  it('more sun, less wind or more humidity never lower the WBGT', () => {
    const at = (over: Partial<Parameters<typeof outdoorWbgt>[0]>) =>
      outdoorWbgt({ temperatureC: 26, humidityPct: 50, wind10mMs: 3, radiationWm2: 500, cosZenith: 0.8, ...over }).wbgtC;
    expect(at({ radiationWm2: 800 })).toBeGreaterThan(at({}));
    expect(at({ wind10mMs: 1 })).toBeGreaterThan(at({}));
    expect(at({ humidityPct: 80 })).toBeGreaterThan(at({}));
  });
});
