import type { LogMessages, PatternKind } from '../en/log';
import type { Muscle } from '../../own-patterns';

/** Deutsch (du-Form): Trend des Wochenumfangs und das eigene Krampf-Protokoll. */
const KIND: Record<PatternKind, string> = { runs: 'Läufen', races: 'Wettkämpfen', rides: 'Radfahrten', hikes: 'Wanderungen', sessions: 'Einheiten' };
const MUSCLE: Record<Muscle, string> = { calves: 'in den Waden', hamstrings: 'im hinteren Oberschenkel', quads: 'im vorderen Oberschenkel', feet: 'in den Füßen' };

export const log: LogMessages = {
  loadTrendLacked: (p) =>
    `Möglicherweise zu schneller Aufbau: Dein Wochenumfang in den 4 Wochen vor diesem Lauf entwickelte sich so: ${p.weeks}, in der letzten Woche ${p.pct} mehr als im Schnitt der 3 Wochen davor.`,
  loadTrendNextTime: () =>
    'Lass deinen Wochenumfang ein bis zwei Wochen auf diesem Niveau, bevor du weiter steigerst, und bleib mit einzelnen Läufen höchstens etwa 10 % über deinem längsten Lauf der letzten Zeit.',
  loadTrendWhy: (p) =>
    `${p.runners !== null ? `Ein Hinweis, keine Warnung: Bei ${p.runners} Läuferinnen und Läufern hingen Schwankungen des Wochenumfangs nicht mit Verletzungen zusammen (einzelne Läufe über dem längsten der letzten Zeit schon). ` : 'Ein Hinweis, keine Warnung: Ein steigender Wochenumfang allein ist ein schwacher Hinweis. '}` +
    `Nebenbei: Dein Verhältnis von akuter zu chronischer Belastung lag bei ${p.acwr} (letzte 7 Tage ÷ Wochenschnitt der letzten 28, gekoppelt); ${p.low}–${p.high} galt einmal als sicher und ab ${p.danger} als riskant (Gabbett 2016), doch dieses Verhältnis ist umstritten (Impellizzeri 2020).`,

  ownSimilar: (p) =>
    `Du hast bei ${p.n} ähnlichen ${p.n === 1 ? 'Lauf' : 'Läufen'} Krämpfe notiert (${p.dates}${p.more > 0 ? ` und ${p.more} weitere` : ''}), etwa so lang und so warm wie dieser.`,
  ownSimilarFine: (p) =>
    p.n === 1 ? 'Ein ähnlicher Lauf, den du notiert hast, verlief ohne Krämpfe.' : `${p.n} ähnliche Läufe, die du notiert hast, verliefen ohne Krämpfe.`,
  ownPattern: (p) => {
    let s = `Dein eigenes Protokoll, keine Regel: Deine letzten ${p.n} Krämpfe kamen alle bei ${KIND[p.kind]}`;
    if (p.overMin !== null) s += ` über ${p.overMin}`;
    if (p.aboveC !== null) s += ` bei über ${p.aboveC}`;
    if (p.lastQuarter) s += ', alle im letzten Viertel';
    if (p.muscle !== null) s += `, alle ${MUSCLE[p.muscle]}`;
    return `${s}.`;
  },
  ownPatternFine: (p) =>
    p.n === 0
      ? 'Keiner der Läufe, die du ohne Krämpfe notiert hast, passt zu dieser Beschreibung.'
      : p.n === 1
        ? 'Ein Lauf, der dazu passt, verlief laut deinem Protokoll ohne Krämpfe.'
        : `${p.n} Läufe, die dazu passen, verliefen laut deinem Protokoll ohne Krämpfe.`,
  ownPatternMatch: (p) => (p.matches ? 'Dieser Lauf passt dazu.' : 'Dieser Lauf passt nicht dazu.'),
  ownPatternNextTime: (p) =>
    p.matches
      ? 'Bei Läufen, die zu deinem Muster passen: langsamer als üblich starten, dich in der ersten Hälfte zurückhalten, die Distanz vorher im Training üben und den Muskel beim ersten Ziehen dehnen.'
      : 'Notiere nach jedem Lauf, ob du Krämpfe hattest oder nicht: Je mehr du notierst, desto klarer wird dein eigenes Muster.',
  ownPatternWhy: () =>
    'Das stammt aus deinem eigenen Protokoll, nicht aus der Forschung, also nimm es als Hinweis; die Forschung zeigt aber, dass frühere Krämpfe der stärkste bekannte Vorhersagefaktor für den nächsten sind.',
};
