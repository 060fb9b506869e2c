/**
 * Synthetic variants of real pages (made by tests/fixtures/strava/make-synthetic.mjs). The
 * expected values are what a runner reads on each page, converted to SI by hand.
 */
import { describe, expect, it } from 'vitest';
import { statKeyOfLabel } from '../../../src/sites/shared/labels';
import { stravaSite } from '../../../src/sites/strava/index';
import { stravaPage } from '../../../src/sites/strava/page';
import { collectStrava } from '../../../src/sites/strava/reading';
import { READ_NOW } from '../read-site';
import { activityUrl, loadPage, readStrava } from './load-fixture';

const read = (name: string) => readStrava(loadPage(`synthetic-${name}.html`), activityUrl('2173828434'));
const fields = (problems: { field: string }[]) => problems.map((p) => p.field).sort();

describe('synthetic classic pages', () => {
  it('run with pace /km: 10.42 km, 54:10, 5:12 /km, Run title', () => {
    const result = read('classic-run-pace-km');
    expect(result.activity).toEqual({
      title: 'Lunch Run', sport: 'run', startTime: '2019-02-25T11:04:00', distanceM: 10_420, movingS: 54 * 60 + 10, elevationGainM: 64,
      avgHeartRate: 152, calories: 712, temperatureC: 27, temperatureSource: 'device', elapsedS: 56 * 60 + 2,
    });
    expect(result.rejected).toEqual([]);
    expect(fields(result.unread)).toEqual(['energyKj', 'humidityPct']);
  });

  it('imperial trail run: 6.47 mi, 210 ft, 81 ℉, 8:22 /mi', () => {
    const result = read('classic-trail-run-imperial');
    expect(result.activity.sport).toBe('trail_run');
    expect(result.activity.distanceM).toBeCloseTo(6.47 * 1609.344, 1);
    expect(result.activity.elevationGainM).toBeCloseTo(210 * 0.3048, 1);
    expect(result.activity.temperatureC).toBeCloseTo(((81 - 32) * 5) / 9, 1);
    expect(result.activity.elapsedS).toBe(3604);
    expect(result.rejected).toEqual([]);
  });

  it('German (earlier rounds\' own words): 51,45 km, 1.295 m, 1.448 kJ, 1.515 kcal; "Temperatur" and "Herzfrequenz" no source shows are not read', () => {
    const result = read('classic-ride-de');
    expect(result.activity).toMatchObject({
      sport: 'ride', distanceM: 51_450, movingS: 6921, elevationGainM: 1295, energyKj: 1448, calories: 1515,
      elapsedS: 7618, startTime: '2019-02-25T11:04:00',
    });
    // "Höhenmeter" is not read either: the climb is the page's own elev_gain.
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.rejected).toEqual([]);
  });

  it('French: 21,1 km, "52m 30s", thin/narrow/no-break spaces, −3 °C, "1h 2m"', () => {
    const result = read('classic-ride-fr');
    expect(result.activity).toMatchObject({
      sport: 'ride', distanceM: 21_100, movingS: 52 * 60 + 30, elevationGainM: 1295, energyKj: 1448, calories: 1515,
      temperatureC: -3, elapsedS: 3720, startTime: '2019-02-25T11:04:00',
    });
    // "Fréquence cardiaque": no real French source shows it, so it is not read.
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.rejected).toEqual([]);
  });

  it('Spanish run, no hooks and words no source shows: distance by its help-centre word, the rest from the page\'s own numbers', () => {
    const result = read('classic-run-es');
    // The name as the page's heading shows it, the same as its document title ("Carrera de mediodía | Carrera | Strava").
    expect(result.activity).toMatchObject({ title: 'Carrera de mediodía', sport: 'run', distanceM: 10_420, movingS: 3250, elevationGainM: 64, startTime: '2019-02-25T11:04:00' });
    for (const field of ['temperatureC', 'calories', 'avgHeartRate', 'elapsedS'] as const) expect(result.activity[field], field).toBeUndefined();
    expect(fields(result.unread)).toEqual(expect.arrayContaining(['temperatureC', 'calories', 'elapsedS']));
    expect(result.rejected).toEqual([]);
  });

  it('Spanish run at another activity\'s address (as after an in-page route): its own data names 2173828434, so its moving time and climb are asked for, not taken from it', () => {
    // What a real browser showed when this page was served at /activities/1008: Chromium and
    // happy-dom capture the same text, and the labels "Tiempo en movimiento" and "Desnivel" are
    // not read (no real source shows them), so only the page's own numbers gave these two.
    const result = readStrava(loadPage('synthetic-classic-run-es.html'), activityUrl('1008'));
    expect(result.activity).toMatchObject({ sport: 'run', distanceM: 10_420 });
    expect(result.activity.movingS).toBeUndefined();
    expect(result.activity.elevationGainM).toBeUndefined();
    expect(fields(result.unread)).toEqual(expect.arrayContaining(['movingS', 'elevationGainM']));
    expect(result.rejected).toEqual([]);
  });

  it('Dutch ride (earlier rounds\' own words where the export has none): 51,45 km, km/u, "op maandag 25 februari 2019"', () => {
    const result = read('classic-ride-nl');
    expect(result.activity).toMatchObject({
      sport: 'ride', distanceM: 51_450, movingS: 6921, elevationGainM: 153, calories: 911, elapsedS: 7618, startTime: '2019-02-25T11:04:00',
    });
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.activity.avgHeartRate).toBeUndefined();
    expect(result.rejected).toEqual([]);
  });

  it('weather panel and device sensor: weather 24 ℃ wins over the device 27 ℃, not "Feels like" 30 ℃', () => {
    const result = read('classic-ride-weather-device');
    expect(result.activity.temperatureC).toBe(24);
    expect(result.temperatureSource).toBe('weather');
    expect(result.activity.humidityPct).toBe(81);
  });

  it('partial stats: no temperature, no elapsed time — said so, the rest read', () => {
    const result = read('classic-ride-partial');
    expect(result.activity).toMatchObject({ distanceM: 5190, movingS: 755, elevationGainM: 8, calories: 25, avgHeartRate: 88 });
    expect(result.activity.temperatureC).toBeUndefined();
    expect(result.temperatureSource).toBeUndefined();
    expect(fields(result.unread)).toEqual(['elapsedS', 'humidityPct', 'temperatureC']);
    expect(result.unread.every((problem) => problem.reason === 'not shown on this page')).toBe(true);
  });

  it('no stats block: classic layout, every stat unread, the panel still has a place', () => {
    const doc = loadPage('synthetic-classic-ride-no-stats.html');
    const result = readStrava(doc, activityUrl());
    expect(result.layout).toBe('classic');
    expect(result.activity).toEqual({ title: 'Lunch Ride', sport: 'ride', startTime: '2019-02-25T11:04:00' });
    expect(fields(result.unread)).toEqual(
      ['avgHeartRate', 'calories', 'distanceM', 'elapsedS', 'elevationGainM', 'energyKj', 'humidityPct', 'movingS', 'temperatureC'].sort(),
    );
    const row = doc.querySelector('.activity-summary-container');
    const mount = stravaPage.mountPoint(doc);
    expect(mount?.parent).toBe(row?.parentElement);
    expect(mount?.before).toBe(row?.nextSibling);
  });
});

