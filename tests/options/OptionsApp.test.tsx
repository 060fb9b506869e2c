import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../setup/fake-browser';
import { button, choose, click, field, mountOptions, stored, type, unmount } from './harness';

let root: HTMLElement;
afterEach(() => unmount(root));

const BODY = 'Save body details';
const SWEAT = 'Save sweat profile';
const CRAMP = 'Save cramp history';
const saveButton = (name: string) => button(root, name);
const text = () => root.textContent ?? '';

describe('options page', () => {
  it('labels every profile input, with the words other tests rely on, and a Save button per section', async () => {
    root = await mountOptions();
    for (const word of ['Body mass', 'Height', 'Sweat rate', 'Sweat sodium']) {
      expect(field(root, word).tagName).toBe('INPUT');
    }
    for (const name of [BODY, SWEAT, CRAMP]) expect(saveButton(name).type).toBe('submit');
    const unlabelled = [...root.querySelectorAll('input, select')].filter((el) => !root.querySelector(`label[for="${el.id}"]`));
    expect(unlabelled).toEqual([]);
  });

  it('saves a valid profile through the background into storage and shows it again after a reload', async () => {
    root = await mountOptions();
    type(field(root, 'Body mass'), '64');
    type(field(root, 'Height'), '171');
    type(field(root, 'Sweat sodium'), '1200');
    choose(field<HTMLSelectElement>(root, 'Sex'), 'female');
    choose(field<HTMLSelectElement>(root, 'How often'), 'often');
    await click(field(root, 'Calves'));
    await click(field(root, 'Feet'));
    for (const name of [BODY, SWEAT, CRAMP]) await click(saveButton(name));
    for (const id of ['body', 'sweat', 'cramp']) expect(root.querySelector(`#save-status-${id}`)?.textContent).toBe('Saved.');
    expect(await stored('profile')).toEqual({
      units: 'metric', bodyMassKg: 64, heightCm: 171, sweatSodiumMgPerL: 1200, saltySweater: false, sex: 'female', crampHistory: 'often', crampMuscles: ['calves', 'feet'],
    });
    unmount(root);
    root = await mountOptions();
    expect(field(root, 'Body mass').value).toBe('64');
    expect(field(root, 'Sweat sodium').value).toBe('1200');
    expect(field(root, 'Calves').checked).toBe(true);
    expect(field(root, 'Hamstrings').checked).toBe(false);
  });

  it('refuses a bad entry with a message by the field, keeps the typed text and the saved profile', async () => {
    root = await mountOptions();
    type(field(root, 'Body mass'), '64');
    await click(saveButton(BODY));
    type(field(root, 'Body mass'), '-5');
    type(field(root, 'Sweat rate'), 'lots');
    await click(saveButton(BODY));
    await click(saveButton(SWEAT));
    const mass = field(root, 'Body mass');
    expect(mass.value).toBe('-5');
    expect(mass.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${mass.getAttribute('aria-describedby')}`)?.textContent).toBe('Body mass (kg) should be between 25 and 250.');
    expect(root.querySelector('#sweatRate-hint')?.textContent).toBe('Sweat rate (L/h) must be a number.');
    expect(field(root, 'Sweat rate').value).toBe('lots');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Your saved profile is unchanged');
    expect(await stored('profile')).toEqual({ units: 'metric', bodyMassKg: 64 });
  });

  it('counts two or more ticked salty-sweater signs as a salty sweater', async () => {
    root = await mountOptions();
    await click(field(root, 'White salt marks'));
    expect(text()).toContain('Not a salty sweater');
    await click(field(root, 'stings my eyes'));
    expect(text()).toContain('You count as a salty sweater');
    await click(saveButton(SWEAT));
    expect(await stored('profile')).toMatchObject({ saltySweater: true });
    await click(field(root, 'stings my eyes'));
    await click(saveButton(SWEAT));
    expect(await stored('profile')).toMatchObject({ saltySweater: false });
  });

  it('starts in imperial units for a US browser when nothing is saved, and converts on switching', async () => {
    root = await mountOptions('en-US');
    expect(field<HTMLSelectElement>(root, 'Units').value).toBe('imperial');
    expect(field(root, 'Body mass (lb)')).toBeTruthy();
    type(field(root, 'Body mass'), '154');
    await click(saveButton(BODY));
    expect((await stored('profile')) as object).toMatchObject({ units: 'imperial', bodyMassKg: 69.85 });
    choose(field<HTMLSelectElement>(root, 'Units'), 'metric');
    expect(field(root, 'Body mass (kg)').value).toBe('69.9');
  });

  it('each section saves only its own fields, with its status next to its own button', async () => {
    root = await mountOptions();
    type(field(root, 'Body mass'), '70');
    type(field(root, 'Sweat sodium'), '1200');
    await click(saveButton(SWEAT));
    // The body mass typed above is not sent: its section was not saved.
    expect(await stored('profile')).toEqual({ units: 'metric', sweatSodiumMgPerL: 1200, saltySweater: false });
    expect(root.querySelector('#save-status-sweat')?.textContent).toBe('Saved.');
    expect(root.querySelector('#save-status-body')?.textContent).toBe('');
    expect(saveButton(SWEAT).closest('form')?.contains(root.querySelector('#save-status-sweat'))).toBe(true);
    expect(field(root, 'Body mass').value).toBe('70');
    // An invalid value in one section does not block another's save, and is named where it was typed.
    type(field(root, 'Body mass'), '-5');
    choose(field<HTMLSelectElement>(root, 'How often'), 'often');
    await click(saveButton(CRAMP));
    expect(await stored('profile')).toMatchObject({ crampHistory: 'often' });
    expect(await stored('profile')).not.toHaveProperty('bodyMassKg');
    await click(saveButton(BODY));
    expect(saveButton(BODY).closest('form')?.querySelector('[role=alert]')?.textContent).toContain('Your saved profile is unchanged');
    expect(root.querySelector('#save-status-cramp')?.textContent).toBe('Saved.');
  });

  it('a section saved on a profile never saved keeps the units on screen', async () => {
    root = await mountOptions('en-US');
    type(field(root, 'Sweat sodium'), '900');
    await click(saveButton(SWEAT));
    expect(await stored('profile')).toMatchObject({ units: 'imperial', sweatSodiumMgPerL: 900 });
  });

  it('keeps saved units over the locale', async () => {
    await fakeBrowser().storage.local.set({ profile: { version: 1, data: { units: 'metric', bodyMassKg: 70 } } });
    root = await mountOptions('en-US');
    expect(field<HTMLSelectElement>(root, 'Units').value).toBe('metric');
    expect(field(root, 'Body mass (kg)').value).toBe('70');
  });

  it('stores site toggles in settings, Strava on by default', async () => {
    root = await mountOptions();
    expect(field(root, /^Strava$/).checked).toBe(true);
    expect(field(root, 'Garmin Connect').checked).toBe(false);
    await click(field(root, 'Garmin Connect'));
    expect(await stored('settings')).toEqual({ sites: { strava: true, garmin: true }, panelCollapsed: false });
    await click(field(root, /^Strava$/));
    await click(field(root, 'Intervals.icu'));
    expect(await stored('settings')).toEqual({ sites: { strava: false, garmin: true, intervals: true }, panelCollapsed: false });
    expect(text()).toContain('Intervals.icu: on.');
  });

  it('asks the browser for a site\'s access when it is switched on, and gives it back when off', async () => {
    root = await mountOptions();
    await click(field(root, 'Runalyze'));
    expect(fakeBrowser().permissions.request).toHaveBeenCalledWith({ origins: ['https://runalyze.com/*', 'https://www.runalyze.com/*'] });
    expect([...fakeBrowser().permissions.granted]).toEqual(['https://runalyze.com/*', 'https://www.runalyze.com/*']);
    await click(field(root, 'Runalyze'));
    expect([...fakeBrowser().permissions.granted]).toEqual([]);
    expect(await stored('settings')).toEqual({ sites: { strava: true, runalyze: false }, panelCollapsed: false });
  });

  it('keeps a site off when the runner refuses its access', async () => {
    fakeBrowser().permissions.nextAnswer = false;
    root = await mountOptions();
    await click(field(root, 'Garmin Connect'));
    expect(text()).toContain('Garmin Connect: access was not granted, so it stays off.');
    expect(await stored('settings')).toBeUndefined();
    expect(field(root, 'Garmin Connect').checked).toBe(false);
  });

  it('tells the runner when a stored profile could not be read', async () => {
    await fakeBrowser().storage.local.set({ profile: { version: 1, data: { units: 'furlongs' } } });
    root = await mountOptions();
    expect(root.querySelector('.notice')?.textContent).toContain('backup:profile');
  });
});
