import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { loadHistory, upsertActivities } from '../../src/platform/history-store';
import { button, click, mountOptions, settle, TODAY, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

const weighed: Activity = {
  source: 'strava',
  id: '77',
  sport: 'run',
  movingS: 5400,
  distanceM: 15_000,
  temperatureC: 24,
  humidityPct: 60,
  startTime: '2026-06-10T07:00:00',
  intake: { fluidMl: 500, sodiumMg: 300, massBeforeKg: 70, massAfterKg: 68.6 },
};

describe('weigh-ins logged on activities', () => {
  it('are listed as sweat tests linked to their activity, with its conditions, and feed the sweat curve', async () => {
    await upsertActivities([weighed, { ...weighed, id: '78', intake: { fluidMl: 400 } }], { now: TODAY });
    root = await mountOptions();
    await settle();
    const item = root.querySelector('.activity-weigh-ins [data-activity="strava:77"]');
    // (70 − 68.6 + 0.5) ÷ 1.5 h = 1.27 L/h; 1.4 kg of 70 = 2.0 %.
    expect(item?.textContent).toContain('2026-06-10 · run · 15 km · 24 °C, 60 % · 1.5 h: 1.3 L/h, 2.0 % lost');
    // Only the activity with both weights is a test.
    expect(root.querySelectorAll('.activity-weigh-ins li')).toHaveLength(1);
    expect(root.querySelectorAll('.sc-point')).toHaveLength(1);
  });

  it('removing the weights removes the test and keeps what was taken', async () => {
    await upsertActivities([weighed], { now: TODAY });
    root = await mountOptions();
    await settle();
    await click(button(root, 'Remove weights'));
    await settle();
    expect(root.querySelector('.activity-weigh-ins')).toBeNull();
    expect((await loadHistory(undefined, TODAY)).value[0]?.intake).toEqual({ fluidMl: 500, sodiumMg: 300 });
  });
});