describe('synthetic public pages', () => {
  it('public run: 10.4 km, 54:10, 64 m, 712 kcal', () => {
    const result = read('public-run');
    expect(result.layout).toBe('public');
    expect(result.activity).toEqual({ sport: 'run', distanceM: 10_400, movingS: 3250, elevationGainM: 64, calories: 712, startTime: '2019-02-25' });
  });

  it('broken props JSON: public layout, nothing made up, the reason given', () => {
    const result = read('public-broken-props');
    expect(result.layout).toBe('public');
    expect(result.activity.distanceM).toBeUndefined();
    expect(result.unread.find((p) => p.field === 'movingS')?.reason).toMatch(/public view data could not be read/);
  });
});

describe('labels as a real French Strava account prints them (issue 13.7; sources in src/sites/shared/labels.ts)', () => {
  it('"Durée de déplacement", "Temps écoulé", "Dénivelé positif", "Dépense d’énergie", "Température" are read by their text alone', () => {
    const capture = collectStrava(loadPage('synthetic-classic-ride-fr.html'), '2173828434');
    // No glossary hooks on these labels, and the page's inline numbers set aside: only the words can give the values.
    capture.pageViewActivity = '';
    expect(capture.cells.filter((c) => /Durée de déplacement|Temps écoulé|Dépense/.test(c.label)).map((c) => c.hook)).toEqual(['', '', '']);
    const result = stravaSite.background.interpret(JSON.parse(JSON.stringify(capture)), activityUrl('2173828434'), READ_NOW);
    expect(result.activity).toMatchObject({ movingS: 52 * 60 + 30, elapsedS: 3720, elevationGainM: 1295, energyKj: 1448, temperatureC: -3 });
  });

  it.each([
    ['Durée de déplacement', 'movingTime'],
    ['Temps écoulé', 'elapsedTime'],
    ['Dénivelé positif', 'elevation'],
    ["Dépense d'énergie", 'energy'],
    ['Dépense d’énergie', 'energy'],
    ['Température', 'temperature'],
  ])('%s → %s', (label, key) => {
    expect(statKeyOfLabel(label)).toBe(key);
  });
});

