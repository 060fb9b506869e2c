/**
 * The weather phase's patch: applied to the reply it was made on, it gives exactly the new model
 * (values set, removed, made null, arrays replaced), carries only what changed, and leaves the
 * model it was applied to as it was.
 */
import { describe, expect, it } from 'vitest';
import type { PanelModel } from '../../src/platform/messages';
import { applyPanelPatch, diffPanelModel } from '../../src/platform/panel-patch';

const FIRST = {
  enabled: true,
  activityId: '1',
  state: 'partial',
  draft: { movingS: 3600, distanceM: 10_000 },
  missing: ['temperatureC', 'humidityPct'],
  analysis: null,
  cramp: null,
  canLogCramp: true,
  intake: { fluidMl: 500 },
  ownership: 'own',
  units: 'metric',
  collapsed: false,
  notices: ['noticeWeatherLooking'],
  error: 'no temperature',
  importTrainingLog: false,
  weatherPending: true,
} as unknown as PanelModel;

const SECOND = {
  ...FIRST,
  state: 'ready',
  draft: { movingS: 3600, distanceM: 10_000, temperatureC: 21, temperatureSource: 'lookup' },
  missing: ['temperatureC'],
  analysis: { crampRisk: { level: 'low' } },
  error: null,
  notices: ['noticeWeatherLookup'],
  intake: undefined,
  weatherPending: undefined,
} as unknown as PanelModel;

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('panel patch', () => {
  it('applied to the reply it builds on, gives the new model, and carries only what changed', () => {
    const patch = diffPanelModel({ seq: 3, model: FIRST }, SECOND);
    expect(patch.base).toBe(3);
    expect(applyPanelPatch(FIRST, patch)).toEqual(json(SECOND));
    expect(patch.set.map(([path]) => path.join('.')).sort()).toEqual(['analysis', 'draft.temperatureC', 'draft.temperatureSource', 'error', 'missing', 'notices', 'state']);
    expect(patch.unset.map((path) => path.join('.')).sort()).toEqual(['intake', 'weatherPending']);
  });

  it('leaves the model it is applied to as it was', () => {
    const before = json(FIRST);
    applyPanelPatch(FIRST, diffPanelModel({ seq: 1, model: FIRST }, SECOND));
    expect(json(FIRST)).toEqual(before);
  });

  it('with nothing to build on, is the whole model', () => {
    const patch = diffPanelModel(null, SECOND);
    expect(patch.base).toBeNull();
    expect(applyPanelPatch(null, patch)).toEqual(json(SECOND));
    // Even when the receiver has a model: a whole one replaces it.
    expect(applyPanelPatch(FIRST, patch)).toEqual(json(SECOND));
  });

  it('the same model twice is an empty patch', () => {
    expect(diffPanelModel({ seq: 1, model: FIRST }, json(FIRST) as PanelModel)).toEqual({ base: 1, set: [], unset: [] });
  });
});
