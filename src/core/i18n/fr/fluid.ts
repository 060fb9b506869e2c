import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { FluidMessages, HeatSport } from '../en/fluid';

/** Français (vouvoiement) : liquides, sodium, glucides, chaleur. */
const CARB_NOTE: Record<CarbBand, string> = {
  none: 'aucun glucide nécessaire',
  'mouth-rinse': 'un rinçage de bouche avec une boisson sportive ou quelques gorgées suffisent',
  'up-to-30': "jusqu'à 30 g de glucides par heure",
  'up-to-60': "jusqu'à 60 g de glucides par heure",
  'up-to-90': "jusqu'à 90 g par heure avec des mélanges glucose + fructose, travaillés progressivement à l'entraînement",
  'as-tolerated': "autant de glucides que votre estomac en tolère, souvent 30 à 60 g par heure sur ultra-distance, à travailler à l'entraînement",
};
const HEAT_ADVICE: Record<'yellow' | 'red' | 'black', Record<HeatSport, string>> = {
  yellow: {
    run: "Commencez à boire tôt et laissez l'allure ralentir sur les portions chaudes.",
    ride: 'Commencez à boire tôt et baissez la puissance dans les montées chaudes.',
    foot: 'Commencez à boire tôt et ralentissez sur les portions chaudes et ensoleillées.',
    other: "Commencez à boire tôt et levez le pied quand il fait chaud.",
  },
  red: {
    run: "Courez aux heures fraîches, ralentissez aux sensations plutôt qu'à l'allure et commencez à boire dans les 15 premières minutes.",
    ride: 'Roulez aux heures fraîches, restez souple dans les montées et commencez à boire dans les 15 premières minutes.',
    foot: "Partez aux heures fraîches, faites des pauses à l'ombre, choisissez un parcours plus court et emportez de l'eau.",
    other: 'Entraînez-vous aux heures fraîches, levez le pied et commencez à boire dans les 15 premières minutes.',
  },
  black: {
    run: 'Si vous courez malgré tout, allez lentement aux sensations et arrêtez-vous au premier vertige, à la moindre confusion ou aux frissons.',
    ride: 'Si vous roulez malgré tout, restez souple et arrêtez-vous au premier vertige, à la moindre confusion ou aux frissons.',
    foot: "Si vous partez malgré tout, faites court, reposez-vous à l'ombre et arrêtez-vous au premier vertige ou à la moindre confusion.",
    other: 'Si vous y allez malgré tout, restez facile et arrêtez-vous au premier vertige, à la moindre confusion ou aux frissons.',
  },
};
const FLAG: Record<HeatFlag, string> = { white: 'blanc', green: 'vert', yellow: 'jaune', red: 'rouge', black: 'noir' };

