import { describe, expect, it } from 'vitest';
import { LABEL_SOURCES, SEEN_LABELS, type StatKey, statKeyOfLabel } from '../../../src/sites/shared/labels';
import { foldLabel } from '../../../src/sites/shared/text';

describe('stat labels as Strava prints them (issue 13.7)', () => {
  it('every word names a real source, and every source backs at least one word', () => {
    const used = new Set(SEEN_LABELS.map(([, , source]) => source));
    expect([...used].sort()).toEqual(Object.keys(LABEL_SOURCES).sort());
    for (const [word, , source] of SEEN_LABELS) expect(LABEL_SOURCES[source], word).toMatch(/\S{10}/);
  });

  it.each([
    // As the sources print them, before folding: [label, stat]
    ['Moving Time', 'movingTime'],
    ['Elevation Gain', 'elevation'],
    ['Durée de déplacement', 'movingTime'],
    ['Temps écoulé', 'elapsedTime'],
    ['Dénivelé positif', 'elevation'],
    ['Dépense d’énergie', 'energy'],
    ['Température', 'temperature'],
    ['Höhenzunahme', 'elevation'],
    ['Durchschnittliche Temperatur', 'temperature'],
    ['Calorieën', 'calories'],
    ['Totale stijging', 'elevation'],
    ['Tempo de movimentação', 'movingTime'],
    ['Tempo de atividade', 'movingTime'],
    ['Aumento di dislivello', 'elevation'],
    ['Velocità media', 'speed'],
    ['Distância', 'distance'],
    ['Velocidad promedio', 'speed'],
  ] as [string, StatKey][])('"%s" is %s', (label, key) => {
    expect(statKeyOfLabel(label)).toBe(key);
  });

  it('words no real source shows are not read, whatever they would mean', () => {
    // Earlier rounds' own translations, and German "Höhenunterschied": the export's descent, not the climb.
    for (const label of [
      'Temps de déplacement', 'Tiempo en movimiento', 'Tiempo transcurrido', 'Desnivel', 'Tempo trascorso', 'Elevação',
      'Temperatura', 'Calorías', 'Temperatur', 'Herzfrequenz', 'Höhenmeter', 'Höhenunterschied', 'Temperatuur', 'Hoogteverschil',
    ]) {
      expect(statKeyOfLabel(label), label).toBeNull();
    }
  });

  it('matches regardless of case, accents, extra spaces and a trailing colon', () => {
    expect(statKeyOfLabel('  TEMPERATURE : ')).toBe('temperature');
    expect(statKeyOfLabel('Duree de deplacement')).toBe('movingTime');
    expect(statKeyOfLabel('Moving\u00a0Time')).toBe('movingTime');
  });

  it('never guesses: similar labels are not matched', () => {
    for (const label of ['Feels like', 'Ressenti', 'Max Speed', 'Relative Effort', 'Temperature alert(1)', 'Tempo totale pausa', 'constructor', '']) {
      expect(statKeyOfLabel(label)).toBeNull();
    }
  });

  it('no word names two different stats, and every word is stored folded', () => {
    const seen = new Map<string, StatKey>();
    for (const [word, key] of SEEN_LABELS) {
      expect(foldLabel(word), `"${word}"`).toBe(word);
      expect(seen.get(word) ?? key, `"${word}"`).toBe(key);
      seen.set(word, key);
    }
  });
});
