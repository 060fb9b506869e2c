import type { SafetyMessages } from '../en/safety';

/** Français (vouvoiement) : les signes qui demandent une aide médicale. */
export const safety: SafetyMessages = {
  safetyHyponatremia: () =>
    "Manque de sodium dans le sang (hyponatrémie) : maux de tête, nausées ou vomissements, confusion, mains ou pieds gonflés, ou un poids plus élevé après qu'avant demandent une aide médicale — ne buvez pas davantage. Les signes peuvent apparaître jusqu'à 24 h après la séance.",
  safetyHeatIllness: () =>
    "Coup de chaleur : confusion, démarche instable, malaise, vomissements ou peau brûlante imposent d'arrêter aussitôt. Refroidissez d'abord la personne (eau froide, glace, ombre) et appelez les secours.",
  safetySeeDoctor: (p) =>
    `${p.often ? 'Vous avez souvent des crampes. ' : ''}${p.shortEasy ? 'Vous avez noté une crampe sur une séance courte et facile. ' : ''}${p.logged !== null ? `Vous avez noté ${p.logged} crampes en 30 jours. ` : ''}Consultez un médecin si les crampes surviennent au repos ou la nuit, souvent sans effort, avec une faiblesse, ou avec des urines foncées (couleur cola) et de fortes douleurs musculaires après un effort long ou intense, ou si elles ont commencé avec un nouveau médicament (statines ou diurétiques, par exemple).`,
  safetyFrostbite: (p: { windChillC: string }) =>
    `Gelures : avec votre propre vitesse, le refroidissement éolien était d'environ ${p.windChillC}, sous −27 °C, où la peau exposée peut geler en 30 minutes. Couvrez visage, oreilles et mains, et arrêtez si la peau devient blanche, insensible ou cireuse.`,
  safetyCold: () =>
    "Froid : sur une longue séance sous drapeau blanc, des vêtements mouillés et un rythme qui ralentit peuvent vous refroidir (hypothermie). Emportez une couche à ajouter, restez au sec et rentrez si vous grelottez fort ou vous sentez maladroit ou confus.",
};
