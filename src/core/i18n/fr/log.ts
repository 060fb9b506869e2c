import type { LogMessages, PatternKind } from '../en/log';
import type { Muscle } from '../../own-patterns';

/** Français (vouvoiement) : tendance du volume hebdomadaire et votre propre journal de crampes. */
const KIND: Record<PatternKind, string> = { runs: 'sorties', races: 'compétitions', rides: 'sorties à vélo', hikes: 'randonnées', sessions: 'séances' };
const MUSCLE: Record<Muscle, string> = { calves: 'aux mollets', hamstrings: 'aux ischio-jambiers', quads: 'aux quadriceps', feet: 'aux pieds' };
const s = (n: number) => (n === 1 ? '' : 's');

export const log: LogMessages = {
  loadTrendLacked: (p) =>
    `Peut-être une progression trop rapide : votre volume hebdomadaire sur les 4 semaines avant cette sortie a évolué ainsi : ${p.weeks}, soit ${p.pct} de plus la dernière semaine que la moyenne des 3 précédentes.`,
  loadTrendNextTime: () =>
    "Laissez votre volume hebdomadaire se stabiliser une à deux semaines avant d'augmenter encore, et ne dépassez pas de plus de 10 % environ votre plus longue sortie récente.",
  loadTrendWhy: (p) =>
    `${p.runners !== null ? `Une remarque, pas une alerte : chez ${p.runners} coureurs, les variations de volume d'une semaine à l'autre n'étaient pas liées aux blessures (contrairement aux sorties plus longues que la plus longue récente). ` : "Une remarque, pas une alerte : un volume hebdomadaire en hausse est, seul, un indice faible. "}` +
    `En complément : votre ratio de charge aiguë/chronique était de ${p.acwr} (7 derniers jours ÷ moyenne hebdomadaire des 28 derniers, couplé) ; ${p.low} à ${p.high} passait pour sûr et ${p.danger} et plus pour risqué (Gabbett 2016), mais ce ratio est contesté (Impellizzeri 2020).`,

  ownSimilar: (p) =>
    `Vous avez noté des crampes lors de ${p.n} sortie${s(p.n)} similaire${s(p.n)} (${p.dates}${p.more > 0 ? ` et ${p.more} autre${s(p.more)}` : ''}), à peu près aussi longue${s(p.n)} et aussi chaude${s(p.n)} que celle-ci.`,
  ownSimilarFine: (p) =>
    p.n === 1 ? "Une sortie similaire que vous avez notée s'est passée sans crampes." : `${p.n} sorties similaires que vous avez notées se sont passées sans crampes.`,
  ownPattern: (p) => {
    let t = `Votre propre journal, pas une règle : vos ${p.n} dernières crampes sont toutes survenues lors de ${KIND[p.kind]}`;
    if (p.overMin !== null) t += ` de plus de ${p.overMin}`;
    if (p.aboveC !== null) t += ` par plus de ${p.aboveC}`;
    if (p.lastQuarter) t += ', toutes dans le dernier quart';
    if (p.muscle !== null) t += `, toutes ${MUSCLE[p.muscle]}`;
    return `${t}.`;
  },
  ownPatternFine: (p) =>
    p.n === 0
      ? 'Aucune des sorties notées sans crampes ne correspond à cette description.'
      : p.n === 1
        ? "Une sortie notée qui y correspond s'est passée sans crampes."
        : `${p.n} sorties notées qui y correspondent se sont passées sans crampes.`,
  ownPatternMatch: (p) => (p.matches ? 'Cette sortie y correspond.' : "Cette sortie n'y correspond pas."),
  ownPatternNextTime: (p) =>
    p.matches
      ? "Lors des sorties qui correspondent à votre schéma : partez plus lentement que d'habitude, retenez-vous en première moitié, entraînez-vous d'abord sur la distance et étirez le muscle au premier tiraillement."
      : 'Notez après chaque sortie si vous avez eu des crampes ou non : plus vous notez, plus votre propre schéma devient clair.',
  ownPatternWhy: () =>
    'Cela vient de votre propre journal, pas de la recherche : prenez-le comme une indication ; la recherche montre en revanche que des crampes passées sont le meilleur facteur prédictif connu de la prochaine.',
};
