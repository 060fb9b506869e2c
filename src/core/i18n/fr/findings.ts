import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { Muscle } from '../../own-patterns';
import type { HeatSport, HotFlag, PatternKind, SessionKind, SpikeBand } from '../finding-params';
import type { FindingMessages } from '../en/findings';

/** Français (vouvoiement) : les phrases de chaque constat, par son identifiant (src/core/findings/). */
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

const SESSION_KIND: Record<SessionKind, { this: string; longest: string }> = {
  ride: { this: 'Cette sortie à vélo', longest: 'votre plus longue sortie à vélo' },
  walk: { this: 'Cette randonnée', longest: 'votre plus longue randonnée' },
  session: { this: 'Cette séance', longest: 'votre plus longue séance' },
};

const CARB_NOTE: Record<CarbBand, string> = {
  none: 'aucun glucide nécessaire',
  'mouth-rinse': 'un rinçage de bouche avec une boisson sportive ou quelques gorgées suffisent',
  'up-to-30': "jusqu'à 30 g de glucides par heure",
  'up-to-60': "jusqu'à 60 g de glucides par heure",
  'up-to-90': "jusqu'à 90 g par heure avec des mélanges glucose + fructose, travaillés progressivement à l'entraînement",
  'as-tolerated': "autant de glucides que votre estomac en tolère, souvent 30 à 60 g par heure sur ultra-distance, à travailler à l'entraînement",
};
const HEAT_ADVICE: Record<HotFlag, Record<HeatSport, string>> = {
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

const PATTERN_KIND: Record<PatternKind, string> = { runs: 'sorties', races: 'compétitions', rides: 'sorties à vélo', hikes: 'randonnées', sessions: 'séances' };
/** Pourquoi le liquide et le sodium sont des indices faibles de crampes (context.ts lossMayCramp). */
const LOSS_EVIDENCE =
  "Dans des cohortes de marathoniens, d'ultra-traileurs et de triathlètes Ironman, ceux qui ont eu des crampes n'étaient ni plus déshydratés ni plus à court de sodium que les autres : cela ne compte comme facteur de crampes que lors de longues séances chaudes avec de grosses pertes, et alors comme un indice faible.";
const MUSCLE: Record<Muscle, string> = { calves: 'aux mollets', hamstrings: 'aux ischio-jambiers', quads: 'aux quadriceps', feet: 'aux pieds' };
const s = (n: number) => (n === 1 ? '' : 's');

export const findings: FindingMessages = {
  'cramp-history': {
    contributor: () => 'Vos antécédents de crampes',
    contributed: (p) =>
      `Vos antécédents ont pu contribuer : vous avez ${p.often ? 'souvent' : 'parfois'} des crampes, le meilleur facteur prédictif connu de la prochaine crampe.`,
    nextTime: () =>
      "Gardez votre allure habituelle au début, habituez-vous à la distance à l'entraînement et étirez le muscle concerné dès le premier tiraillement.",
    why: () =>
      "Dans des études sur l'Ironman et l'ultramarathon, les athlètes ayant des antécédents de crampes en ont eu bien plus souvent, quel que soit leur état d'hydratation ou d'électrolytes.",
  },
  'own-pattern': {
    contributor: () => 'Votre propre journal de crampes',
    similar: (p) =>
      `Vous avez noté des crampes lors de ${p.n} sortie${s(p.n)} similaire${s(p.n)} (${p.dates}${p.more > 0 ? ` et ${p.more} autre${s(p.more)}` : ''}), à peu près aussi longue${s(p.n)} et aussi chaude${s(p.n)} que celle-ci.`,
    similarFine: (p) =>
      p.n === 1 ? "Une sortie similaire que vous avez notée s'est passée sans crampes." : `${p.n} sorties similaires que vous avez notées se sont passées sans crampes.`,
    pattern: (p) => {
      let t = `Votre propre journal, pas une règle : vos ${p.n} dernières crampes sont toutes survenues lors de ${PATTERN_KIND[p.kind]}`;
      if (p.overMin !== null) t += ` de plus de ${p.overMin}`;
      if (p.aboveC !== null) t += ` par plus de ${p.aboveC}`;
      if (p.lastQuarter) t += ', toutes dans le dernier quart';
      if (p.muscle !== null) t += `, toutes ${MUSCLE[p.muscle]}`;
      return `${t}.`;
    },
    patternFine: (p) =>
      p.n === 0
        ? 'Aucune des sorties notées sans crampes ne correspond à cette description.'
        : p.n === 1
          ? "Une sortie notée qui y correspond s'est passée sans crampes."
          : `${p.n} sorties notées qui y correspondent se sont passées sans crampes.`,
    patternMatch: (p) => (p.matches ? 'Cette sortie y correspond.' : "Cette sortie n'y correspond pas."),
    nextTime: (p) =>
      p.matches
        ? "Lors des sorties qui correspondent à votre schéma : partez plus lentement que d'habitude, retenez-vous en première moitié, entraînez-vous d'abord sur la distance et étirez le muscle au premier tiraillement."
        : 'Notez après chaque sortie si vous avez eu des crampes ou non : plus vous notez, plus votre propre schéma devient clair.',
    why: () =>
      'Cela vient de votre propre journal, pas de la recherche : prenez-le comme une indication ; la recherche montre en revanche que des crampes passées sont le meilleur facteur prédictif connu de la prochaine.',
  },
  'pace-spike': {
    contributor: () => 'Plus rapide que votre allure habituelle',
    contributed: (p) =>
      `L'allure a pu contribuer : environ ${p.pct} plus rapide que votre allure habituelle de ${p.pace} sur cette distance (d'après ${p.runs} séances d'entraînement des 30 jours précédents, courses exclues).`,
    contributedRace: (p) =>
      `L'allure a pu contribuer : environ ${p.pct} plus rapide que votre temps de course prévu de ${p.time} (${p.pace}), d'après la meilleure de ${p.sessions} séances des 30 jours précédents ramenée à cette distance (Riegel).`,
    nextTime: (p) => `Partez à votre allure habituelle de ${p.pace} sur le premier tiers et n'accélérez qu'en fin de sortie.`,
    nextTimeRace: (p) => `Ne partez pas plus vite que votre allure prévue de ${p.pace} sur le premier tiers et n'accélérez qu'en fin d'épreuve.`,
    why: () =>
      "Aller plus vite que ses propres capacités, surtout en début de course, est l'un des facteurs de risque les plus forts observés chez les athlètes victimes de crampes. Les séances d'autres longueurs sont ramenées à cette distance (Riegel : le temps croît avec la distance à la puissance 1,06).",
  },
  race: {
    contributor: () => 'Effort de compétition',
    contributed: () => "L'effort de compétition a pu contribuer : les crampes sont bien plus fréquentes en course qu'à l'entraînement, surtout en fin d'épreuve.",
    nextTime: () =>
      "Abordez le premier tiers à l'allure visée ou un peu plus lentement : partir plus vite que prévu est ce que partagent les sportifs sujets aux crampes. Testez vos boissons et votre ravitaillement du jour J lors des séances longues.",
    why: () => "Cette activité est marquée comme une course, et l'intensité de compétition est un facteur de risque de crampe connu.",
  },
  'distance-spike': {
    contributor: () => 'Plus long que votre plus longue sortie récente',
    contributed: (p) =>
      `La distance a pu contribuer : cette sortie était ${p.pct} plus longue que votre plus longue des 30 jours précédents (${p.longest}), soit ${BAND[p.band]}.`,
    contributedOther: (p) =>
      `Plus long que d'habitude : ${SESSION_KIND[p.kind].this} était ${p.pct} plus longue que ${SESSION_KIND[p.kind].longest} des 30 jours précédents (${p.longest}).`,
    whyOther: () =>
      "Une distance inhabituelle est un facteur de risque de crampe connu. Les chiffres de blessure derrière cette règle ont été mesurés chez des coureurs : ils ne sont donc pas cités pour les autres sports.",
    nextTime: (p) =>
      `Progressez par étapes : ne dépassez pas de plus de 10 % environ votre plus longue sortie récente (environ ${p.next} la prochaine fois).`,
    why: (p) =>
      `Chez ${p.runners} coureurs, les sorties ${BAND_PLURAL[p.band]} que la plus longue des 30 jours précédents multipliaient le risque de blessure par ${p.hazard} (${p.low}–${p.high}), et une distance inhabituelle est un facteur de risque de crampe connu.`,
  },
  'load-trend': {
    contributor: () => 'Volume hebdomadaire en hausse',
    contributed: (p) =>
      `Peut-être une progression trop rapide : votre volume hebdomadaire sur les 4 semaines avant cette sortie a évolué ainsi : ${p.weeks}, soit ${p.pct} de plus la dernière semaine que la moyenne des 3 précédentes.`,
    nextTime: () =>
      "Laissez votre volume hebdomadaire se stabiliser une à deux semaines avant d'augmenter encore, et ne dépassez pas de plus de 10 % environ votre plus longue sortie récente.",
    why: (p) =>
      `${p.runners !== null ? `Une remarque, pas une alerte : chez ${p.runners} coureurs, les variations de volume d'une semaine à l'autre n'étaient pas liées aux blessures (contrairement aux sorties plus longues que la plus longue récente). ` : "Une remarque, pas une alerte : un volume hebdomadaire en hausse est, seul, un indice faible. "}` +
      `En complément : votre ratio de charge aiguë/chronique était de ${p.acwr} (7 derniers jours ÷ moyenne hebdomadaire des 28 derniers, couplé) ; ${p.low} à ${p.high} passait pour sûr et ${p.danger} et plus pour risqué (Gabbett 2016), mais ce ratio est contesté (Impellizzeri 2020).`,
  },
  heat: {
    contributor: () => 'Chaleur',
    contributed: (p) =>
      `Chaleur : un WBGT estimé à ${p.wbgt}${p.heatIndex !== null ? ` (indice de chaleur ${p.heatIndex})` : ''} fait monter le débit de sueur et l'effort à toute allure.${p.uncompensable ? " Avec cette chaleur et cet effort, le corps ne peut pas évacuer par la sueur toute la chaleur qu'il produit (chaleur non compensable) : il s'échauffe, quelle que soit la quantité bue." : ''}`,
    nextTime: (p) =>
      p.flag === 'black'
        ? `Drapeau noir : reportez, raccourcissez ou déplacez la séance aux heures fraîches — boire n'empêche pas le coup de chaleur. ${HEAT_ADVICE.black[p.sport]}`
        : HEAT_ADVICE[p.flag][p.sport],
    why: (p) =>
      `À ${p.temperature} et ${p.humidityPct} % d'humidité, le WBGT était d'environ ${p.wbgt}, soit un drapeau ${FLAG[p.flag]} selon les critères de course de l'ACSM.${p.assumedHumidity !== null ? ` L'humidité n'était pas connue, ${p.humidityPct} % ont donc été supposés : entre 30 % et 80 %, le drapeau serait ${FLAG[p.assumedHumidity.low]} à ${FLAG[p.assumedHumidity.high]}.` : ''}`,
  },
  'fluid-deficit': {
    contributor: () => 'Liquide perdu dans la sueur',
    contributed: (p) =>
      `${p.cramp ? 'Le manque de liquide a pu contribuer si vous avez peu bu, même si les preuves en sont faibles' : 'Liquide à remplacer si vous avez peu bu'} : environ ${p.loss} de sueur (${p.low}–${p.high}), soit ${p.pct} de votre poids.`,
    nextTime: (p) =>
      `${p.sips !== null ? `Buvez environ ${p.sips.sip} toutes les ${p.sips.everyMin} min (${p.sips.perH} par heure) dès le début` : `Buvez selon la soif dès le début${p.ceiling !== null ? `, pas plus d'environ ${p.ceiling} par heure` : ''}`}${p.after !== null ? `, puis ${p.after}–${p.afterHigh} dans les heures qui suivent.` : ', puis buvez selon la soif aux repas, et pesez-vous avant et après la prochaine fois pour savoir combien remplacer.'}`,
    why: (p) =>
      `À environ ${p.rate} pendant ${p.duration}, ne rien boire dépasse la perte de 2 % du poids que les recommandations visent à ne pas franchir. ${LOSS_EVIDENCE}`,
    took: (p) =>
      `${p.cramp ? 'Le manque de liquide a pu contribuer (preuves faibles)' : 'Liquide non remplacé'} : vous avez bu ${p.took} sur environ ${p.loss} de sueur${p.weighed ? ', selon votre balance' : ` (${p.low}–${p.high})`} ; ${p.pct} de votre poids non remplacés.`,
    tookWhy: (p) => `Perdre ${p.pct} de son poids dépasse les 2 % sous lesquels les recommandations visent à rester. ${LOSS_EVIDENCE}`,
  },
  'sodium-deficit': {
    contributor: () => 'Sodium perdu dans la sueur',
    contributed: (p) =>
      `${p.cramp ? "Le sodium a pu contribuer si vous n'avez bu que de l'eau, même si les preuves en sont faibles" : "Sodium à remplacer si vous n'avez bu que de l'eau"} : environ ${p.loss} (${p.low}–${p.high}) perdus dans la sueur.`,
    nextTime: (p) =>
      `Prenez jusqu'à ${p.perH} de sodium par heure dans vos boissons, en bonbons à mâcher ou en gélules, plutôt que de l'eau plate seule. En cas d'hypertension, de maladie rénale ou cardiaque, demandez l'avis de votre médecin avant de prendre du sel en plus.`,
    why: (p) =>
      `${p.duration}${p.warm ? ' sous la chaleur' : ''} avec une perte de sueur estimée à ${p.pct} du poids corporel${p.salty ? ', et une sueur salée' : ''} : la compenser avec de l'eau seule a rendu les crampes plus faciles à déclencher dans une étude en laboratoire. Les apports étudiés vont de 280 à 900 mg par heure. ${LOSS_EVIDENCE}`,
    took: (p) => `${p.cramp ? 'Le sodium a pu contribuer (preuves faibles)' : 'Sodium pas entièrement remplacé'} : vous avez pris ${p.took} sur environ ${p.loss} perdus dans la sueur (${p.low}–${p.high}).`,
  },
  'overdrinking-risk': {
    contributed: () =>
      'Pas un manque de liquide : sur une séance aussi longue, boire plus que ce que vous transpirez (ce qui dilue le sodium du sang) est le plus grand danger.',
    nextTime: (p) =>
      `Buvez selon votre soif, sans dépasser environ ${p.max} par heure (sudation estimée : ${p.rate}) ; si vous pesez plus après qu'avant, c'est que vous avez trop bu.`,
    why: (p) =>
      `Une séance de ${p.duration}${p.slow ? ' à allure facile' : ''}${p.light ? ' avec un faible poids corporel' : ''} correspond au profil de risque connu de l'hyponatrémie d'effort, dont la cause principale est de boire au-delà des pertes de sueur.`,
    gained: (p) =>
      `Pas un manque de liquide : vous pesiez ${p.gain} de plus après qu'avant, vous avez donc bu plus que vous n'avez transpiré, ce qui dilue le sodium du sang.`,
    gainedNextTime: (p) => `Buvez selon la soif et pas plus d'environ ${p.max} par heure ; pesez-vous de nouveau la prochaine fois pour vérifier.`,
    gainedWhy: (p) => `Vous avez bu ${p.took} pour environ ${p.loss} de sueur mesurés par votre balance.`,
  },
  'fuel-gap': {
    contributed: (p) =>
      `Les glucides, si vous êtes parti sans : ${p.duration} consomment une grande partie de votre glycogène musculaire (cela se traduit plutôt par une baisse d'énergie que par des crampes).`,
    nextTime: (p) =>
      `Prenez environ ${p.perH} de glucides par heure dès les 30–45 premières minutes${p.tolerated ? ", ou ce que votre estomac tolère — à travailler à l'entraînement" : ''}${p.recovery !== null ? ` ; si vous vous entraînez à nouveau dans les ${p.recovery.withinH} h, prenez ${p.recovery.after}–${p.recovery.afterHigh} de glucides par heure pendant jusqu'à 4 h, en commençant dans les ${p.recovery.withinMin} min, et ${p.recovery.protein} de protéines, sinon votre prochain repas suffit.` : '.'}`,
    why: (p) =>
      `Pour des séances de ${p.duration}, la recommandation est : ${CARB_NOTE[p.band]}${p.capped ? " ; à cette intensité, l'essentiel de l'énergie vient des graisses, d'où un plafond d'environ la moitié de l'énergie dépensée" : ''}.`,
    took: (p) =>
      `Les glucides ont pu manquer : vous avez pris environ ${p.perH} par heure pendant ${p.duration} (cela se traduit plutôt par une baisse d'énergie que par des crampes).`,
  },
  'short-easy': {
    contributed: () => "Rien de particulier : rien d'inquiétant sur cette sortie.",
    nextTime: () => 'Rien à changer : les sorties de moins de 45 min ne demandent ni boisson ni ravitaillement en route.',
    why: (p) => `${p.duration} sans hausse d'allure ni de distance, et pas sous la chaleur.`,
  },
};
