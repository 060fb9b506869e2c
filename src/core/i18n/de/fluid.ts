import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { FluidMessages, HeatSport } from '../en/fluid';

/** Deutsch (du-Form): Flüssigkeit, Natrium, Kohlenhydrate, Hitze. */
const CARB_NOTE: Record<CarbBand, string> = {
  none: 'keine Kohlenhydrate nötig',
  'mouth-rinse': 'eine Mundspülung mit Sportgetränk oder ein paar Schlucke genügen',
  'up-to-30': 'bis zu 30 g Kohlenhydrate pro Stunde',
  'up-to-60': 'bis zu 60 g Kohlenhydrate pro Stunde',
  'up-to-90': 'bis zu 90 g pro Stunde aus Glukose-Fruktose-Mischungen, im Training schrittweise aufgebaut',
  'as-tolerated': 'so viele Kohlenhydrate, wie dein Magen verträgt, auf Ultradistanzen oft 30–60 g pro Stunde, im Training geübt',
};
const HEAT_ADVICE: Record<'yellow' | 'red' | 'black', Record<HeatSport, string>> = {
  yellow: {
    run: 'Fang früh an zu trinken und lass das Tempo auf warmen Abschnitten ruhig langsamer werden.',
    ride: 'Fang früh an zu trinken und nimm an warmen Anstiegen Leistung heraus.',
    foot: 'Fang früh an zu trinken und geh auf sonnigen, warmen Abschnitten langsamer.',
    other: 'Fang früh an zu trinken und nimm Tempo heraus, wenn es warm wird.',
  },
  red: {
    run: 'Lauf in den kühleren Stunden, werde nach Gefühl statt nach Pace langsamer und fang in den ersten 15 min an zu trinken.',
    ride: 'Fahr in den kühleren Stunden, bleib an Anstiegen locker und fang in den ersten 15 min an zu trinken.',
    foot: 'Geh in den kühleren Stunden, mach Pausen im Schatten, wähl eine kürzere Route und nimm Wasser mit.',
    other: 'Trainiere in den kühleren Stunden, nimm Tempo heraus und fang in den ersten 15 min an zu trinken.',
  },
  black: {
    run: 'Wenn du trotzdem läufst: langsam nach Gefühl, und beim ersten Schwindel, Verwirrtheit oder Frösteln aufhören.',
    ride: 'Wenn du trotzdem fährst: locker bleiben, und beim ersten Schwindel, Verwirrtheit oder Frösteln aufhören.',
    foot: 'Wenn du trotzdem gehst: kurz halten, im Schatten rasten und beim ersten Schwindel oder Verwirrtheit aufhören.',
    other: 'Wenn du trotzdem trainierst: locker bleiben, und beim ersten Schwindel, Verwirrtheit oder Frösteln aufhören.',
  },
};
const FLAG: Record<HeatFlag, string> = { white: 'weiße', green: 'grüne', yellow: 'gelbe', red: 'rote', black: 'schwarze' };

