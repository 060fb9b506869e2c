import { describe, expect, it } from 'vitest';
import { mergeEdits } from '../../src/core/merge-edits';

const weighIn = (date: string) => ({ date, preKg: 70, postKg: 69.2, drankL: 0.3, durationH: 1 });

describe('mergeEdits: a stale page saves only what it changed', () => {
  it('keeps a weigh-in another tab added after this one loaded', () => {
    const base = { units: 'metric', bodyMassKg: 70, sweatTests: [] as object[] };
    const stored = { ...base, sweatTests: [weighIn('2026-11-20')] };
    const edited = { ...base, bodyMassKg: 71 };
    expect(mergeEdits(stored, base, edited)).toEqual({ units: 'metric', bodyMassKg: 71, sweatTests: [weighIn('2026-11-20')] });
  });

  it('adds and removes list items by item, never replacing the stored list', () => {
    const base = { sweatTests: [weighIn('2026-11-01')] };
    const stored = { sweatTests: [weighIn('2026-11-01'), weighIn('2026-11-20')] };
    const edited = { sweatTests: [weighIn('2026-11-22')] };
    expect(mergeEdits(stored, base, edited).sweatTests).toEqual([weighIn('2026-11-20'), weighIn('2026-11-22')]);
  });

  it('a field the page cleared is cleared; one it left alone keeps what another tab saved', () => {
    const base = { saltySweater: true, heightCm: 180 };
    const stored = { saltySweater: true, heightCm: 182 };
    expect(mergeEdits<{ saltySweater?: boolean; heightCm: number }>(stored, base, { heightCm: 180 })).toEqual({ heightCm: 182 });
  });

  it('records merge key by key: switching one site on keeps another tab’s opt-in and site', () => {
    const base = { sites: { strava: true }, panelCollapsed: false };
    const stored = { sites: { strava: true, garmin: true }, panelCollapsed: false, importTrainingLog: true };
    const edited = { sites: { strava: true, runalyze: true }, panelCollapsed: false };
    expect(mergeEdits(stored, base, edited)).toEqual({ sites: { strava: true, garmin: true, runalyze: true }, panelCollapsed: false, importTrainingLog: true });
  });
});
