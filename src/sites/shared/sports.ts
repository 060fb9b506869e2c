/**
 * Sport names as sites show them (display names in the supported languages, and API type names
 * like "VirtualRide"), compared by letters only: "E-Bike Ride" = "EBikeRide" = "ebikeride".
 * Workout types ("Race", "Long Run", "Workout") stand where the sport usually is, so they are
 * recognised too: a race marks `isRace`, and only a long run also tells the sport.
 */
import type { Sport } from '../../core/activity';
import { foldLetters, listed } from './text';

/** Names by what they mean, tried in this order: each sport ('other': endurance sports we know by name), then workout types. */
const NAMES: Record<Sport | 'race' | 'workout', string> = {
  run: 'run virtualrun lauf laufen virtuellerlauf courseapied course carrera correr corsa hardlopen hardloopsessie hardloop corrida longrun langerlauf sortielongue tiradalarga lungo duurloop longao',
  trail_run: 'trailrun traillauf trail courseentrail carreraporsendero carreraportrail carreradetrail trailrunning corsaintrail corridaemtrilha trailrunnen',
  walk: 'walk spaziergang gehen marche caminata camminata wandeling wandelen caminhada',
  hike: 'hike wanderung wandern randonnee senderismo excursion escursione escursionismo wandeltocht hiken trilha trekking',
  ride: 'ride virtualride ebikeride emountainbikeride mountainbikeride gravelride velomobile handcycle radfahrt virtuelleradfahrt ebikefahrt mountainbikefahrt sortieavelo sortieavelovirtuelle bicicleta salidaenbici ciclismo giroinbici giroinbicivirtuale fietsrit virtuelefietsrit pedalada pedaladavirtual',
  other: 'swim schwimmen natation natacion nuoto zwemmen natacao alpineski nordicski backcountryski inlineskate rowing kayaking canoeing snowshoe rockclimbing elliptical stairstepper weighttraining yoga crossfit iceskate rollerski standuppaddling surfing kitesurf windsurf snowboard',
  race: 'race wettkampf rennen competition competicion gara wedstrijd prova',
  workout: 'workout training entrainement entrenamiento allenamento treino',
};

export type SportReading = { sport: Sport } | { race: true } | { workout: true } | null;

/** What a sport-or-workout-type word says; null when it is not one we know. */
export function readSportName(name: string): SportReading {
  const letters = foldLetters(name);
  const [meaning] = Object.entries(NAMES).find(([, names]) => letters && listed(names, letters)) ?? [];
  if (meaning === 'race' || meaning === 'workout') return { [meaning]: true } as SportReading;
  return meaning ? { sport: meaning as Sport } : null;
}
