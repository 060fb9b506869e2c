import { storeAndAnalyze } from '../../src/background/history';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { createHandlers } from '../../src/background/handlers';
import { boundHistory, HISTORY_ITEM, loadHistory, MAX_HISTORY, mergeActivities, setCrampLog, setIntake, upsertActivities } from '../../src/platform/history-store';
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

describe('history bounds (measured from now)', () => {
  const NOW = new Date(END);

  it('keeps at most 5,000 activities, dropping the oldest first, and counts what the cap dropped', () => {
    const many = Array.from({ length: MAX_HISTORY + 20 }, (_, i) => run(`r${i}`, (i * 60_000) / DAY));
    const { history: kept, capped } = boundHistory(many, NOW);
    expect(kept).toHaveLength(MAX_HISTORY);
    expect(capped).toBe(20);
    // r0 is the newest (0 minutes before END); the 20 oldest (largest i) are gone.
    expect(kept.map((a) => a.id)).not.toContain(`r${MAX_HISTORY + 19}`);
    expect(kept[0]?.id).toBe(`r${MAX_HISTORY - 1}`);
    expect(kept.at(-1)?.id).toBe('r0');
  });

  it('never evicts an activity with a cramp log, however old: the next oldest goes instead', () => {
    const many = Array.from({ length: MAX_HISTORY + 2 }, (_, i) => run(`r${i}`, (i * 60_000) / DAY, i === MAX_HISTORY + 1 ? { cramp: { cramped: true } } : {}));
    const { history: kept, capped } = boundHistory(many, NOW);
    expect(capped).toBe(2);
    expect(kept.map((a) => a.id)).toContain(`r${MAX_HISTORY + 1}`);
    expect(kept.map((a) => a.id)).not.toContain(`r${MAX_HISTORY}`);
    expect(kept.map((a) => a.id)).not.toContain(`r${MAX_HISTORY - 1}`);
  });

  it('keeps nothing that started more than 2 years before now, except activities with a cramp log', () => {
    const { history: kept, capped } = boundHistory([run('new', 0), run('year', 365), run('almost', 730), run('old', 732), run('cramped', 2000, { cramp: { cramped: true, muscles: ['calves'] } })], NOW);
    expect(kept.map((a) => a.id)).toEqual(['cramped', 'almost', 'year', 'new']);
    expect(capped).toBe(0);
  });

  it('measures the 2 years from now, not from the newest stored activity', () => {
    // A year-old history with nothing newer: measured from the newest it would all stay; from now too.
    expect(boundHistory([run('a', 400), run('b', 700)], NOW).history.map((a) => a.id)).toEqual(['b', 'a']);
    // The same activities three years on: gone, whatever else is stored.
    expect(boundHistory([run('a', 400), run('b', 700)], new Date(END + 3 * 365 * DAY)).history).toEqual([]);
  });
});

