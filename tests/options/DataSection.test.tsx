import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT } from '../../src/platform/backup';
import { fakeBrowser } from '../setup/fake-browser';
import { button, click, field, mountOptions, settle, stored, unmount } from './harness';

let root: HTMLElement;
afterEach(() => {
  unmount(root);
  vi.restoreAllMocks();
});

const test = (date: string) => ({ date, preKg: 64, postKg: 63, drankL: 0.2, durationH: 1 });
const manual = { movingS: 3600, temperatureC: 28 };

beforeEach(async () => {
  await fakeBrowser().storage.local.set({
    profile: { version: 1, data: { units: 'metric', bodyMassKg: 70, sweatTests: [test('2026-05-01')] } },
    settings: { version: 1, data: { sites: { strava: true }, panelCollapsed: false } },
    'manual:strava:123': manual,
  });
});

function importFile(contents: string) {
  const input = field(root, 'Import data');
  Object.defineProperty(input, 'files', { value: [new File([contents], 'backup.json', { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return settle();
}

const backupWith = (data: Record<string, unknown>) => JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, data });

describe('your data', () => {
  it('exports every storage.local key as a dated JSON download with a format version', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:cramp-check';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('cramp-check-2026-06-14.json');
      expect(this.href).toBe('blob:cramp-check');
    });
    root = await mountOptions();
    await click(button(root, 'Export all data'));
    expect(clicked).toHaveBeenCalledOnce();
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file.format).toBe(BACKUP_FORMAT);
    expect(file.formatVersion).toBe(1);
    expect(Object.keys(file.data).sort()).toEqual(['manual:strava:123', 'profile', 'settings']);
    expect(file.data.profile.data.bodyMassKg).toBe(70);
    expect(file.data['manual:strava:123']).toEqual(manual);
    expect(root.textContent).toContain('Downloaded cramp-check-2026-06-14.json.');
  });

  it('previews what an import changes and writes only after "Apply import"', async () => {
    root = await mountOptions();
    const tests = [test('2026-05-01'), test('2026-06-01'), test('2026-06-02'), test('2026-06-03')];
    await importFile(backupWith({
      profile: { version: 1, data: { units: 'metric', bodyMassKg: 64, sweatTests: tests } },
      settings: { sites: { strava: true, garmin: true }, panelCollapsed: false },
      'manual:strava:999': manual,
      surprise: 1,
    }));
    const lines = [...root.querySelectorAll('.import-preview li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Body mass 70 kg → 64 kg',
      '3 weigh-in tests added',
      'Garmin Connect off → on',
      '1 manual entry added',
      'Not imported (unknown to this version): surprise',
    ]);
    expect(await stored('profile')).toMatchObject({ bodyMassKg: 70 });
    await click(button(root, 'Apply import'));
    expect(await stored('profile')).toEqual({ units: 'metric', bodyMassKg: 64, sweatTests: tests });
    expect(await stored('settings')).toEqual({ sites: { strava: true, garmin: true }, panelCollapsed: false });
    expect(await stored('manual:strava:999')).toEqual(manual);
    expect(await stored('surprise')).toBeUndefined();
    expect(field(root, 'Body mass').value).toBe('64');
    // Switched on by the file, but the browser has not granted Garmin: shown as off, with the way to grant it.
    await settle();
    expect(field(root, 'Garmin Connect').checked).toBe(false);
    expect(button(root, 'Grant access to Garmin Connect again')).toBeTruthy();
    expect(root.textContent).toContain('Import applied.');
  });

  it('counts a bare (version 0) history of 50 as the 50 it writes, and offers "Undo import" after', async () => {
    root = await mountOptions();
    const history = Array.from({ length: 50 }, (_, i) => ({ source: 'strava', id: `a${i}`, sport: 'run', movingS: 1800, startTime: `2026-06-${String((i % 13) + 1).padStart(2, '0')}T07:00` }));
    await importFile(backupWith({ history, 'backup:profile': { units: 'metric' } }));
    const lines = [...root.querySelectorAll('.import-preview li')].map((li) => li.textContent);
    expect(lines).toEqual(['50 activities added to your history', "Not imported (copies of data that couldn't be read are never imported): backup:profile"]);
    await click(button(root, 'Apply import'));
    expect((await stored('history')) as unknown[]).toHaveLength(50);
    expect(await stored('backup:profile')).toBeUndefined();
    await click(button(root, 'Undo import'));
    expect(await stored('history')).toBeUndefined();
    expect(root.textContent).toContain('Import undone');
    expect(root.textContent).not.toContain('Undo import');
  });

  it('"Undo import" names what it kept because it was changed after the import', async () => {
    root = await mountOptions();
    await importFile(backupWith({ profile: { version: 1, data: { units: 'metric', bodyMassKg: 64, heightCm: 170 } } }));
    await click(button(root, 'Apply import'));
    // Changed after the import, as another options tab would save it.
    const imported = { units: 'metric' as const, bodyMassKg: 64, heightCm: 170 };
    await fakeBrowser().storage.local.set({ profile: { version: 2, data: { ...imported, bodyMassKg: 66 } } });
    await click(button(root, 'Undo import'));
    expect(root.textContent).toContain('Import undone. Kept as they are because you changed them after the import: Body mass.');
    expect(await stored('profile')).toMatchObject({ bodyMassKg: 66, sweatTests: [test('2026-05-01')] });
    expect(await stored('profile')).not.toHaveProperty('heightCm');
  });

  it('changes nothing when the import is cancelled', async () => {
    root = await mountOptions();
    const before = await fakeBrowser().storage.local.get(null);
    await importFile(backupWith({ profile: { units: 'metric', bodyMassKg: 64 } }));
    await click(button(root, 'Cancel'));
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(await fakeBrowser().storage.local.get(null)).toEqual(before);
  });

  it.each([
    ['not JSON', '{oops', 'This file is not JSON'],
    ['another JSON file', JSON.stringify({ hello: 'world' }), 'This file is not a Cramp Check export'],
    ['a bad profile', backupWith({ profile: { units: 'metric', bodyMassKg: 9000 } }), "This export can't be used: the profile entry is not valid"],
  ])('refuses %s with a clear message and changes nothing', async (_, contents, message) => {
    root = await mountOptions();
    const before = await fakeBrowser().storage.local.get(null);
    await importFile(contents);
    expect(root.querySelector('#import-message [role=alert]')?.textContent).toContain(message);
    expect(root.querySelector('.import-preview')).toBeNull();
    expect(await fakeBrowser().storage.local.get(null)).toEqual(before);
  });

  it('deletes everything only after confirmation, then shows defaults', async () => {
    root = await mountOptions();
    await click(button(root, 'Delete all data…'));
    expect(Object.keys(await fakeBrowser().storage.local.get(null))).toHaveLength(3);
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');
    await click(button(root, 'Cancel'));
    expect(Object.keys(await fakeBrowser().storage.local.get(null))).toHaveLength(3);
    await click(button(root, 'Delete all data…'));
    await click(button(root, 'Yes, delete everything'));
    expect(await fakeBrowser().storage.local.get(null)).toEqual({});
    expect(field(root, 'Body mass').value).toBe('');
    expect(root.textContent).toContain('No weigh-in tests yet.');
    expect(root.textContent).toContain('All data deleted. Defaults are shown.');
  });
});
