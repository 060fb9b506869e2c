import type { PlanMessages } from '../en/plan';

/** Français (vouvoiement) : quand boire avant, quoi emporter. */
export const plan: PlanMessages = {
  beforeWhen: (p) => `environ 4 h avant le départ (ou ${p.amount} environ 90 min avant)`,

  carryOneBottle: (p) => `Liquide : un bidon à main ou une flasque souple (environ ${p.total} au total)`,
  carryTwoFlasks: (p) => `Liquide : une ceinture ou un gilet avec deux flasques souples de ${p.flask} (environ ${p.total} au total)`,
  carryVest: (p) =>
    `Liquide : environ ${p.total} au total — un gilet d'hydratation ou des ravitaillements prévus (fontaines, une boucle qui repasse par votre voiture)`,
  carryThirst: (p) =>
    `Liquide : buvez selon la soif, pas plus d'environ ${p.total} au total${p.long ? ' — remplissez aux ravitaillements ou aux fontaines plutôt que de tout porter' : ' — un bidon à main ou une flasque souple'}`,
  carrySodium: (p) =>
    `Sodium : boisson électrolytique, ${p.bottles} ${p.bottles > 1 ? 'bidons' : 'bidon'} de ${p.bottle}${p.perHour ? ' par heure' : ''} à ~300–500 mg de sodium chacun, ` +
    `ou ${p.capsules} ${p.capsules > 1 ? 'gélules' : 'gélule'} de sel${p.perHour ? ' par heure' : ''} (~200–250 mg chacune, environ une toutes les ${p.everyMin} min) ou des bonbons salés à mâcher`,
  carryGels: (p) =>
    `Glucides : ${p.gels} ${p.gels > 1 ? 'gels' : 'gel'}${p.perHour ? ' par heure' : ''} (~20–25 g chacun), environ un toutes les ${p.everyMin} min, ou la même quantité de glucides en boisson, bonbons à mâcher ou vraie nourriture`,
  carryMouthRinse: () => 'Glucides : une petite bouteille de boisson sportive pour se rincer la bouche ou siroter — pas besoin de gels',
  carryPickleJuice: (p) =>
    `Au premier tiraillement : un shot de jus de cornichon (~${p.shot}${p.metric ? ', environ 1 mL par kg' : ', adapté à votre poids'}) peut écourter une crampe par un réflexe, pas par réhydratation — une étude de réplication de 2021 n'a trouvé aucun effet`,
};