export const fluid: FluidMessages = {
  fluidDeficitLacked: (p) =>
    `Le manque de liquide a pu contribuer si vous avez peu bu : environ ${p.loss} de sueur (${p.low}–${p.high}), soit ${p.pct} de votre poids.`,
  fluidDeficitNextTime: (p) =>
    `${p.sips !== null ? `Buvez environ ${p.sips.sip} toutes les ${p.sips.everyMin} min (${p.sips.perH} par heure) dès le début` : `Buvez selon la soif dès le début${p.ceiling !== null ? `, pas plus d'environ ${p.ceiling} par heure` : ''}`}${p.after !== null ? `, puis ${p.after}–${p.afterHigh} dans les heures qui suivent.` : ', puis buvez normalement aux repas.'}`,
  fluidDeficitWhy: (p) =>
    `À environ ${p.rate} pendant ${p.duration}, ne rien boire dépasse la perte de 2 % du poids que les recommandations visent à ne pas franchir.`,

  overdrinkingLacked: () =>
    'Pas un manque de liquide : sur une séance aussi longue, boire plus que ce que vous transpirez (ce qui dilue le sodium du sang) est le plus grand danger.',
  overdrinkingNextTime: (p) =>
    `Buvez selon votre soif, sans dépasser environ ${p.max} par heure (sudation estimée : ${p.rate}) ; si vous pesez plus après qu'avant, c'est que vous avez trop bu.`,
  overdrinkingWhy: (p) =>
    `Une séance de ${p.duration}${p.slow ? ' à allure facile' : ''}${p.light ? ' avec un faible poids corporel' : ''} correspond au profil de risque connu de l'hyponatrémie d'effort, dont la cause principale est de boire au-delà des pertes de sueur.`,

  sodiumDeficitLacked: (p) =>
    `Le sodium a pu contribuer si vous n'avez bu que de l'eau : environ ${p.loss} (${p.low}–${p.high}) perdus dans la sueur.`,
  sodiumDeficitNextTime: (p) =>
    `Prenez jusqu'à ${p.perH} de sodium par heure dans vos boissons, en bonbons à mâcher ou en gélules, plutôt que de l'eau plate seule. En cas d'hypertension, de maladie rénale ou cardiaque, demandez l'avis de votre médecin avant de prendre du sel en plus.`,
  sodiumDeficitWhy: (p) =>
    `${p.duration}${p.warm ? ' sous la chaleur' : ''} avec une perte de sueur estimée à ${p.pct} du poids corporel${p.salty ? ', et une sueur salée' : ''} : la compenser avec de l'eau seule a rendu les crampes plus faciles à déclencher dans une étude en laboratoire. Les apports étudiés vont de 280 à 900 mg par heure.`,

  fuelGapLacked: (p) =>
    `Les glucides, si vous êtes parti sans : ${p.duration} consomment une grande partie de votre glycogène musculaire (cela se traduit plutôt par une baisse d'énergie que par des crampes).`,
  fuelGapNextTime: (p) =>
    `Prenez environ ${p.perH} de glucides par heure dès les 30–45 premières minutes${p.tolerated ? ", ou ce que votre estomac tolère — à travailler à l'entraînement" : ''}${p.recovery !== null ? ` ; si vous vous entraînez à nouveau dans les ${p.recovery.withinH} h, prenez ${p.recovery.after}–${p.recovery.afterHigh} de glucides et ${p.recovery.protein} de protéines dans les ${p.recovery.withinMin} min, sinon votre prochain repas suffit.` : '.'}`,
  fuelGapWhy: (p) =>
    `Pour des séances de ${p.duration}, la recommandation est : ${CARB_NOTE[p.band]}${p.capped ? " ; à cette intensité, l'essentiel de l'énergie vient des graisses, d'où un plafond d'environ la moitié de l'énergie dépensée" : ''}.`,

  heatLacked: (p) =>
    `Chaleur : un WBGT estimé à ${p.wbgt}${p.heatIndex !== null ? ` (indice de chaleur ${p.heatIndex})` : ''} fait monter le débit de sueur et l'effort à toute allure.${p.uncompensable ? " Avec cette chaleur et cet effort, le corps ne peut pas évacuer par la sueur toute la chaleur qu'il produit (chaleur non compensable) : il s'échauffe, quelle que soit la quantité bue." : ''}`,
  heatNextTime: (p) =>
    p.flag === 'black'
      ? `Drapeau noir : reportez, raccourcissez ou déplacez la séance aux heures fraîches — boire n'empêche pas le coup de chaleur. ${HEAT_ADVICE.black[p.sport]}`
      : HEAT_ADVICE[p.flag][p.sport],
  heatWhy: (p) =>
    `À ${p.temperature} et ${p.humidityPct} % d'humidité, le WBGT était d'environ ${p.wbgt}, soit un drapeau ${FLAG[p.flag]} selon les critères de course de l'ACSM.${p.assumedHumidity !== null ? ` L'humidité n'était pas connue, ${p.humidityPct} % ont donc été supposés : entre 30 % et 80 %, le drapeau serait ${FLAG[p.assumedHumidity.low]} à ${FLAG[p.assumedHumidity.high]}.` : ''}`,
};
