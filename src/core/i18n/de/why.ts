import type { HeartRateWhy, SweatWhy } from '../en/why';

const EFFORT = { speed: 'dem Tempo', 'heart-rate': 'der Herzfrequenz', work: 'der Leistung', calories: 'der Kalorienangabe', typical: 'einer typischen Belastung der Sportart' } as const;

const PACE = { mix: 'dem Tempo-Mix des Geschwindigkeitsverlaufs', climbing: 'Tempo und Höhenmetern' } as const;

const VIA = { 'own-line': 'über deine eigene Tempo-Herzfrequenz-Gerade aus flachen Läufen', keytel: 'über die Gleichung von Keytel 2005, daher eine breitere Spanne' } as const;

const heartRate = (h: HeartRateWhy) => `der Herzfrequenz (${h.bpm} /min${h.stream ? ', Mittel des Herzfrequenzverlaufs in Bewegung' : ''}), ${VIA[h.via]}`;

export const why = {
  sweatWhy: (w: SweatWhy) =>
    [
      `Belastung aus ${w.effort === 'speed' && w.pace ? PACE[w.pace] : w.effort === 'heart-rate' && w.heartRate ? heartRate(w.heartRate) : EFFORT[w.effort]}: etwa ${Math.round(w.metabolicW / 10) * 10} W Stoffwechselwärme.`,
      w.count === 0
        ? 'Nur das Bevölkerungsmodell: noch keine Wiegungen.'
        : `An ${w.count === 1 ? 'deine Messung' : `deine ${w.count} Messungen`} angepasst (${w.nearCount} nahe an den heutigen Bedingungen); dein eigener Faktor ist auf etwa ±${w.surePct} % bekannt.`,
      w.sunCounted ? 'Sonne und Wind berücksichtigt.' : 'Sonne nicht berücksichtigt: eine Schätzung für den Schatten.',
    ].join(' '),
};