describe("labels as Strava's own German and Dutch exports print them (issue 13.7; sources in src/sites/shared/labels.ts)", () => {
  /** The page's inline numbers set aside and no glossary hooks on the stats: only the words can give the values. */
  const byText = (page: string) => {
    const capture = collectStrava(loadPage(page), '2173828434');
    capture.pageViewActivity = '';
    expect(capture.cells.filter((c) => /definition-(moving|elapsed)-time|total-work/.test(c.hook))).toEqual([]);
    return stravaSite.background.interpret(JSON.parse(JSON.stringify(capture)), activityUrl('2173828434'), READ_NOW);
  };

  it('German: "Distanz", "Bewegungszeit", "Verstrichene Zeit", "Höhenzunahme", "Gesamtarbeit", "Kalorien", "Durchschnittliche Herzfrequenz" are read by their text alone', () => {
    const result = byText('synthetic-classic-ride-de-export-labels.html');
    expect(result.activity).toMatchObject({
      distanceM: 51_450, movingS: 6921, elapsedS: 7618, elevationGainM: 1295, energyKj: 1448, calories: 1515, avgHeartRate: 122, temperatureC: 13,
    });
    expect(result.rejected).toEqual([]);
  });

  it('Dutch: "Afstand", "Beweegtijd", "Verstreken tijd", "Totale stijging", "Calorieën", "Gemiddelde hartslag", "Totale arbeid" are read by their text alone', () => {
    const result = byText('synthetic-classic-ride-nl-export-labels.html');
    expect(result.activity).toMatchObject({ distanceM: 51_450, movingS: 6921, elapsedS: 7618, elevationGainM: 153, calories: 911, avgHeartRate: 131, energyKj: 1448 });
    expect(result.rejected).toEqual([]);
  });

  it.each([
    ['Bewegungszeit', 'movingTime'],
    ['Verstrichene Zeit', 'elapsedTime'],
    ['Höhenzunahme', 'elevation'],
    ['Gesamtarbeit', 'energy'],
    ['Luftfeuchtigkeit', 'humidity'],
    ['Durchschnittliche Herzfrequenz', 'heartRate'],
    ['Durchschnittliche Temperatur', 'temperature'],
    ['Kalorien', 'calories'],
    ['Beweegtijd', 'movingTime'],
    ['Verstreken tijd', 'elapsedTime'],
    ['Totale stijging', 'elevation'],
    ['Gemiddelde hartslag', 'heartRate'],
    ['Calorieën', 'calories'],
    ['Totale arbeid', 'energy'],
    ['Vochtigheid', 'humidity'],
  ])('%s → %s', (label, key) => {
    expect(statKeyOfLabel(label)).toBe(key);
  });

  it('a descent is never read as the climb: "Höhenunterschied" (the German export\'s elevation loss) and "Totale daling" name no stat', () => {
    expect(statKeyOfLabel('Höhenunterschied')).toBeNull();
    expect(statKeyOfLabel('Totale daling')).toBeNull();
  });
});

