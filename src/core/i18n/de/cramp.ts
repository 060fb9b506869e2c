import type { ContributorId, CrampMessages, SessionKind, SpikeBand } from '../en/cramp';

/** Deutsch (du-Form): Trainingsbelastung, Krampf-Vorgeschichte, Wettkampf, Risikofaktoren. */
const BAND: Record<SpikeBand, string> = {
  '10–30 % longer': '10–30 % länger',
  '30–100 % longer': '30–100 % länger',
  'more than twice as long': 'mehr als doppelt so lang',
};
const BAND_THAN: Record<SpikeBand, string> = {
  '10–30 % longer': '10–30 % länger als',
  '30–100 % longer': '30–100 % länger als',
  'more than twice as long': 'mehr als doppelt so lang wie',
};
const CONTRIBUTORS: Record<ContributorId, string> = {
  'cramp-history': 'Deine Krampf-Vorgeschichte',
  'pace-spike': 'Schneller als dein übliches Tempo',
  race: 'Wettkampfbelastung',
  'distance-spike': 'Länger als dein längster Lauf zuletzt',
  'sodium-deficit': 'Natriumverlust über den Schweiß',
  'fluid-deficit': 'Flüssigkeitsverlust über den Schweiß',
  heat: 'Hitze',
  'load-trend': 'Steigender Wochenumfang',
  'own-pattern': 'Dein eigenes Krampf-Protokoll',
};

const KIND: Record<SessionKind, { this: string; longest: string }> = {
  ride: { this: 'Diese Radfahrt', longest: 'deine längste Radfahrt' },
  walk: { this: 'Diese Wanderung', longest: 'deine längste Wanderung' },
  session: { this: 'Diese Einheit', longest: 'deine längste Einheit' },
};

export const cramp: CrampMessages = {
  distanceSpikeLacked: (p) =>
    `Die Distanz könnte beigetragen haben: Dieser Lauf war ${p.pct} länger als dein längster der vorangegangenen 30 Tage (${p.longest}), also ${BAND[p.band]}.`,
  distanceSpikeOtherLacked: (p) =>
    `Länger als üblich: ${KIND[p.kind].this} war ${p.pct} länger als ${KIND[p.kind].longest} der vorangegangenen 30 Tage (${p.longest}).`,
  distanceSpikeOtherWhy: () =>
    'Ungewohnte Distanzen sind ein bekannter Risikofaktor für Krämpfe. Die Verletzungszahlen hinter dieser Regel stammen von Läuferinnen und Läufern und werden daher für andere Sportarten nicht genannt.',
  distanceSpikeNextTime: (p) =>
    `Steigere dich schrittweise: Bleib mit einzelnen Läufen höchstens etwa 10 % über deinem längsten Lauf der letzten Zeit (als Nächstes etwa ${p.next}).`,
  distanceSpikeWhy: (p) =>
    `Läufe, die ${BAND_THAN[p.band]} der längste Lauf der vorangegangenen 30 Tage waren, gingen bei ${p.runners} Läuferinnen und Läufern mit einem ${p.hazard}-fachen Verletzungsrisiko (${p.low}–${p.high}) einher, und ungewohnte Distanzen sind ein bekannter Risikofaktor für Krämpfe.`,

  paceSpikeLacked: (p) =>
    `Das Tempo könnte beigetragen haben: etwa ${p.pct} schneller als dein übliches Tempo von ${p.pace} für diese Distanz (aus ${p.runs} Trainingseinheiten der vorangegangenen 30 Tage, ohne Wettkämpfe).`,
  paceSpikeNextTime: (p) => `Lauf das erste Drittel in deinem üblichen Tempo von ${p.pace} und werde erst spät schneller.`,
  paceSpikeWhy: () =>
    'Schneller als die eigene Leistungsfähigkeit zu laufen, besonders am Anfang, ist einer der stärksten Risikofaktoren, die bei Sportlern mit Krämpfen gefunden wurden. Einheiten anderer Länge werden auf diese Distanz umgerechnet (Riegel: Zeit wächst mit der Distanz hoch 1,06).',

  crampHistoryLacked: (p) =>
    `Deine Vorgeschichte könnte beigetragen haben: Du bekommst ${p.often ? 'oft' : 'manchmal'} Krämpfe, der stärkste bekannte Vorhersagefaktor für den nächsten Krampf.`,
  crampHistoryNextTime: () =>
    'Halte anfangs dein übliches Tempo, lauf die Distanz vorher im Training und dehne den betroffenen Muskel beim ersten Ziehen.',
  crampHistoryWhy: () =>
    'Sportler mit Krämpfen in der Vorgeschichte bekamen in Ironman- und Ultramarathon-Studien weit häufiger Krämpfe, unabhängig von ihrem Flüssigkeits- oder Elektrolythaushalt.',

  raceLacked: () => 'Die Wettkampfbelastung könnte beigetragen haben: Krämpfe werden in Wettkämpfen weit häufiger gemeldet als im Training, meist gegen Ende.',
  raceNextTime: () =>
    'Lauf das erste Drittel im Zieltempo oder etwas langsamer: Schneller loszulaufen als geplant ist das, was krampfanfällige Wettkämpfer gemeinsam haben. Probiere Getränke und Verpflegung für den Wettkampftag bei langen Trainingseinheiten aus.',
  raceWhy: () => 'Diese Aktivität ist als Wettkampf markiert, und Wettkampfintensität ist ein bekannter Risikofaktor für Krämpfe.',

  shortEasyLacked: () => 'Nichts Bestimmtes: Bei diesem Lauf gibt es keinen Grund zur Sorge.',
  shortEasyNextTime: () => 'Keine Änderung nötig: Läufe unter 45 min brauchen unterwegs weder Getränke noch Verpflegung.',
  shortEasyWhy: (p) => `${p.duration} ohne Sprung bei Tempo oder Distanz und nicht in der Hitze.`,

  contributor: (id) => CONTRIBUTORS[id],
};
