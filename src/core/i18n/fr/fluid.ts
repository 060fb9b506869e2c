import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { FluidMessages } from '../en/fluid';

/** Français (vouvoiement) : liquides, sodium, glucides, chaleur. */
const CARB_NOTE: Record<CarbBand, string> = {
  none: 'aucun glucide nécessaire',
  'mouth-rinse': 'un rinçage de bouche avec une boisson sportive ou quelques gorgées suffisent',
  'up-to-30': "jusqu'à 30 g de glucides par heure",
  'up-to-60': "jusqu'à 60 g de glucides par heure",
  'up-to-90': "jusqu'à 90 g par heure avec des mélanges glucose + fructose, travaillés progressivement à l'entraînement",
};
const FLAG: Record<HeatFlag, string> = { white: 'blanc', green: 'vert', yellow: 'jaune', red: 'rouge', black: 'noir' };

export const fluid: FluidMessages = {
  fluidDeficitLacked: (p) =>
    `Probablement un manque de liquide, si vous avez peu bu : environ ${p.loss} de sueur (${p.low}–${p.high}), soit ${p.pct} de votre poids corporel.`,
  fluidDeficitNextTime: (p) =>
    `${p.sips !== null ? `Buvez environ ${p.sips.sip} toutes les ${p.sips.everyMin} min (${p.sips.perH} par heure) dès le début` : 'Buvez selon votre soif dès le début'}, puis ${p.after}–${p.afterHigh} dans les heures qui suivent.`,
  fluidDeficitWhy: (p) =>
    `Avec une sudation estimée à ${p.rate} pendant ${p.duration}, ne rien boire fait dépasser la perte de 2 % du poids corporel que les recommandations conseillent de ne pas franchir.`,

  overdrinkingLacked: () =>
    'Pas un manque de liquide : sur une séance aussi longue, boire plus que ce que vous transpirez (ce qui dilue le sodium du sang) est le plus grand danger.',
  overdrinkingNextTime: (p) =>
    `Buvez selon votre soif, sans dépasser environ ${p.max} par heure (sudation estimée : ${p.rate}) ; si vous pesez plus après qu'avant, c'est que vous avez trop bu.`,
  overdrinkingWhy: (p) =>
    `Une séance de ${p.duration}${p.slow ? ' à allure facile' : ''}${p.light ? ' avec un faible poids corporel' : ''} correspond au profil de risque connu de l'hyponatrémie d'effort, dont la cause principale est de boire au-delà des pertes de sueur.`,

  sodiumDeficitLacked: (p) =>
    `Probablement un manque de sodium, si vous n'avez bu que de l'eau : environ ${p.loss} (${p.low}–${p.high}) perdus dans la sueur.`,
  sodiumDeficitNextTime: (p) => `Prenez environ ${p.perH} de sodium par heure dans vos boissons ou en gélules, plutôt que de l'eau plate.`,
  sodiumDeficitWhy: (p) =>
    `${p.duration}${p.warm ? ' sous la chaleur' : ''} avec une perte de sueur estimée à ${p.pct} du poids corporel${p.salty ? ', et une sueur salée' : ''} : la compenser avec de l'eau seule a rendu les crampes plus faciles à déclencher dans une étude en laboratoire.`,

  fuelGapLacked: (p) =>
    `Probablement un manque de glucides, si vous avez couru sans : une sortie de ${p.duration} épuise une grande partie de votre glycogène musculaire.`,
  fuelGapNextTime: (p) =>
    `Prenez environ ${p.perH} de glucides par heure en commençant dans les 30 à 45 premières minutes ; ensuite, ${p.after}–${p.afterHigh} de glucides et ${p.protein} de protéines dans les ${p.withinMin} min.`,
  fuelGapWhy: (p) => `Pour des séances de ${p.duration}, la recommandation est : ${CARB_NOTE[p.band]}.`,

  heatLacked: (p) =>
    `Chaleur : un WBGT estimé à ${p.wbgt}${p.heatIndex !== null ? ` (indice de chaleur ${p.heatIndex})` : ''} fait monter la sudation et l'effort, quelle que soit l'allure.`,
  heatNextTime: (p) =>
    p.hot
      ? "Courez à la fraîche, le matin ou le soir, ralentissez aux sensations plutôt qu'à l'allure, et commencez à boire dans les 15 premières minutes."
      : "Commencez à boire tôt et laissez l'allure ralentir sur les portions chaudes.",
  heatWhy: (p) =>
    `À ${p.temperature} et ${p.humidityPct} % d'humidité, le WBGT était d'environ ${p.wbgt}, soit un drapeau ${FLAG[p.flag]} selon les critères de course de l'ACSM.`,
};
