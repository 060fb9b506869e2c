/**
 * Stat labels as sites print them, per language. Data only: add a language by adding a block.
 * Matching is exact after folding accents and case (see `foldLabel`), so "Feels like" never
 * passes for "Temperature", and a label unknown here is ignored rather than guessed.
 */
import { foldLabel } from './text';

export type StatKey =
  | 'distance' | 'movingTime' | 'elapsedTime' | 'elevation' | 'calories' | 'temperature'
  | 'heartRate' | 'humidity' | 'pace' | 'speed' | 'energy';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

export const STAT_LABELS: Record<Language, Record<StatKey, readonly string[]>> = {
  en: {
    distance: ['Distance'], movingTime: ['Moving Time'], elapsedTime: ['Elapsed Time'], elevation: ['Elevation', 'Elevation Gain'],
    calories: ['Calories'], temperature: ['Temperature'], heartRate: ['Heart Rate', 'Avg Heart Rate'], humidity: ['Humidity'],
    pace: ['Pace', 'Avg Pace'], speed: ['Speed', 'Avg Speed'], energy: ['Total Work', 'Energy Output'],
  },
  de: {
    distance: ['Distanz', 'Strecke'], movingTime: ['Bewegungszeit', 'Zeit in Bewegung'], elapsedTime: ['Verstrichene Zeit', 'Gesamtzeit'],
    elevation: ['Höhenmeter', 'Anstieg', 'Höhenunterschied'], calories: ['Kalorien'], temperature: ['Temperatur'], heartRate: ['Herzfrequenz', 'Puls'],
    humidity: ['Luftfeuchtigkeit', 'Feuchtigkeit'], pace: ['Pace', 'Tempo'], speed: ['Geschwindigkeit'], energy: ['Gesamtarbeit', 'Energieleistung', 'Energieabgabe'],
  },
  fr: {
    distance: ['Distance'], movingTime: ['Temps de déplacement', 'Temps en mouvement'], elapsedTime: ['Temps écoulé', 'Temps total'],
    elevation: ['Dénivelé', 'Dénivelé positif'], calories: ['Calories'], temperature: ['Température'], heartRate: ['Fréquence cardiaque'],
    humidity: ['Humidité'], pace: ['Allure'], speed: ['Vitesse'], energy: ['Travail total', 'Énergie produite', 'Dépense énergétique'],
  },
  es: {
    distance: ['Distancia'], movingTime: ['Tiempo en movimiento'], elapsedTime: ['Tiempo transcurrido', 'Tiempo total'],
    elevation: ['Desnivel', 'Desnivel positivo', 'Elevación'], calories: ['Calorías'], temperature: ['Temperatura'],
    heartRate: ['Frecuencia cardiaca', 'Frecuencia cardíaca'], humidity: ['Humedad'], pace: ['Ritmo'], speed: ['Velocidad'],
    energy: ['Trabajo total', 'Producción de energía'],
  },
  it: {
    distance: ['Distanza'], movingTime: ['Tempo in movimento'], elapsedTime: ['Tempo trascorso', 'Tempo totale'],
    elevation: ['Dislivello', 'Dislivello positivo'], calories: ['Calorie'], temperature: ['Temperatura'], heartRate: ['Frequenza cardiaca'],
    humidity: ['Umidità'], pace: ['Passo'], speed: ['Velocità'], energy: ['Lavoro totale', 'Energia prodotta'],
  },
  nl: {
    distance: ['Afstand'], movingTime: ['Beweegtijd', 'Bewegingstijd'], elapsedTime: ['Verstreken tijd', 'Totale tijd'],
    elevation: ['Hoogteverschil', 'Hoogtemeters'], calories: ['Calorieën'], temperature: ['Temperatuur'], heartRate: ['Hartslag'],
    humidity: ['Luchtvochtigheid', 'Vochtigheid'], pace: ['Tempo'], speed: ['Snelheid'], energy: ['Totale arbeid', 'Totaal werk', 'Energie-output'],
  },
  pt: {
    distance: ['Distância'], movingTime: ['Tempo em movimento'], elapsedTime: ['Tempo decorrido', 'Tempo total'],
    elevation: ['Elevação', 'Ganho de elevação'], calories: ['Calorias'], temperature: ['Temperatura'], heartRate: ['Frequência cardíaca'],
    humidity: ['Umidade', 'Humidade'], pace: ['Ritmo'], speed: ['Velocidade'], energy: ['Trabalho total', 'Produção de energia'],
  },
};

/** Folded label → key, over every language (the table is checked in tests to have no clashes). */
const BY_LABEL = new Map<string, StatKey>();
for (const language of LANGUAGES) {
  for (const [key, labels] of Object.entries(STAT_LABELS[language]) as [StatKey, readonly string[]][]) {
    for (const label of labels) BY_LABEL.set(foldLabel(label), key);
  }
}

/** The stat a label names in any supported language, or null. */
export function statKeyOfLabel(label: string): StatKey | null {
  return BY_LABEL.get(foldLabel(label)) ?? null;
}
