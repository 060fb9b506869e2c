/**
 * Stat labels as Strava really prints them, each word with the real source it was seen in (issue
 * 13.7: "check every language's labels against real sources, not translations"). Data only: a word
 * is added with its source, never translated by us. Matching is exact after `foldLabel` (accents,
 * case and apostrophes folded, spaces collapsed), so "Feels like" never passes for "Temperature",
 * and an unknown label is ignored rather than guessed.
 *
 * A label no real source shows is not read. The words earlier rounds had written themselves were
 * removed (2026-11-30), among them Spanish "Tiempo en movimiento", "Desnivel", Italian "Tempo
 * trascorso", Portuguese "Elevação", "Temperatura" and "Calorías" in all three, German
 * "Temperatur", "Herzfrequenz", "Höhenmeter", Dutch "Temperatuur", "Hoogteverschil" and French
 * "Temps de déplacement" (which a real French account does not print: it says "Durée de
 * déplacement"). One of those guesses was wrong in a harmful way: German "Höhenunterschied" is the
 * export's DESCENT. What this costs is said in docs/science.md ("Where the engine still misses"):
 * on a logged-in page in a language whose words no source showed, the distance, moving time,
 * elevation gain and start still come from the page's own numbers (src/sites/strava/page-view.ts),
 * and the panel asks the runner for a temperature it could not read.
 *
 * Help-centre sources are Strava's own localized help articles: they prove the words Strava uses
 * for a stat in that language, in its prose rather than on an activity page, and are the only real
 * Spanish, Italian and Portuguese sources found (searches of public code, pages and documentation
 * for a saved page or export in those languages found none).
 */
import { foldLabel } from './text';

export type StatKey =
  | 'distance' | 'movingTime' | 'elapsedTime' | 'elevation' | 'calories' | 'temperature'
  | 'heartRate' | 'humidity' | 'pace' | 'speed' | 'energy';

/** Where the words were seen, each read on 2026-11-30 unless the fixture says otherwise. */
export const LABEL_SOURCES = {
  'en-pages':
    "Strava's English pages saved in tests/fixtures/strava: the seven classic logged-in pages (classic-ride-*.html and their scrapers' expected.json), the weather panel of classic-ride-weather-3842740325.html and the Next.js page nextjs-walk-13464556946.html",
  'fr-account':
    'a public Strava page reader verified on a French-language account, whose label table lists "Distance", "Durée de déplacement", "Dénivelé positif", "Dépense d\'énergie", "Vitesse", "Calories", "Température", "Temps écoulé"',
  'fr-export': 'a public script reading Strava\'s French bulk export: activities.csv columns "Temps écoulé", "Durée de déplacement", "Vitesse moyenne"',
  'de-export':
    'vinzgreg/strava-import, strava_import.py, which maps the columns of a real German Strava export (activities.csv); and a public Rust reader of Strava exports whose test holds the German header next to the English one, column for column',
  'nl-export':
    'woutdemin6-source/Musculatuur, core.py, which reads a real Dutch Strava export by its column names; and a public R Shiny app reading a Dutch activities.csv',
  'pt-br-help': 'Strava\'s Brazilian Portuguese help centre: support.strava.com/hc/pt-br/articles/115001188684 (moving time, speed and pace) and /216919487 (distance)',
  'pt-pt-help': 'Strava\'s European Portuguese help centre: support.strava.com/hc/pt/articles/115001188684 (moving time)',
  'it-help': 'Strava\'s Italian help centre: support.strava.com/hc/it/articles/216919487 (distance) and /216919447 (elevation)',
  'es-help': 'Strava\'s Spanish help centre: support.strava.com/hc/es-es/articles/216919487 and /hc/es-mx/articles/216919487 (distance)',
} as const;

export type LabelSource = keyof typeof LABEL_SOURCES;