export const fluid: FluidMessages = {
  fluidDeficitLacked: (p) =>
    `Flüssigkeit könnte beigetragen haben, falls du wenig getrunken hast: etwa ${p.loss} Schweiß (${p.low}–${p.high}), ${p.pct} deines Körpergewichts.`,
  fluidDeficitNextTime: (p) =>
    `${p.sips !== null ? `Trink von Anfang an etwa ${p.sips.sip} alle ${p.sips.everyMin} min (${p.sips.perH} pro Stunde)` : `Trink von Anfang an nach Durst${p.ceiling !== null ? `, höchstens etwa ${p.ceiling} pro Stunde` : ''}`}${p.after !== null ? ` und in den Stunden danach ${p.after}–${p.afterHigh}.` : ' und danach normal zu den Mahlzeiten.'}`,
  fluidDeficitWhy: (p) =>
    `Bei geschätzten ${p.rate} über ${p.duration} würdest du ohne Trinken mehr als die 2 % Körpergewicht verlieren, unter denen die Leitlinien bleiben wollen.`,

  overdrinkingLacked: () =>
    'Kein Flüssigkeitsmangel: Bei einer so langen Einheit ist es gefährlicher, mehr zu trinken, als du ausschwitzt (das verdünnt das Natrium im Blut).',
  overdrinkingNextTime: (p) =>
    `Trink nach Durst und nicht mehr als etwa ${p.max} pro Stunde (geschätzter Schweißverlust: ${p.rate}); wiegst du danach mehr als vorher, hast du zu viel getrunken.`,
  overdrinkingWhy: (p) =>
    `Eine Einheit von ${p.duration}${p.slow ? ' in lockerem Tempo' : ''}${p.light ? ' bei geringem Körpergewicht' : ''} entspricht dem bekannten Risikoprofil für eine belastungsassoziierte Hyponatriämie, deren Hauptursache Trinken über den Schweißverlust hinaus ist.`,

  sodiumDeficitLacked: (p) =>
    `Natrium könnte beigetragen haben, falls du nur Wasser getrunken hast: etwa ${p.loss} (${p.low}–${p.high}) über den Schweiß verloren.`,
  sodiumDeficitNextTime: (p) =>
    `Nimm bis zu ${p.perH} Natrium pro Stunde über Getränke, Kaubonbons oder Kapseln auf, statt nur Wasser zu trinken. Bei Bluthochdruck, Nieren- oder Herzerkrankung frag vor zusätzlichem Salz deine Ärztin oder deinen Arzt.`,
  sodiumDeficitWhy: (p) =>
    `${p.duration}${p.warm ? ' in der Hitze' : ''} mit geschätzt ${p.pct} Schweißverlust gemessen am Körpergewicht${p.salty ? ', und du schwitzt salzig' : ''}: Wurde das nur mit Wasser ersetzt, ließen sich Krämpfe in einer Laborstudie leichter auslösen. Untersucht wurden Mengen von 280–900 mg pro Stunde.`,

  fuelGapLacked: (p) =>
    `Kohlenhydrate, falls du ohne unterwegs warst: ${p.duration} verbrauchen einen großen Teil deines Muskelglykogens (das zeigt sich eher als nachlassende Energie denn als Krampf).`,
  fuelGapNextTime: (p) =>
    `Nimm ab den ersten 30–45 min etwa ${p.perH} Kohlenhydrate pro Stunde zu dir${p.tolerated ? ' oder so viel, wie dein Magen verträgt – übe es im Training' : ''}${p.recovery !== null ? `; trainierst du innerhalb von ${p.recovery.withinH} h wieder, dann innerhalb von ${p.recovery.withinMin} min ${p.recovery.after}–${p.recovery.afterHigh} Kohlenhydrate und ${p.recovery.protein} Eiweiß, sonst genügt die nächste Mahlzeit.` : '.'}`,
  fuelGapWhy: (p) =>
    `Für Einheiten von ${p.duration} lautet die Empfehlung: ${CARB_NOTE[p.band]}${p.capped ? '; bei dieser Intensität kommt die meiste Energie aus Fett, daher höchstens etwa die Hälfte der verbrauchten Energie' : ''}.`,

  heatLacked: (p) =>
    `Hitze: Eine geschätzte WBGT von ${p.wbgt}${p.heatIndex !== null ? ` (Hitzeindex ${p.heatIndex})` : ''} treibt Schweißrate und Anstrengung bei jedem Tempo nach oben.${p.uncompensable ? ' Bei dieser Hitze und Belastung kann der Körper nicht die ganze Wärme wegschwitzen, die er erzeugt (nicht kompensierbare Hitze): Er heizt sich auf, egal wie viel du trinkst.' : ''}`,
  heatNextTime: (p) =>
    p.flag === 'black'
      ? `Bei schwarzer Flagge: verschieben, verkürzen oder in kühlere Stunden legen – Trinken verhindert keinen Hitzschlag. ${HEAT_ADVICE.black[p.sport]}`
      : HEAT_ADVICE[p.flag][p.sport],
  heatWhy: (p) =>
    `Bei ${p.temperature} und ${p.humidityPct} % Luftfeuchtigkeit lag die WBGT bei etwa ${p.wbgt}, nach den Wettkampfkriterien des ACSM eine ${FLAG[p.flag]} Flagge.${p.assumedHumidity !== null ? ` Die Luftfeuchtigkeit war nicht bekannt, daher wurden ${p.humidityPct} % angenommen: Zwischen 30 % und 80 % wäre es eine ${FLAG[p.assumedHumidity.low]} bis ${FLAG[p.assumedHumidity.high]} Flagge.` : ''}`,
};