describe('merge', () => {
  it('stores no activity without id', () => {
    const { history, added } = mergeActivities([], [{ source: 'manual', sport: 'run', movingS: 600 }, run('a', 1)]);
    expect(added).toBe(1);
    expect(history.map((a) => a.id)).toEqual(['a']);
  });

  it('an activity seen again without its track (a training log, a page read before the streams) keeps the stored movement, stream heart rate and splits', () => {
    const movement = [{ speedMs: 2.7, grade: 0.03, seconds: 3000 }];
    const splits = [{ atM: 8000, elapsedS: 3100 }];
    const withTrack = run('t', 1, { movement, splits, avgHeartRate: 151, heartRateSource: 'stream' });
    const { history, changed } = mergeActivities([withTrack], [run('t', 1, { title: 'Renamed' })]);
    expect(changed).toBe(true);
    expect(history).toEqual([{ ...withTrack, title: 'Renamed' }]);
    // A heart rate the incoming read shows replaces the stream's, source and all.
    const shown = mergeActivities([withTrack], [run('t', 1, { avgHeartRate: 149 })]).history[0];
    expect(shown).toMatchObject({ movement, splits, avgHeartRate: 149 });
    expect(shown?.heartRateSource).toBeUndefined();
  });

  it('an activity read again with the same values in another key order is unchanged: nothing to write', () => {
    const stored = run('t', 1, { movement: [{ speedMs: 2.7, grade: 0.03, seconds: 3000 }], avgHeartRate: 151, heartRateSource: 'stream' });
    // The same record, its keys written in the opposite order (a read whose kept track was added back last).
    const reordered = Object.fromEntries(Object.entries(stored).reverse()) as unknown as Activity;
    expect(mergeActivities([stored], [reordered]).changed).toBe(false);
    expect(mergeActivities([stored], [{ ...reordered, title: 'Renamed' }]).changed).toBe(true);
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

  it('keeps the logged intake when the page is read again, and an old activity with one is never aged out', async () => {
    await upsertActivities([run('1', 3)]);
    const intake = { fluidMl: 500, massBeforeKg: 70, massAfterKg: 69.2 };
    expect(await setIntake('strava', '1', intake)).not.toBeNull();
    const { history } = await upsertActivities([run('1', 3, { distanceM: 8200 })]);
    expect(history.find((a) => a.id === '1')).toMatchObject({ distanceM: 8200, intake });
    const { history: kept } = boundHistory([run('new', 0), run('old', 900), run('weighed', 900, { intake })], new Date(END));
    expect(kept.map((a) => a.id)).toEqual(['weighed', 'new']);
  });

  it('does not lose an upsert when two arrive at once', async () => {
    await Promise.all([upsertActivities([run('a', 1)]), upsertActivities([run('b', 2)]), setCrampLog('strava', 'a', { cramped: true })]);
    const { value } = await loadHistory();
    expect(value.map((a) => a.id).sort()).toEqual(['a', 'b']);
    expect(value.find((a) => a.id === 'a')?.cramp).toEqual({ cramped: true });
  });

  it('round-trips an activity with its movement bins through storage, and sets aside one with a bin out of range', async () => {
    const movement = [{ speedMs: 2.5, grade: 0.08, seconds: 1800 }, { speedMs: 1.2, grade: -0.45, seconds: 1200 }];
    await upsertActivities([run('bins', 1, { movement })], { now: new Date(END) });
    expect((await loadHistory(undefined, new Date(END))).value.find((a) => a.id === 'bins')?.movement).toEqual(movement);
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [run('ok', 1), run('steep', 1, { movement: [{ speedMs: 2, grade: 0.6, seconds: 60 }] })] } });
    expect((await loadHistory(undefined, new Date(END))).value.map((a) => a.id)).toEqual(['ok']);
  });

  it('answers null for a cramp log on an unknown activity', async () => {
    expect(await setCrampLog('strava', 'nope', { cramped: true })).toBeNull();
  });

  it('reads a bare (version 0) history', async () => {
    await fakeBrowser().storage.local.set({ history: [run('x', 1)] });
    expect((await loadHistory(undefined, new Date(END))).value.map((a) => a.id)).toEqual(['x']);
    expect(HISTORY_ITEM.version).toBe(1);
  });
});

