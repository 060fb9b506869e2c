import type { PlanMessages } from '../en/plan';

/** Deutsch (du-Form): wann vorher trinken, was mitnehmen. */
export const plan: PlanMessages = {
  beforeWhen: (p) => `etwa 4 h vor dem Start (oder ${p.amount} etwa 90 min vorher)`,

  carryOneBottle: (p) => `Flüssigkeit: eine Handflasche oder ein Soft Flask (insgesamt etwa ${p.total})`,
  carryTwoFlasks: (p) => `Flüssigkeit: ein Laufgürtel oder eine Weste mit zwei Soft Flasks à ${p.flask} (insgesamt etwa ${p.total})`,
  carryVest: (p) =>
    `Flüssigkeit: insgesamt etwa ${p.total} – eine Trinkweste oder geplantes Nachfüllen (Brunnen, eine Runde am Auto vorbei)`,
  carryThirst: (p) =>
    `Flüssigkeit: nach Durst trinken, insgesamt nicht mehr als etwa ${p.total}${p.long ? ' – an Verpflegungsstellen oder Brunnen nachfüllen statt alles zu tragen' : ' – eine Handflasche oder ein Soft Flask'}`,
  carrySodium: (p) =>
    `Natrium: Elektrolytgetränk, ${p.bottles} × ${p.bottle} ${p.bottles > 1 ? 'Flaschen' : 'Flasche'}${p.perHour ? ' pro Stunde' : ''} mit je ~300–500 mg Natrium, ` +
    `oder ${p.capsules} ${p.capsules > 1 ? 'Salzkapseln' : 'Salzkapsel'}${p.perHour ? ' pro Stunde' : ''} (je ~200–250 mg, etwa alle ${p.everyMin} min eine) oder salzige Kaubonbons`,
  carryGels: (p) =>
    `Kohlenhydrate: ${p.gels} ${p.gels > 1 ? 'Gels' : 'Gel'}${p.perHour ? ' pro Stunde' : ''} (je ~20–25 g), etwa alle ${p.everyMin} min eins, oder dieselbe Menge Kohlenhydrate als Getränk, Kaubonbons oder normales Essen`,
  carryMouthRinse: () => 'Kohlenhydrate: eine kleine Flasche Sportgetränk zum Mundspülen oder Nippen – keine Gels nötig',
  carryPickleJuice: (p) =>
    `Beim ersten Ziehen: ein Shot Gurkenwasser (~${p.shot}${p.metric ? ', etwa 1 mL pro kg' : ', ans Körpergewicht angepasst'}) kann einen Krampf über einen Reflex verkürzen, nicht über Flüssigkeitszufuhr – eine Wiederholungsstudie von 2021 fand keinen Effekt`,
};
