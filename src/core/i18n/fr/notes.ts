import { formatNumber } from '../../format';
import type { LimitedField } from '../../plausibility';
import type { WeighInIssue } from '../../sweat-test';
import type { NoteMessages, ProfileRangeField } from '../en/notes';

/** Français (vouvoiement) : données manquantes et inutilisables. */
const n = (x: number) => formatNumber(x, 2, 'fr');
const FIELD: Record<LimitedField, string> = {
  temperatureC: 'Température (°C)',
  temperatureHighC: 'heure la plus chaude (°C)',
  wbgtHighC: 'WBGT de l’heure la plus chaude (°C)',
  solarLoadWm2: 'chaleur du soleil (W/m²)',
  humidityPct: 'Humidité (%)',
  movingS: 'Temps en mouvement (s)',
  elapsedS: 'Temps total (s)',
  distanceM: 'Distance (m)',
  elevationGainM: 'Dénivelé positif (m)',
  avgHeartRate: 'Fréquence cardiaque moyenne (bpm)',
  calories: 'Calories (kcal)',
  energyKj: 'Énergie (kJ)',
};
const PROFILE_FIELD: Record<ProfileRangeField, string> = {
  bodyMassKg: 'Poids (kg)',
  heightCm: 'Taille (cm)',
  sweatRateLph: 'Taux de sudation (L/h)',
  sweatSodiumMgPerL: 'Sodium dans la sueur (mg/L)',
};
const ISSUE: Record<Exclude<WeighInIssue['kind'], 'rate'>, string> = {
  'missing-number': 'il manque un nombre',
  'body-mass': 'poids hors de la plage 25–250 kg',
  fluid: "volume de boisson ou d'urine invraisemblable",
  duration: 'la durée doit être comprise entre 0 et 48 h',
};

export const notes: NoteMessages = {
  missingBodyMass: (p) =>
    `Indiquez votre poids dans les options : ${p.mass} ont été supposés, ce qui influe sur les quantités de sueur, de liquide et de glucides.`,
  missingHeight: (p) => `Indiquez votre taille dans les options : ${p.height} ont été supposés pour la surface cutanée.`,
  missingSweatTests: () =>
    'Pesez-vous avant et après une sortie (en notant ce que vous avez bu) pour remplacer le taux de sudation prédit par le vôtre.',
  missingDistance: () => "Ajoutez la distance : l'allure indique l'intensité de l'effort et permet de comparer allure et distance.",
  missingHistory: () => "Vos activités des 30 derniers jours permettent de repérer les hausses d'allure et de distance.",
  missingStartTime: (p) =>
    p.usedToday
      ? "Ajoutez l'heure de départ : les 30 jours précédant aujourd'hui ont été utilisés à la place."
      : "Ajoutez l'heure de départ : sans elle, les activités récentes ne peuvent pas être placées dans une fenêtre de 30 jours.",
  missingTemperature: (p) =>
    `Ajoutez la température au départ (d'après la météo) : c'est elle qui pèse le plus sur l'estimation de la sudation, donc une température douce de ${p.temperature} avec une large marge a été supposée.`,
  missingHumidity: () => "Ajoutez l'humidité d'après la météo : 50 % ont été supposés.",
  missingMovingTime: () =>
    'Pas de temps en mouvement exploitable : le temps total a été utilisé, les arrêts comptent donc comme du temps en mouvement.',

  invalidNoDuration: () => 'Pas de durée exploitable : ajoutez le temps en mouvement pour obtenir des estimations.',
  invalidActivity: () => "L'activité n'a pas pu être lue.",
  invalidSport: (p) => `sport inconnu « ${p.sport} » ; traité comme « autre »`,
  invalidValue: (r) =>
    r.kind === 'nan'
      ? `${FIELD[r.field]} : ce n'est pas un nombre ; valeur ignorée`
      : `${FIELD[r.field]} : ${n(r.value)} ${r.kind === 'below' ? 'est sous le minimum' : 'dépasse le maximum'} (${n(r.limit)}) ; valeur ignorée`,
  invalidSpeed: (t) =>
    `vitesse moyenne de ${formatNumber(t.speedMs, 1, 'fr')} m/s, impossible ${t.ride ? 'à vélo' : 'pour un humain'} (${n(t.maxMs)} m/s au plus) ; distance ignorée`,
  invalidProfileValue: (p) =>
    `${PROFILE_FIELD[p.field]} : ${typeof p.raw === 'number' ? n(p.raw) : String(p.raw)} hors de la plage ${n(p.min)}–${n(p.max)} ; valeur ignorée`,
  invalidSweatTest: (i) => `${i.kind === 'rate' ? `taux de sudation de ${n(i.rateLph)} L/h invraisemblable` : ISSUE[i.kind]} ; test ignoré`,
  analysisFailed: () => "Cette activité n'a pas pu être analysée.",
};
