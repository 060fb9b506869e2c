import type { ContributorId, CrampMessages, SessionKind, SpikeBand } from '../en/cramp';

/** Français (vouvoiement) : charge d'entraînement, antécédents de crampes, compétition, facteurs. */
const BAND: Record<SpikeBand, string> = {
  '10–30 % longer': 'de 10 à 30 % plus longue',
  '30–100 % longer': 'de 30 à 100 % plus longue',
  'more than twice as long': 'plus de deux fois plus longue',
};
const BAND_PLURAL: Record<SpikeBand, string> = {
  '10–30 % longer': 'de 10 à 30 % plus longues',
  '30–100 % longer': 'de 30 à 100 % plus longues',
  'more than twice as long': 'plus de deux fois plus longues',
};
const CONTRIBUTORS: Record<ContributorId, string> = {
  'cramp-history': 'Vos antécédents de crampes',
  'pace-spike': 'Plus rapide que votre allure habituelle',
  race: 'Effort de compétition',
  'distance-spike': 'Plus long que votre plus longue sortie récente',
  'sodium-deficit': 'Sodium perdu dans la sueur',
  'fluid-deficit': 'Liquide perdu dans la sueur',
  heat: 'Chaleur',
  'load-trend': 'Volume hebdomadaire en hausse',
  'own-pattern': 'Votre propre journal de crampes',
};

const KIND: Record<SessionKind, { this: string; longest: string }> = {
  ride: { this: 'Cette sortie à vélo', longest: 'votre plus longue sortie à vélo' },
  walk: { this: 'Cette randonnée', longest: 'votre plus longue randonnée' },
  session: { this: 'Cette séance', longest: 'votre plus longue séance' },
};

export const cramp: CrampMessages = {
  distanceSpikeLacked: (p) =>
    `La distance a pu contribuer : cette sortie était ${p.pct} plus longue que votre plus longue des 30 jours précédents (${p.longest}), soit ${BAND[p.band]}.`,
  distanceSpikeOtherLacked: (p) =>
    `Plus long que d'habitude : ${KIND[p.kind].this} était ${p.pct} plus longue que ${KIND[p.kind].longest} des 30 jours précédents (${p.longest}).`,
  distanceSpikeOtherWhy: () =>
    "Une distance inhabituelle est un facteur de risque de crampe connu. Les chiffres de blessure derrière cette règle ont été mesurés chez des coureurs : ils ne sont donc pas cités pour les autres sports.",
  distanceSpikeNextTime: (p) =>
    `Progressez par étapes : ne dépassez pas de plus de 10 % environ votre plus longue sortie récente (environ ${p.next} la prochaine fois).`,
  distanceSpikeWhy: (p) =>
    `Chez ${p.runners} coureurs, les sorties ${BAND_PLURAL[p.band]} que la plus longue des 30 jours précédents multipliaient le risque de blessure par ${p.hazard} (${p.low}–${p.high}), et une distance inhabituelle est un facteur de risque de crampe connu.`,

  paceSpikeLacked: (p) =>
    `L'allure a pu contribuer : environ ${p.pct} plus rapide que votre allure habituelle de ${p.pace} sur cette distance (d'après ${p.runs} séances d'entraînement des 30 jours précédents, courses exclues).`,
  paceSpikeNextTime: (p) => `Partez à votre allure habituelle de ${p.pace} sur le premier tiers et n'accélérez qu'en fin de sortie.`,
  paceSpikeWhy: () =>
    "Aller plus vite que ses propres capacités, surtout en début de course, est l'un des facteurs de risque les plus forts observés chez les athlètes victimes de crampes. Les séances d'autres longueurs sont ramenées à cette distance (Riegel : le temps croît avec la distance à la puissance 1,06).",

  crampHistoryLacked: (p) =>
    `Vos antécédents ont pu contribuer : vous avez ${p.often ? 'souvent' : 'parfois'} des crampes, le meilleur facteur prédictif connu de la prochaine crampe.`,
  crampHistoryNextTime: () =>
    "Gardez votre allure habituelle au début, habituez-vous à la distance à l'entraînement et étirez le muscle concerné dès le premier tiraillement.",
  crampHistoryWhy: () =>
    "Dans des études sur l'Ironman et l'ultramarathon, les athlètes ayant des antécédents de crampes en ont eu bien plus souvent, quel que soit leur état d'hydratation ou d'électrolytes.",

  raceLacked: () => "L'effort de compétition a pu contribuer : les crampes sont bien plus fréquentes en course qu'à l'entraînement, surtout en fin d'épreuve.",
  raceNextTime: () =>
    "Courez le premier tiers à l'allure visée ou un peu plus lentement : partir plus vite que prévu est ce que partagent les coureurs sujets aux crampes. Testez vos boissons et votre ravitaillement du jour J lors des séances longues.",
  raceWhy: () => "Cette activité est marquée comme une course, et l'intensité de compétition est un facteur de risque de crampe connu.",

  shortEasyLacked: () => "Rien de particulier : rien d'inquiétant sur cette sortie.",
  shortEasyNextTime: () => 'Rien à changer : les sorties de moins de 45 min ne demandent ni boisson ni ravitaillement en route.',
  shortEasyWhy: (p) => `${p.duration} sans hausse d'allure ni de distance, et pas sous la chaleur.`,

  contributor: (id) => CONTRIBUTORS[id],
};
