import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { createHandlers } from '../../src/background/handlers';
import { boundHistory, HISTORY_ITEM, loadHistory, MAX_HISTORY, mergeActivities, setCrampLog, upsertActivities } from '../../src/platform/history-store';
import { parseBackup } from '../../src/platform/backup';
import { listen, send } from '../../src/platform/messaging';
import { fakeBrowser } from '../setup/fake-browser';

const DAY = 86_400_000;
const END = Date.parse('2026-11-01T07:00:00Z');
const run = (id: string, daysBefore: number, extra: Partial<Activity> = {}): Activity => ({
  source: 'strava',
  id,
  sport: 'run',
  movingS: 3000,
  distanceM: 8000,
  startTime: new Date(END - daysBefore * DAY).toISOString(),
  ...extra,
});
const stored = async (key: string) => (await fakeBrowser().storage.local.get(key))[key];

describe('history bounds', () => {
  it('keeps at most 5,000 activities, dropping the oldest first', () => {
    const many = Array.from({ length: MAX_HISTORY + 20 }, (_, i) => run(`r${i}`, (i * 60_000) / DAY));
    const kept = boundHistory(many);
    expect(kept).toHaveLength(MAX_HISTORY);
    // r0 is the newest (0 minutes before END); the 20 oldest (largest i) are gone.
    expect(kept.map((a) => a.id)).toContain('r0');
    expect(kept.map((a) => a.id)).not.toContain(`r${MAX_HISTORY + 19}`);
    expect(kept.map((a) => a.id)).toContain(`r${MAX_HISTORY - 1}`);
    // Oldest first.
    expect(kept[0]?.id).toBe(`r${MAX_HISTORY - 1}`);
    expect(kept.at(-1)?.id).toBe('r0');
  });

  it('keeps nothing older than 2 years before the newest activity', () => {
    const kept = boundHistory([run('new', 0), run('year', 365), run('almost', 730), run('old', 732), run('ancient', 2000)]);
    expect(kept.map((a) => a.id)).toEqual(['almost', 'year', 'new']);
  });

  it('stores no activity without id', () => {
    const { history, added } = mergeActivities([], [{ source: 'manual', sport: 'run', movingS: 600 }, run('a', 1)]);
    expect(added).toBe(1);
    expect(history.map((a) => a.id)).toEqual(['a']);
  });
});

describe('upsert', () => {
  it('replaces values by (source, id) but keeps the cramp log unless a new one is given', async () => {
    await upsertActivities([run('1', 3), run('1', 3, { source: 'garmin' })]);
    expect(await setCrampLog('strava', '1', { cramped: true, atMin: 40, muscles: ['calves'] })).not.toBeNull();
    const { added, history } = await upsertActivities([run('1', 3, { distanceM: 8200 })]);
    expect(added).toBe(0);
    expect(history).toHaveLength(2);
    const again = history.find((a) => a.source === 'strava' && a.id === '1');
    expect(again).toMatchObject({ distanceM: 8200, cramp: { cramped: true, atMin: 40, muscles: ['calves'] } });
    // The same id from another site is another activity, without the log.
    expect(history.find((a) => a.source === 'garmin')?.cramp).toBeUndefined();
    // A new log given with the activity replaces the old one.
    const replaced = await upsertActivities([run('1', 3, { cramp: { cramped: false } })]);
    expect(replaced.history.find((a) => a.source === 'strava')?.cramp).toEqual({ cramped: false });
    expect(await stored('history')).toMatchObject({ version: 1 });
  });

  it('does not lose an upsert when two arrive at once', async () => {
    await Promise.all([upsertActivities([run('a', 1)]), upsertActivities([run('b', 2)]), setCrampLog('strava', 'a', { cramped: true })]);
    const { value } = await loadHistory();
    expect(value.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(value.find((a) => a.id === 'a')?.cramp).toEqual({ cramped: true });
  });

  it('answers null for a cramp log on an unknown activity', async () => {
    expect(await setCrampLog('strava', 'nope', { cramped: true })).toBeNull();
  });

  it('reads a bare (version 0) history', async () => {
    await fakeBrowser().storage.local.set({ history: [run('x', 1)] });
    expect((await loadHistory()).value.map((a) => a.id)).toEqual(['x']);
    expect(HISTORY_ITEM.version).toBe(1);
  });
});

describe('corrupted history', () => {
  it.each([['not json'], [42], [{ version: 1, data: [{ source: 'strava', id: '1', sport: 'swim', movingS: -1 }] }], [{ version: 9, data: [] }]])(
    '%j is kept aside as backup:history and the extension keeps working',
    async (garbage) => {
      await fakeBrowser().storage.local.set({ history: garbage });
      const loaded = await loadHistory();
      expect(loaded.value).toEqual([]);
      expect(loaded.recovered).toEqual({ key: 'history', backupKey: 'backup:history' });
      expect(await stored('backup:history')).toEqual(garbage);
      listen(createHandlers(() => new Date(END)));
      await expect(send({ type: 'analyze', activity: run('new', 0) })).resolves.toMatchObject({ activity: { id: 'new' } });
      expect((await loadHistory()).value.map((a) => a.id)).toEqual(['new']);
      expect(await stored('backup:history')).toEqual(garbage);
    },
  );
});

describe('backup', () => {
  const file = (data: Record<string, unknown>) => JSON.stringify({ format: 'cramp-check-backup', formatVersion: 1, data });

  it('exports and imports the history and the training log import time as they are stored', () => {
    const history = { version: 1, data: [run('a', 1, { cramp: { cramped: true } })] };
    const result = parseBackup(file({ history, trainingLogImportedAt: 1_764_000_000_000 }));
    expect(result).toEqual({ plan: { other: { history, trainingLogImportedAt: 1_764_000_000_000 }, skipped: [] } });
  });

  it('refuses a damaged history rather than importing it', () => {
    expect(parseBackup(file({ history: { version: 1, data: [{ id: 1 }] } }))).toHaveProperty('error');
    expect(parseBackup(file({ trainingLogImportedAt: 'yesterday' }))).toHaveProperty('error');
  });
});

describe('unchanged upsert', () => {
  it('does not rewrite the stored history when nothing changed', async () => {
    await upsertActivities([run('a', 1)]);
    const writes: string[] = [];
    const area = fakeBrowser().storage.local;
    const set = area.set;
    area.set = async (items: Record<string, unknown>) => {
      writes.push(...Object.keys(items));
      return set(items);
    };
    try {
      await upsertActivities([run('a', 1)]);
      expect(writes).toEqual([]);
      await upsertActivities([run('a', 1, { distanceM: 9000 })]);
      expect(writes).toEqual(['history']);
    } finally {
      area.set = set;
    }
  });
});
