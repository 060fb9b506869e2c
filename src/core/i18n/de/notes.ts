import { formatNumber } from '../../format';
import type { LimitedField } from '../../plausibility';
import type { WeighInIssue } from '../../sweat-test';
import type { NoteMessages, ProfileRangeField } from '../en/notes';

/** Deutsch (du-Form): fehlende und unbrauchbare Angaben. */
const n = (x: number) => formatNumber(x, 2, 'de');
const FIELD: Record<LimitedField, string> = {
  temperatureC: 'Temperatur (°C)',
  temperatureHighC: 'wärmste Stunde (°C)',
  wbgtHighC: 'WBGT der wärmsten Stunde (°C)',
  solarLoadWm2: 'Sonnenwärme (W/m²)',
  humidityPct: 'Luftfeuchtigkeit (%)',
  movingS: 'Bewegungszeit (s)',
  elapsedS: 'Gesamtzeit (s)',
  distanceM: 'Distanz (m)',
  elevationGainM: 'Höhenmeter (m)',
  avgHeartRate: 'Durchschnittspuls (Schläge/min)',
  calories: 'Kalorien (kcal)',
  energyKj: 'Energie (kJ)',
};
const PROFILE_FIELD: Record<ProfileRangeField, string> = {
  bodyMassKg: 'Körpergewicht (kg)',
  heightCm: 'Körpergröße (cm)',
  sweatRateLph: 'Schweißrate (L/h)',
  sweatSodiumMgPerL: 'Natrium im Schweiß (mg/L)',
};
const ISSUE: Record<Exclude<WeighInIssue['kind'], 'rate'>, string> = {
  'missing-number': 'eine Zahl fehlt',
  'body-mass': 'Körpergewicht außerhalb von 25–250 kg',
  fluid: 'Trink- oder Urinmenge unplausibel',
  duration: 'Dauer muss zwischen 0 und 48 h liegen',
};

export const notes: NoteMessages = {
  missingBodyMass: (p) =>
    `Trag dein Körpergewicht in den Optionen ein: Angenommen wurden ${p.mass}, und davon hängen Schweiß-, Trink- und Verpflegungsmengen ab.`,
  missingHeight: (p) => `Trag deine Körpergröße in den Optionen ein: Für die Hautoberfläche wurden ${p.height} angenommen.`,
  missingSweatTests: () =>
    'Wieg dich vor und nach einer Einheit (und notier, was du getrunken hast), um die geschätzte Schweißrate durch deine eigene zu ersetzen.',
  missingDistance: () =>
    'Trag die Distanz ein: Aus dem Tempo ergibt sich, wie hart du unterwegs warst, und Tempo und Distanz lassen sich vergleichen.',
  missingHistory: () => 'Mit deinen Aktivitäten der letzten 30 Tage lassen sich Sprünge bei Tempo und Distanz erkennen.',
  missingStartTime: (p) =>
    p.usedToday
      ? 'Trag die Startzeit ein: Stattdessen wurden die 30 Tage vor heute verwendet.'
      : 'Trag die Startzeit ein: Ohne sie lassen sich deine letzten Aktivitäten keinem 30-Tage-Zeitraum zuordnen.',
  missingTemperature: (p) =>
    `Trag die Temperatur beim Start ein (aus dem Wetterbericht): Sie verändert die Schweißschätzung am stärksten, deshalb wurden milde ${p.temperature} mit großer Spanne angenommen.`,
  missingHumidity: () => 'Trag die Luftfeuchtigkeit aus dem Wetterbericht ein: Angenommen wurden 50 %.',
  missingMovingTime: () => 'Keine brauchbare Bewegungszeit: Die Gesamtzeit wurde verwendet, Pausen zählen also als Bewegungszeit.',

  invalidNoDuration: () => 'Keine brauchbare Dauer: Trag die Bewegungszeit ein, um Schätzungen zu erhalten.',
  invalidActivity: () => 'Die Aktivität konnte nicht gelesen werden.',
  invalidSport: (p) => `Unbekannte Sportart „${p.sport}“; als „Sonstiges“ gewertet`,
  invalidValue: (r) =>
    r.kind === 'nan'
      ? `${FIELD[r.field]}: keine Zahl; ignoriert`
      : `${FIELD[r.field]}: ${n(r.value)} liegt ${r.kind === 'below' ? 'unter dem Mindestwert' : 'über dem Höchstwert'} ${n(r.limit)}; ignoriert`,
  invalidSpeed: (t) =>
    `Durchschnittsgeschwindigkeit von ${formatNumber(t.speedMs, 1, 'de')} m/s ist ${t.ride ? 'auf dem Rad' : 'für Menschen'} unmöglich (höchstens ${n(t.maxMs)} m/s); Distanz ignoriert`,
  invalidProfileValue: (p) =>
    `${PROFILE_FIELD[p.field]}: ${typeof p.raw === 'number' ? n(p.raw) : String(p.raw)} liegt außerhalb von ${n(p.min)}–${n(p.max)}; ignoriert`,
  invalidSweatTest: (i) => `${i.kind === 'rate' ? `Schweißrate ${n(i.rateLph)} L/h ist unplausibel` : ISSUE[i.kind]}; Test ignoriert`,
  analysisFailed: () => 'Diese Aktivität konnte nicht ausgewertet werden.',
};
