import type { RaceMessages } from '../en/race';

/** Deutsch: die Wörter des Rennplans. */
export const race: RaceMessages = {
  raceItemGel: () => 'Gel',
  raceItemStationGel: () => 'Gel von der Verpflegungsstelle',
  raceItemCapsule: () => 'Salzkapsel',
  raceItemFlask: () => 'Softflask 500 ml, am Start gefüllt',
  raceItemFlaskAtStation: () => 'Softflask 500 ml, an der Verpflegungsstelle gefüllt',
  raceHoldBack: () =>
    'Du hattest schon Krämpfe: Lauf die ersten Abschnitte nicht schneller als in diesem Plan. Wer Krämpfe bekam, war oft schneller gestartet als die eigene erwartete Zeit, und Krämpfe kommen meist spät im Rennen.',
  raceInvalid: (p) =>
    ({
      distance: `Die Streckenlänge (${p.value}) ist keine Strecke in Metern zwischen 0 und 1.000 km.`,
      'goal-time': `Die Zielzeit (${p.value}) ist keine Zeit in Sekunden bis zu einer Woche.`,
      start: `Der Start (${p.value}) ist kein Datum mit Uhrzeit.`,
      'station-outside': `Eine Verpflegungsstelle bei ${p.value} m liegt außerhalb der Strecke und wurde weggelassen.`,
      'station-unreadable': `Die Distanz einer Verpflegungsstelle (${p.value}) war nicht lesbar und wurde weggelassen.`,
      'weather-hour': `Eine Stunde der Vorhersage (${p.value}) war nicht lesbar und wurde weggelassen.`,
    })[p.problem],
};
