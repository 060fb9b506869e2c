import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { FluidMessages } from '../en/fluid';

/** Deutsch (du-Form): Flüssigkeit, Natrium, Kohlenhydrate, Hitze. */
const CARB_NOTE: Record<CarbBand, string> = {
  none: 'keine Kohlenhydrate nötig',
  'mouth-rinse': 'eine Mundspülung mit Sportgetränk oder ein paar Schlucke genügen',
  'up-to-30': 'bis zu 30 g Kohlenhydrate pro Stunde',
  'up-to-60': 'bis zu 60 g Kohlenhydrate pro Stunde',
  'up-to-90': 'bis zu 90 g pro Stunde aus Glukose-Fruktose-Mischungen, im Training schrittweise aufgebaut',
};
const FLAG: Record<HeatFlag, string> = { white: 'weiße', green: 'grüne', yellow: 'gelbe', red: 'rote', black: 'schwarze' };

export const fluid: FluidMessages = {
  fluidDeficitLacked: (p) =>
    `Wahrscheinlich Flüssigkeit, falls du wenig getrunken hast: etwa ${p.loss} Schweiß (${p.low}–${p.high}), ${p.pct} deines Körpergewichts.`,
  fluidDeficitNextTime: (p) =>
    `${p.sips !== null ? `Trink von Anfang an etwa ${p.sips.sip} alle ${p.sips.everyMin} min (${p.sips.perH} pro Stunde)` : 'Trink von Anfang an nach Durst'} und in den Stunden danach ${p.after}–${p.afterHigh}.`,
  fluidDeficitWhy: (p) =>
    `Bei geschätzten ${p.rate} über ${p.duration} würdest du ohne Trinken mehr als die 2 % Körpergewicht verlieren, unter denen die Leitlinien bleiben wollen.`,

  overdrinkingLacked: () =>
    'Kein Flüssigkeitsmangel: Bei einer so langen Einheit ist es gefährlicher, mehr zu trinken, als du ausschwitzt (das verdünnt das Natrium im Blut).',
  overdrinkingNextTime: (p) =>
    `Trink nach Durst und nicht mehr als etwa ${p.max} pro Stunde (geschätzter Schweißverlust: ${p.rate}); wiegst du danach mehr als vorher, hast du zu viel getrunken.`,
  overdrinkingWhy: (p) =>
    `Eine Einheit von ${p.duration}${p.slow ? ' in lockerem Tempo' : ''}${p.light ? ' bei geringem Körpergewicht' : ''} entspricht dem bekannten Risikoprofil für eine belastungsassoziierte Hyponatriämie, deren Hauptursache Trinken über den Schweißverlust hinaus ist.`,

  sodiumDeficitLacked: (p) =>
    `Wahrscheinlich Natrium, falls du nur Wasser getrunken hast: etwa ${p.loss} (${p.low}–${p.high}) über den Schweiß verloren.`,
  sodiumDeficitNextTime: (p) => `Nimm etwa ${p.perH} Natrium pro Stunde über Getränke oder Kapseln auf, statt nur Wasser zu trinken.`,
  sodiumDeficitWhy: (p) =>
    `${p.duration}${p.warm ? ' in der Hitze' : ''} mit geschätzt ${p.pct} Schweißverlust gemessen am Körpergewicht${p.salty ? ', und du schwitzt salzig' : ''}: Wurde das nur mit Wasser ersetzt, ließen sich Krämpfe in einer Laborstudie leichter auslösen.`,

  fuelGapLacked: (p) =>
    `Wahrscheinlich Kohlenhydrate, falls du ohne gelaufen bist: ${p.duration} Laufen leert einen großen Teil deines Muskelglykogens.`,
  fuelGapNextTime: (p) =>
    `Nimm ab den ersten 30–45 min etwa ${p.perH} Kohlenhydrate pro Stunde zu dir; danach innerhalb von ${p.withinMin} min ${p.after}–${p.afterHigh} Kohlenhydrate und ${p.protein} Eiweiß.`,
  fuelGapWhy: (p) => `Für Einheiten von ${p.duration} lautet die Empfehlung: ${CARB_NOTE[p.band]}.`,

  heatLacked: (p) =>
    `Hitze: Eine geschätzte WBGT von ${p.wbgt}${p.heatIndex !== null ? ` (Hitzeindex ${p.heatIndex})` : ''} treibt Schweißrate und Anstrengung bei jedem Tempo nach oben.`,
  heatNextTime: (p) =>
    p.hot
      ? 'Lauf in der Kühle des Morgens oder Abends, werde nach Gefühl statt nach Pace langsamer und fang in den ersten 15 min an zu trinken.'
      : 'Fang früh an zu trinken und lass das Tempo auf warmen Abschnitten ruhig langsamer werden.',
  heatWhy: (p) =>
    `Bei ${p.temperature} und ${p.humidityPct} % Luftfeuchtigkeit lag die WBGT bei etwa ${p.wbgt}, nach den Wettkampfkriterien des ACSM eine ${FLAG[p.flag]} Flagge.`,
};
