import { describe, expect, it } from 'vitest';
import { STAT_LABELS, type StatKey, statKeyOfLabel } from '../../../src/sites/shared/labels';
import { foldLabel } from '../../../src/sites/shared/text';

/** The labels the issue names, one column per language: en, de, fr, es, it, nl, pt. */
const TABLE: [StatKey, string[]][] = [
  ['distance', ['Distance', 'Distanz', 'Distance', 'Distancia', 'Distanza', 'Afstand', 'Distância']],
  ['movingTime', ['Moving Time', 'Bewegungszeit', 'Temps de déplacement', 'Tiempo en movimiento', 'Tempo in movimento', 'Beweegtijd', 'Tempo em movimento']],
  ['elapsedTime', ['Elapsed Time', 'Verstrichene Zeit', 'Temps écoulé', 'Tiempo transcurrido', 'Tempo trascorso', 'Verstreken tijd', 'Tempo decorrido']],
  ['elevation', ['Elevation', 'Höhenmeter', 'Dénivelé', 'Desnivel', 'Dislivello', 'Hoogteverschil', 'Elevação']],
  ['calories', ['Calories', 'Kalorien', 'Calories', 'Calorías', 'Calorie', 'Calorieën', 'Calorias']],
  ['temperature', ['Temperature', 'Temperatur', 'Température', 'Temperatura', 'Temperatura', 'Temperatuur', 'Temperatura']],
  ['heartRate', ['Heart Rate', 'Herzfrequenz', 'Fréquence cardiaque', 'Frecuencia cardiaca', 'Frequenza cardiaca', 'Hartslag', 'Frequência cardíaca']],
  ['humidity', ['Humidity', 'Luftfeuchtigkeit', 'Humidité', 'Humedad', 'Umidità', 'Luchtvochtigheid', 'Umidade']],
  ['pace', ['Pace', 'Pace', 'Allure', 'Ritmo', 'Passo', 'Tempo', 'Ritmo']],
  ['speed', ['Speed', 'Geschwindigkeit', 'Vitesse', 'Velocidad', 'Velocità', 'Snelheid', 'Velocidade']],
  ['energy', ['Total Work', 'Gesamtarbeit', 'Travail total', 'Trabajo total', 'Lavoro totale', 'Totale arbeid', 'Trabalho total']],
];

describe('stat labels in seven languages', () => {
  it.each(TABLE)('%s', (key, labels) => {
    expect(labels).toHaveLength(7);
    for (const label of labels) {
      expect(statKeyOfLabel(label)).toBe(key);
      expect(STAT_LABELS[key].split(',')).toContain(foldLabel(label));
    }
  });

  it('matches regardless of case, accents, extra spaces and a trailing colon', () => {
    expect(statKeyOfLabel('  TEMPERATURE : ')).toBe('temperature');
    expect(statKeyOfLabel('Frequencia cardiaca')).toBe('heartRate');
    expect(statKeyOfLabel('Moving\u00a0Time')).toBe('movingTime');
  });

  it('never guesses: similar labels are not matched', () => {
    for (const label of ['Feels like', 'Ressenti', 'Max Speed', 'Relative Effort', 'Temperature alert(1)', 'Tempo totale pausa', '']) {
      expect(statKeyOfLabel(label)).toBeNull();
    }
  });

  it('no label names two different stats in any two languages, and every label is stored folded', () => {
    const seen = new Map<string, StatKey>();
    for (const [key, labels] of Object.entries(STAT_LABELS) as [StatKey, string][]) {
      for (const label of labels.split(',')) {
        expect(foldLabel(label), `"${label}"`).toBe(label);
        expect(seen.get(label) ?? key, `"${label}"`).toBe(key);
        seen.set(label, key);
      }
    }
  });
});
