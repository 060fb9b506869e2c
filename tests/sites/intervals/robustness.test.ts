import { describe, expect, it } from 'vitest';
import { intervalsActivityFromJson } from '../../../src/sites/intervals/from-json';
import { intervalsPage } from '../../../src/sites/intervals/page';
import { syntheticActivity } from './fixtures';

describe('intervals.icu robustness', () => {
  it.each([[undefined], [null], [42], ['Run'], [[]], [[1, 2]], [{ distance: '10 km', moving_time: [] }], [{ start_date_local: 'yesterday', type: 7 }]])(
    'never throws on %j',
    (garbage) => {
      expect(() => intervalsActivityFromJson(garbage)).not.toThrow();
      expect(intervalsActivityFromJson(garbage).activity.distanceM).toBeUndefined();
    },
  );

  it('rejects implausible values instead of using them', () => {
    const json = { ...syntheticActivity(), average_heartrate: 0, average_weather_temp: 80, average_temp: 200, moving_time: 60, elapsed_time: 30, average_humidity: -1 };
    const result = intervalsActivityFromJson(json);
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.temperatureSource).toBeUndefined();
    expect(result.activity.distanceM).toBeUndefined(); // 10 km in a minute
    expect(result.activity.elapsedS).toBeUndefined();
    expect(result.rejected.map((r) => r.field).sort()).toEqual(['avgHeartRate', 'distanceM', 'elapsedS', 'humidityPct', 'temperatureC', 'temperatureC']);
  });


  it('mounts at the top of the app’s main area, else #app, else the body', () => {
    const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
    const vuetify = page('<div id="app"><div class="v-main"><h1>Run</h1></div></div>');
    expect(intervalsPage.mountPoint(vuetify)).toEqual({ parent: vuetify.querySelector('.v-main'), before: vuetify.querySelector('h1') });
    expect(intervalsPage.statsRoot).toBeUndefined();
    expect(intervalsPage.mountPoint(page('<div id="app"></div>'))?.parent.id).toBe('app');
    const bare = page('');
    expect(intervalsPage.mountPoint(bare)?.parent).toBe(bare.body);
  });
});