describe('corrupted history', () => {
  it.each([['not json'], [42], [{ version: 9, data: [] }], [{ version: 1, data: 'x' }]])(
    '%j is kept aside whole, dated, and the extension keeps working',
    async (garbage) => {
      await fakeBrowser().storage.local.set({ history: garbage });
      const loaded = await loadHistory(undefined, new Date(END));
      expect(loaded.value).toEqual([]);
      const backupKey = 'backup:history:2026-11-01T07:00:00.000Z';
      expect(loaded.recovered).toEqual({ key: 'history', backupKey, at: '2026-11-01T07:00:00.000Z' });
      expect(await stored(backupKey)).toEqual(garbage);
      listen(createHandlers(() => new Date(END)));
      await expect(storeAndAnalyze(run('new', 0), { units: 'metric' }, new Date(END))).resolves.toMatchObject({ analyzed: { activity: { id: 'new' } } });
      expect((await loadHistory()).value.map((a) => a.id)).toEqual(['new']);
      expect(await stored(backupKey)).toEqual(garbage);
    },
  );

  it('one invalid entry among 300 costs that entry, not the history: set aside, the rest kept', async () => {
    const good = Array.from({ length: 299 }, (_, i) => run(`g${i}`, i, i === 5 ? { cramp: { cramped: true } } : {}));
    const bad = { source: 'strava', id: 'bad', sport: 'swim', movingS: -1 };
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [...good.slice(0, 100), bad, ...good.slice(100)] } });
    listen(createHandlers(() => new Date(END)));
    await storeAndAnalyze(run('new', 0), { units: 'metric' }, new Date(END));
    const history = (await loadHistory(undefined, new Date(END))).value;
    expect(history).toHaveLength(300);
    expect(history.find((a) => a.id === 'g5')?.cramp).toEqual({ cramped: true });
    expect(await stored('backup:history:2026-11-01T07:00:00.000Z')).toEqual([bad]);
    // Shown like a profile recovery: the options page and the panel both get it.
    expect((await send({ type: 'get-profile' })).recovered).toEqual([{ key: 'history', backupKey: 'backup:history:2026-11-01T07:00:00.000Z', at: '2026-11-01T07:00:00.000Z' }]);
  });

  it('a second corruption never overwrites the first copy', async () => {
    const bad = (id: string) => ({ source: 'strava', id, sport: 'swim', movingS: -1 });
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [run('a', 1), bad('x')] } });
    await upsertActivities([run('b', 0)], { now: new Date(END) });
    const raw = (await fakeBrowser().storage.local.get('history')).history as { data: unknown[] };
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [...raw.data, bad('y')] } });
    await upsertActivities([run('c', 0)], { now: new Date(END + DAY) });
    expect(await stored('backup:history:2026-11-01T07:00:00.000Z')).toEqual([bad('x')]);
    expect(await stored('backup:history:2026-11-02T07:00:00.000Z')).toEqual([bad('y')]);
    expect((await loadHistory(undefined, new Date(END + DAY))).value.map((a) => a.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('future start times', () => {
  it('viewing one activity dated 2099 neither stores it nor deletes the history', async () => {
    const mine = Array.from({ length: 30 }, (_, i) => run(`m${i}`, i * 20, i === 3 ? { cramp: { cramped: true } } : {}));
    await upsertActivities(mine, { now: new Date(END) });
    listen(createHandlers(() => new Date(END)));
    const future = run('future', 0, { startTime: '2099-01-05T08:00:00Z' });
    await expect(storeAndAnalyze(future, { units: 'metric' }, new Date(END))).resolves.toMatchObject({ analyzed: { activity: { id: 'future' } } });
    const history = (await loadHistory(undefined, new Date(END))).value;
    expect(history.map((a) => a.id).sort()).toEqual(mine.map((a) => a.id).sort());
    expect(history.find((a) => a.id === 'm3')?.cramp).toEqual({ cramped: true });
  });

  it('the stored schema refuses a start more than a day ahead (set aside, not lost); tomorrow morning is fine', async () => {
    const ahead = run('ahead', -2);
    await fakeBrowser().storage.local.set({ history: { version: 1, data: [run('a', 1), run('tomorrow', -0.9), ahead] } });
    const loaded = await loadHistory(undefined, new Date(END));
    expect(loaded.value.map((a) => a.id)).toEqual(['a', 'tomorrow']);
    expect(await stored(loaded.recovered?.backupKey ?? '')).toEqual([ahead]);
  });
});

describe('count cap', () => {
  it('records what the cap dropped, so the options page can say so', async () => {
    const many = Array.from({ length: MAX_HISTORY + 3 }, (_, i) => run(`r${i}`, (i * 60_000) / DAY));
    await upsertActivities(many, { now: new Date(END) });
    expect(await stored('historyCapped')).toEqual({ count: 3, at: '2026-11-01T07:00:00.000Z' });
    await upsertActivities([run('one-more', 0)], { now: new Date(END + DAY) });
    expect(await stored('historyCapped')).toEqual({ count: 4, at: '2026-11-02T07:00:00.000Z' });
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
