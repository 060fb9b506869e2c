import type { RaceMessages } from '../en/race';

/** Français : les mots du plan de course. */
export const race: RaceMessages = {
  raceItemGel: () => 'gel',
  raceItemStationGel: () => 'gel du ravitaillement',
  raceItemCapsule: () => 'capsule de sel',
  raceItemFlask: () => 'flasque 500 mL, remplie au départ',
  raceItemFlaskAtStation: () => 'flasque 500 mL, remplie au ravitaillement',
  raceHoldBack: () =>
    'Vous avez déjà eu des crampes : ne courez pas les premières sections plus vite que ce plan. Les coureurs qui ont eu des crampes étaient souvent partis plus vite que leur propre temps prévu, et les crampes viennent surtout tard dans la course.',
  raceInvalid: (p) =>
    ({
      distance: `La distance du parcours (${p.value}) n'est pas une distance en mètres entre 0 et 1 000 km.`,
      'goal-time': `Le temps visé (${p.value}) n'est pas une durée en secondes d'au plus une semaine.`,
      start: `Le départ (${p.value}) n'est pas une date avec une heure.`,
      'station-outside': `Un ravitaillement à ${p.value} m est hors du parcours et a été laissé de côté.`,
      'station-unreadable': `La distance d'un ravitaillement (${p.value}) n'a pas pu être lue et a été laissée de côté.`,
      'weather-hour': `Une heure de la prévision (${p.value}) n'a pas pu être lue et a été laissée de côté.`,
    })[p.problem],
};
