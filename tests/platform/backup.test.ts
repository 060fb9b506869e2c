import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, exportBackup, parseBackup } from '../../src/platform/backup';
import { applyImport } from '../../src/platform/import-apply';
import { deleteAllData } from '../../src/platform/erasure';
import { fakeBrowser } from '../setup/fake-browser';
import { sampleAnalysis } from '../ui/analysis-sample';

const lastAnalysis = {
  activity: { source: 'strava', id: '1', sport: 'run', movingS: 3600 },
  analysis: sampleAnalysis(),
  analyzedAt: '2026-06-14T08:00:00.000Z',
};
const NOW = new Date('2026-06-14T08:00:00Z');
const file = (data: Record<string, unknown>, formatVersion = 1) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion, data });

describe('backup', () => {
  it('exports every storage.local key as stored, with the format and its version', async () => {
    const local = fakeBrowser().storage.local;
    await local.set({
      profile: { version: 1, data: { units: 'metric', bodyMassKg: 70 } },
      settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: true } },
      lastAnalysis,
      'manual:strava:1': { movingS: 3600 },
      'backup:profile': { units: 'furlongs' },
    });
    const backup = await exportBackup(new Date('2026-06-14T08:00:00Z'));
    expect(backup.format).toBe('cramp-check-backup');
    expect(backup.formatVersion).toBe(1);
    expect(backup.exportedAt).toBe('2026-06-14T08:00:00.000Z');
    expect(backup.data).toEqual(await local.get(null));
    expect(Object.keys(backup.data)).toHaveLength(5);
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2026, 0, 5, 23, 59))).toBe('cramp-check-2026-01-05.json');
  });

  it('round-trips an export through parse and apply', async () => {
    const local = fakeBrowser().storage.local;
    await local.set({ profile: { version: 1, data: { units: 'imperial', heightCm: 180 } }, lastAnalysis, 'manual:strava:1': { movingS: 3600 } });
    const text = JSON.stringify(await exportBackup(new Date()));
    const parsed = parseBackup(text, NOW);
    if (!('plan' in parsed)) throw new Error(parsed.error);
    expect(parsed.plan.profile).toEqual({ units: 'imperial', heightCm: 180 });
    await deleteAllData(NOW);
    await applyImport(parsed.plan, NOW);
    const { importUndo, ...rest } = await local.get(null);
    expect(rest).toEqual({ profile: { version: 2, data: { units: 'imperial', heightCm: 180 } }, lastAnalysis, 'manual:strava:1': { movingS: 3600 } });
    // The undo copy: each key written, with nothing stored before it.
    const undone = Object.entries((importUndo as { items: Record<string, { before?: unknown }> }).items);
    expect(undone.map(([key, entry]) => [key, entry.before])).toEqual([['profile', undefined], ['manual:strava:1', undefined], ['lastAnalysis', undefined]]);
  });

  it('accepts a bare (version 0) profile and keeps keys the file does not mention', async () => {
    const local = fakeBrowser().storage.local;
    await local.set({ 'manual:strava:1': { movingS: 60 } });
    const parsed = parseBackup(file({ profile: { units: 'metric', sweatSodiumMgPerL: 1100 } }), NOW);
    if (!('plan' in parsed)) throw new Error(parsed.error);
    await applyImport(parsed.plan, NOW);
    const { importUndo: _, ...rest } = await local.get(null);
    expect(rest).toEqual({ 'manual:strava:1': { movingS: 60 }, profile: { version: 2, data: { units: 'metric', sweatSodiumMgPerL: 1100 } } });
  });

  it.each([
    ['a newer file format', file({}, 2), 'newer version of Cramp Check'],
    ['a profile saved by a newer version', file({ profile: { version: 9, data: { units: 'metric' } } }), 'profile was saved by a newer version'],
    ['an invalid setting', file({ settings: { sites: { strava: 'yes' }, panelCollapsed: false } }), 'the settings entry is not valid'],
    ['a file without data', JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1 }), 'not a Cramp Check export'],
  ])('refuses %s', (_, text, message) => {
    const parsed = parseBackup(text, NOW);
    expect('error' in parsed && parsed.error).toContain(message);
    expect('error' in parsed && parsed.error).toContain('Nothing was changed.');
  });

  it('skips keys it does not know, and never imports kept-aside copies or caches', () => {
    const parsed = parseBackup(file({ 'tab:7': {}, whatever: 1, 'backup:profile:2026-01-01T00:00:00.000Z': { units: 'x' }, 'backup:history': [], weatherCache: {}, importUndo: {} }), NOW);
    expect(parsed).toEqual({
      plan: {
        history: [],
        historyInvalid: 0,
        manual: {},
        discarded: [
          { key: 'tab:7', reason: 'unknown' },
          { key: 'whatever', reason: 'unknown' },
          { key: 'backup:profile:2026-01-01T00:00:00.000Z', reason: 'kept-aside' },
          { key: 'backup:history', reason: 'kept-aside' },
          { key: 'weatherCache', reason: 'cache' },
          { key: 'importUndo', reason: 'this-browser' },
        ],
      },
    });
  });

  it('deletes everything in local and session storage', async () => {
    const { local, session } = fakeBrowser().storage;
    await local.set({ profile: { version: 1, data: { units: 'metric' } }, other: 1 });
    await session.set({ 'tab:7': lastAnalysis });
    await deleteAllData(new Date('2026-06-14T08:00:00Z'));
    expect(await local.get(null)).toEqual({});
    // Only the mark that keeps pages opened before it from storing again (erasure.ts).
    expect(await session.get(null)).toEqual({ deletedAt: Date.parse('2026-06-14T08:00:00Z') });
  });
});
