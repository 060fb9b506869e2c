import type { HeartRateWhy, SweatWhy } from '../en/why';

const EFFORT = { speed: 'de l’allure', 'heart-rate': 'de la fréquence cardiaque', work: 'de la puissance', calories: 'des calories affichées', typical: 'd’un effort typique du sport' } as const;

const PACE = { mix: 'du mélange d’allures du flux de vitesse', climbing: 'de l’allure et du dénivelé' } as const;

const VIA = { 'own-line': 'via votre propre droite allure–fréquence cardiaque des sorties à plat', keytel: 'via l’équation de Keytel 2005, d’où une fourchette plus large' } as const;

const heartRate = (h: HeartRateWhy) => `de la fréquence cardiaque (${h.bpm} bpm${h.stream ? ', moyenne en mouvement du flux cardiaque' : ''}), ${VIA[h.via]}`;

export const why = {
  sweatWhy: (w: SweatWhy) =>
    [
      `Effort déduit ${w.effort === 'speed' && w.pace ? PACE[w.pace] : w.effort === 'heart-rate' && w.heartRate ? heartRate(w.heartRate) : EFFORT[w.effort]} : environ ${Math.round(w.metabolicW / 10) * 10} W de chaleur métabolique.`,
      w.count === 0
        ? 'Modèle de population seul : pas encore de pesée.'
        : `Rapproché de ${w.count === 1 ? 'votre mesure' : `vos ${w.count} mesures`} (${w.nearCount} proches des conditions du jour) ; votre propre facteur est connu à environ ±${w.surePct} %.`,
      w.sunCounted ? 'Soleil et vent pris en compte.' : 'Soleil non pris en compte : une estimation à l’ombre.',
    ].join(' '),
};