describe("labels as Strava's own Portuguese and Italian help-centre articles word them (issue 13.7; sources in src/sites/shared/labels.ts)", () => {
  /** The page's inline numbers set aside and no glossary hooks on the stats: only the words can give the values. */
  const byText = (page: string) => {
    const capture = collectStrava(loadPage(page), '2173828434');
    capture.pageViewActivity = '';
    expect(capture.cells.filter((c) => /definition-(moving|elapsed)-time|total-work/.test(c.hook))).toEqual([]);
    return stravaSite.background.interpret(JSON.parse(JSON.stringify(capture)), activityUrl('2173828434'), READ_NOW);
  };

  it('Brazilian Portuguese: "Distância", "Tempo de movimentação", "Tempo decorrido" are read by their text alone', () => {
    const result = byText('synthetic-classic-ride-pt-br-help-labels.html');
    expect(result.activity).toMatchObject({ distanceM: 51_450, movingS: 6921, elapsedS: 7618 });
    expect(result.rejected).toEqual([]);
  });

  it('European Portuguese: "Distância", "Tempo de atividade" (the moving time), "Tempo decorrido" are read by their text alone', () => {
    const result = byText('synthetic-classic-ride-pt-pt-help-labels.html');
    expect(result.activity).toMatchObject({ distanceM: 51_450, movingS: 6921, elapsedS: 7618 });
    expect(result.rejected).toEqual([]);
  });

  it('Italian: "Distanza", "Tempo in movimento", "Aumento di dislivello" are read by their text alone', () => {
    const result = byText('synthetic-classic-ride-it-help-labels.html');
    expect(result.activity).toMatchObject({ distanceM: 51_450, movingS: 6921, elevationGainM: 1295 });
    expect(result.rejected).toEqual([]);
  });

  it.each([
    ['Tempo de movimentação', 'movingTime'],
    ['Tempo decorrido', 'elapsedTime'],
    ['Distância', 'distance'],
    ['Velocidade média', 'speed'],
    ['Tempo de atividade', 'movingTime'],
    ['Tempo de movimento', 'movingTime'],
    ['Tempo em movimento', 'movingTime'],
    ['Distanza', 'distance'],
    ['Tempo in movimento', 'movingTime'],
    ['Dislivello', 'elevation'],
    ['Aumento di dislivello', 'elevation'],
    ['Velocità media', 'speed'],
    ['Distancia', 'distance'],
    ['Velocidad media', 'speed'],
    ['Velocidad promedio', 'speed'],
  ])('%s → %s', (label, key) => {
    expect(statKeyOfLabel(label)).toBe(key);
  });

  it('no moving-time word names the elapsed time or the reverse, and a descent is never the climb', () => {
    expect(statKeyOfLabel('Tempo de atividade')).not.toBe('elapsedTime');
    expect(statKeyOfLabel('Tempo decorrido')).not.toBe('movingTime');
    expect(statKeyOfLabel('Dislivello negativo')).toBeNull();
    expect(statKeyOfLabel('Desnivel negativo')).toBeNull();
  });
});