/** Every word the reader knows: [folded word, the stat it names, where it was seen]. */
export const SEEN_LABELS: readonly (readonly [string, StatKey, LabelSource])[] = [
  // English
  ['distance', 'distance', 'en-pages'],
  ['moving time', 'movingTime', 'en-pages'],
  ['elapsed time', 'elapsedTime', 'en-pages'],
  ['elevation', 'elevation', 'en-pages'],
  ['elevation gain', 'elevation', 'en-pages'],
  ['calories', 'calories', 'en-pages'],
  ['temperature', 'temperature', 'en-pages'],
  ['heart rate', 'heartRate', 'en-pages'],
  ['humidity', 'humidity', 'en-pages'],
  ['pace', 'pace', 'en-pages'],
  ['avg pace', 'pace', 'en-pages'],
  ['speed', 'speed', 'en-pages'],
  ['avg speed', 'speed', 'en-pages'],
  ['total work', 'energy', 'en-pages'],
  ['energy output', 'energy', 'en-pages'],
  // French ("Distance", "Calories" and "Température" fold to the English words)
  ['distance', 'distance', 'fr-account'],
  ['duree de deplacement', 'movingTime', 'fr-account'],
  ['temps ecoule', 'elapsedTime', 'fr-account'],
  ['denivele positif', 'elevation', 'fr-account'],
  ['calories', 'calories', 'fr-account'],
  ['temperature', 'temperature', 'fr-account'],
  ['vitesse', 'speed', 'fr-account'],
  ["depense d'energie", 'energy', 'fr-account'],
  ['vitesse moyenne', 'speed', 'fr-export'],
  // German
  ['distanz', 'distance', 'de-export'],
  ['bewegungszeit', 'movingTime', 'de-export'],
  ['verstrichene zeit', 'elapsedTime', 'de-export'],
  ['hohenzunahme', 'elevation', 'de-export'],
  ['kalorien', 'calories', 'de-export'],
  ['durchschnittliche temperatur', 'temperature', 'de-export'],
  ['durchschnittliche herzfrequenz', 'heartRate', 'de-export'],
  ['luftfeuchtigkeit', 'humidity', 'de-export'],
  ['gesamtarbeit', 'energy', 'de-export'],
  // Dutch
  ['afstand', 'distance', 'nl-export'],
  ['beweegtijd', 'movingTime', 'nl-export'],
  ['verstreken tijd', 'elapsedTime', 'nl-export'],
  ['totale stijging', 'elevation', 'nl-export'],
  ['calorieen', 'calories', 'nl-export'],
  ['gemiddelde hartslag', 'heartRate', 'nl-export'],
  ['vochtigheid', 'humidity', 'nl-export'],
  ['totale arbeid', 'energy', 'nl-export'],
  // Portuguese (Brazil, Portugal)
  ['distancia', 'distance', 'pt-br-help'],
  ['tempo de movimentacao', 'movingTime', 'pt-br-help'],
  ['tempo decorrido', 'elapsedTime', 'pt-br-help'],
  ['velocidade', 'speed', 'pt-br-help'],
  ['velocidade media', 'speed', 'pt-br-help'],
  ['ritmo', 'pace', 'pt-br-help'],
  ['tempo de atividade', 'movingTime', 'pt-pt-help'],
  ['tempo de movimento', 'movingTime', 'pt-pt-help'],
  ['tempo em movimento', 'movingTime', 'pt-pt-help'],
  ['tempo decorrido', 'elapsedTime', 'pt-pt-help'],
  // Italian
  ['distanza', 'distance', 'it-help'],
  ['tempo in movimento', 'movingTime', 'it-help'],
  ['dislivello', 'elevation', 'it-help'],
  ['aumento di dislivello', 'elevation', 'it-help'],
  ['velocita media', 'speed', 'it-help'],
  // Spanish ("Distancia" folds to the Portuguese word)
  ['distancia', 'distance', 'es-help'],
  ['velocidad media', 'speed', 'es-help'],
  ['velocidad promedio', 'speed', 'es-help'],
];

const STAT_OF_LABEL = new Map<string, StatKey>(SEEN_LABELS.map(([word, key]) => [word, key]));

/** The stat a label names in any supported language, or null. */
export function statKeyOfLabel(label: string): StatKey | null {
  return STAT_OF_LABEL.get(foldLabel(label)) ?? null;
}
