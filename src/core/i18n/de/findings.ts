import type { HeatFlag } from '../../analysis';
import type { CarbBand } from '../../carbs';
import type { Muscle } from '../../own-patterns';
import type { HeatSport, HotFlag, PatternKind, SessionKind, SpikeBand } from '../finding-params';
import type { FindingMessages } from '../en/findings';

/** Deutsch (du-Form): die Sätze jedes Befunds, nach seiner Kennung (src/core/findings/). */
const BAND: Record<SpikeBand, string> = {
  '10–30 % longer': '10–30 % länger',
  '30–100 % longer': '30–100 % länger',
  'more than twice as long': 'mehr als doppelt so lang',
};
const BAND_THAN: Record<SpikeBand, string> = {
  '10–30 % longer': '10–30 % länger als',
  '30–100 % longer': '30–100 % länger als',
  'more than twice as long': 'mehr als doppelt so lang wie',
};

const SESSION_KIND: Record<SessionKind, { this: string; longest: string }> = {
  ride: { this: 'Diese Radfahrt', longest: 'deine längste Radfahrt' },
  walk: { this: 'Diese Wanderung', longest: 'deine längste Wanderung' },
  session: { this: 'Diese Einheit', longest: 'deine längste Einheit' },
};

const CARB_NOTE: Record<CarbBand, string> = {
  none: 'keine Kohlenhydrate nötig',
  'mouth-rinse': 'eine Mundspülung mit Sportgetränk oder ein paar Schlucke genügen',
  'up-to-30': 'bis zu 30 g Kohlenhydrate pro Stunde',
  'up-to-60': 'bis zu 60 g Kohlenhydrate pro Stunde',
  'up-to-90': 'bis zu 90 g pro Stunde aus Glukose-Fruktose-Mischungen, im Training schrittweise aufgebaut',
  'as-tolerated': 'so viele Kohlenhydrate, wie dein Magen verträgt, auf Ultradistanzen oft 30–60 g pro Stunde, im Training geübt',
};
const HEAT_ADVICE: Record<HotFlag, Record<HeatSport, string>> = {
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

const PATTERN_KIND: Record<PatternKind, string> = { runs: 'Läufen', races: 'Wettkämpfen', rides: 'Radfahrten', hikes: 'Wanderungen', sessions: 'Einheiten' };
/** Warum Flüssigkeit und Natrium schwache Krampf-Belege sind (context.ts lossMayCramp). */
const LOSS_EVIDENCE =
  'In Kohorten von Marathon-, Ultra- und Ironman-Athleten waren Sportler mit Krämpfen nicht stärker ausgetrocknet und hatten nicht weniger Natrium als die ohne; darum zählt das nur bei langen heißen Einheiten mit großen Verlusten als Krampf-Beitrag, und dann als schwacher Beleg.';
const MUSCLE: Record<Muscle, string> = { calves: 'in den Waden', hamstrings: 'im hinteren Oberschenkel', quads: 'im vorderen Oberschenkel', feet: 'in den Füßen' };

export const findings: FindingMessages = {
  'cramp-history': {
    contributor: () => 'Deine Krampf-Vorgeschichte',
    contributed: (p) =>
      `Deine Vorgeschichte könnte beigetragen haben: Du bekommst ${p.often ? 'oft' : 'manchmal'} Krämpfe, der stärkste bekannte Vorhersagefaktor für den nächsten Krampf.`,
    nextTime: () =>
      'Halte anfangs dein übliches Tempo, übe die Distanz vorher im Training und dehne den betroffenen Muskel beim ersten Ziehen.',
    why: () =>
      'Sportler mit Krämpfen in der Vorgeschichte bekamen in Ironman- und Ultramarathon-Studien weit häufiger Krämpfe, unabhängig von ihrem Flüssigkeits- oder Elektrolythaushalt.',
  },
  'own-pattern': {
    contributor: () => 'Dein eigenes Krampf-Protokoll',
    similar: (p) =>
      `Du hast bei ${p.n} ähnlichen ${p.n === 1 ? 'Einheit' : 'Einheiten'} Krämpfe notiert (${p.dates}${p.more > 0 ? ` und ${p.more} weitere` : ''}), etwa so lang und so warm wie dieser.`,
    similarFine: (p) =>
      p.n === 1 ? 'Eine ähnliche Einheit, die du notiert hast, verlief ohne Krämpfe.' : `${p.n} ähnliche Einheiten, die du notiert hast, verliefen ohne Krämpfe.`,
    pattern: (p) => {
      let s = `Dein eigenes Protokoll, keine Regel: Deine letzten ${p.n} Krämpfe kamen alle bei ${PATTERN_KIND[p.kind]}`;
      if (p.overMin !== null) s += ` über ${p.overMin}`;
      if (p.aboveC !== null) s += ` bei über ${p.aboveC}`;
      if (p.lastQuarter) s += ', alle im letzten Viertel';
      if (p.muscle !== null) s += `, alle ${MUSCLE[p.muscle]}`;
      return `${s}.`;
    },
    patternFine: (p) =>
      p.n === 0
        ? 'Keine der Einheiten, die du ohne Krämpfe notiert hast, passt zu dieser Beschreibung.'
        : p.n === 1
          ? 'Eine Einheit, die dazu passt, verlief laut deinem Protokoll ohne Krämpfe.'
          : `${p.n} Einheiten, die dazu passen, verliefen laut deinem Protokoll ohne Krämpfe.`,
    patternMatch: (p) => (p.matches ? 'Diese Einheit passt dazu.' : 'Diese Einheit passt nicht dazu.'),
    nextTime: (p) =>
      p.matches
        ? 'Bei Einheiten, die zu deinem Muster passen: langsamer als üblich starten, dich in der ersten Hälfte zurückhalten, die Distanz vorher im Training üben und den Muskel beim ersten Ziehen dehnen.'
        : 'Notiere nach jeder Einheit, ob du Krämpfe hattest oder nicht: Je mehr du notierst, desto klarer wird dein eigenes Muster.',
    why: () =>
      'Das stammt aus deinem eigenen Protokoll, nicht aus der Forschung, also nimm es als Hinweis; die Forschung zeigt aber, dass frühere Krämpfe der stärkste bekannte Vorhersagefaktor für den nächsten sind.',
  },
  'pace-spike': {
    contributor: () => 'Schneller als dein übliches Tempo',
    contributed: (p) =>
      `Das Tempo könnte beigetragen haben: etwa ${p.pct} schneller als dein übliches Tempo von ${p.pace} für diese Distanz (aus ${p.runs} Trainingseinheiten der vorangegangenen 30 Tage, ohne Wettkämpfe).`,
    contributedRace: (p) =>
      `Das Tempo könnte beigetragen haben: etwa ${p.pct} schneller als deine vorhergesagte Wettkampfzeit von ${p.time} (${p.pace}), aus der besten von ${p.sessions} Einheiten der vorangegangenen 30 Tage, auf diese Distanz umgerechnet (Riegel).`,
    nextTime: (p) => `Geh das erste Drittel in deinem üblichen Tempo von ${p.pace} an und werde erst spät schneller.`,
    nextTimeRace: (p) => `Geh das erste Drittel nicht schneller als dein vorhergesagtes Tempo von ${p.pace} an und werde erst spät schneller.`,
    why: () =>
      'Schneller unterwegs zu sein, als es die eigene Leistungsfähigkeit hergibt, besonders am Anfang, ist einer der stärksten Risikofaktoren, die bei Sportlern mit Krämpfen gefunden wurden. Einheiten anderer Länge werden auf diese Distanz umgerechnet (Riegel: Zeit wächst mit der Distanz hoch 1,06).',
  },
  race: {
    contributor: () => 'Wettkampfbelastung',
    contributed: () => 'Die Wettkampfbelastung könnte beigetragen haben: Krämpfe werden in Wettkämpfen weit häufiger gemeldet als im Training, meist gegen Ende.',
    nextTime: () =>
      'Geh das erste Drittel im Zieltempo oder etwas langsamer an: Schneller zu starten als geplant ist das, was krampfanfällige Wettkämpfer gemeinsam haben. Probiere Getränke und Verpflegung für den Wettkampftag bei langen Trainingseinheiten aus.',
    why: () => 'Diese Aktivität ist als Wettkampf markiert, und Wettkampfintensität ist ein bekannter Risikofaktor für Krämpfe.',
  },
  'distance-spike': {
    contributor: () => 'Länger als deine längste Einheit zuletzt',
    contributed: (p) =>
      `Die Distanz könnte beigetragen haben: Dieser Lauf war ${p.pct} länger als dein längster der vorangegangenen 30 Tage (${p.longest}), also ${BAND[p.band]}.`,
    contributedOther: (p) =>
      `Länger als üblich: ${SESSION_KIND[p.kind].this} war ${p.pct} länger als ${SESSION_KIND[p.kind].longest} der vorangegangenen 30 Tage (${p.longest}).`,
    whyOther: () =>
      'Ungewohnte Distanzen sind ein bekannter Risikofaktor für Krämpfe. Die Verletzungszahlen hinter dieser Regel stammen von Läuferinnen und Läufern und werden daher für andere Sportarten nicht genannt.',
    nextTime: (p) =>
      `Steigere dich schrittweise: Bleib mit einzelnen Einheiten höchstens etwa 10 % über deiner längsten der letzten Zeit (als Nächstes etwa ${p.next}).`,
    why: (p) =>
      `Läufe, die ${BAND_THAN[p.band]} der längste Lauf der vorangegangenen 30 Tage waren, gingen bei ${p.runners} Läuferinnen und Läufern mit einem ${p.hazard}-fachen Verletzungsrisiko (${p.low}–${p.high}) einher, und ungewohnte Distanzen sind ein bekannter Risikofaktor für Krämpfe.`,
  },
  'load-trend': {
    contributor: () => 'Steigender Wochenumfang',
    contributed: (p) =>
      `Möglicherweise zu schneller Aufbau: Dein Wochenumfang in den 4 Wochen vor dieser Einheit entwickelte sich so: ${p.weeks}, in der letzten Woche ${p.pct} mehr als im Schnitt der 3 Wochen davor.`,
    nextTime: () =>
      'Lass deinen Wochenumfang ein bis zwei Wochen auf diesem Niveau, bevor du weiter steigerst, und bleib mit einzelnen Einheiten höchstens etwa 10 % über deiner längsten der letzten Zeit.',
    why: (p) =>
      `${p.runners !== null ? `Ein Hinweis, keine Warnung: Bei ${p.runners} Läuferinnen und Läufern hingen Schwankungen des Wochenumfangs nicht mit Verletzungen zusammen (einzelne Läufe über dem längsten der letzten Zeit schon). ` : 'Ein Hinweis, keine Warnung: Ein steigender Wochenumfang allein ist ein schwacher Hinweis. '}` +
      `Nebenbei: Dein Verhältnis von akuter zu chronischer Belastung lag bei ${p.acwr} (letzte 7 Tage ÷ Wochenschnitt der letzten 28, gekoppelt); ${p.low}–${p.high} galt einmal als sicher und ab ${p.danger} als riskant (Gabbett 2016), doch dieses Verhältnis ist umstritten (Impellizzeri 2020).`,
  },
  heat: {
    contributor: () => 'Hitze',
    contributed: (p) =>
      `Hitze: Eine geschätzte WBGT von ${p.wbgt}${p.heatIndex !== null ? ` (Hitzeindex ${p.heatIndex})` : ''} treibt Schweißrate und Anstrengung bei jedem Tempo nach oben.${p.uncompensable ? ' Bei dieser Hitze und Belastung kann der Körper nicht die ganze Wärme wegschwitzen, die er erzeugt (nicht kompensierbare Hitze): Er heizt sich auf, egal wie viel du trinkst.' : ''}`,
    nextTime: (p) =>
      p.flag === 'black'
        ? `Bei schwarzer Flagge: verschieben, verkürzen oder in kühlere Stunden legen – Trinken verhindert keinen Hitzschlag. ${HEAT_ADVICE.black[p.sport]}`
        : HEAT_ADVICE[p.flag][p.sport],
    why: (p) =>
      `Bei ${p.temperature} und ${p.humidityPct} % Luftfeuchtigkeit lag die WBGT bei etwa ${p.wbgt}, nach den Wettkampfkriterien des ACSM eine ${FLAG[p.flag]} Flagge.${p.assumedHumidity !== null ? ` Die Luftfeuchtigkeit war nicht bekannt, daher wurden ${p.humidityPct} % angenommen: Zwischen 30 % und 80 % wäre es eine ${FLAG[p.assumedHumidity.low]} bis ${FLAG[p.assumedHumidity.high]} Flagge.` : ''}`,
  },
  'fluid-deficit': {
    contributor: () => 'Flüssigkeitsverlust über den Schweiß',
    contributed: (p) =>
      `${p.cramp ? 'Flüssigkeit könnte beigetragen haben, falls du wenig getrunken hast, auch wenn die Belege dafür schwach sind' : 'Zu ersetzende Flüssigkeit, falls du wenig getrunken hast'}: etwa ${p.loss} Schweiß (${p.low}–${p.high}), ${p.pct} deines Körpergewichts.`,
    nextTime: (p) =>
      `${p.sips !== null ? `Trink von Anfang an etwa ${p.sips.sip} alle ${p.sips.everyMin} min (${p.sips.perH} pro Stunde)` : `Trink von Anfang an nach Durst${p.ceiling !== null ? `, höchstens etwa ${p.ceiling} pro Stunde` : ''}`}${p.after !== null ? ` und in den Stunden danach ${p.after}–${p.afterHigh}.` : ' und danach nach Durst zu den Mahlzeiten; wiege dich nächstes Mal vorher und nachher, um zu wissen, wie viel du ersetzen musst.'}`,
    why: (p) =>
      `Bei geschätzten ${p.rate} über ${p.duration} würdest du ohne Trinken mehr als die 2 % Körpergewicht verlieren, unter denen die Leitlinien bleiben wollen. ${LOSS_EVIDENCE}`,
    took: (p) =>
      `${p.cramp ? 'Flüssigkeit könnte beigetragen haben (schwache Belege)' : 'Flüssigkeit nicht ersetzt'}: Du hast ${p.took} von etwa ${p.loss} ${p.weighed ? 'Schweiß getrunken, wie deine Waage zeigt' : `Schweiß (${p.low}–${p.high}) getrunken`}; ${p.pct} des Körpergewichts nicht ersetzt.`,
    tookWhy: (p) => `Ein Verlust von ${p.pct} des Körpergewichts liegt über den 2 %, unter denen die Leitlinien bleiben wollen. ${LOSS_EVIDENCE}`,
  },
  'sodium-deficit': {
    contributor: () => 'Natriumverlust über den Schweiß',
    contributed: (p) =>
      `${p.cramp ? 'Natrium könnte beigetragen haben, falls du nur Wasser getrunken hast, auch wenn die Belege dafür schwach sind' : 'Zu ersetzendes Natrium, falls du nur Wasser getrunken hast'}: etwa ${p.loss} (${p.low}–${p.high}) über den Schweiß verloren.`,
    nextTime: (p) =>
      `Nimm bis zu ${p.perH} Natrium pro Stunde über Getränke, Kaubonbons oder Kapseln auf, statt nur Wasser zu trinken. Bei Bluthochdruck, Nieren- oder Herzerkrankung frag vor zusätzlichem Salz deine Ärztin oder deinen Arzt.`,
    why: (p) =>
      `${p.duration}${p.warm ? ' in der Hitze' : ''} mit geschätzt ${p.pct} Schweißverlust gemessen am Körpergewicht${p.salty ? ', und du schwitzt salzig' : ''}: Wurde das nur mit Wasser ersetzt, ließen sich Krämpfe in einer Laborstudie leichter auslösen. Untersucht wurden Mengen von 280–900 mg pro Stunde. ${LOSS_EVIDENCE}`,
    took: (p) => `${p.cramp ? 'Natrium könnte beigetragen haben (schwache Belege)' : 'Natrium nicht vollständig ersetzt'}: Du hast ${p.took} von etwa ${p.loss} über den Schweiß verlorenen (${p.low}–${p.high}) genommen.`,
  },
  'overdrinking-risk': {
    contributed: () =>
      'Kein Flüssigkeitsmangel: Bei einer so langen Einheit ist es gefährlicher, mehr zu trinken, als du ausschwitzt (das verdünnt das Natrium im Blut).',
    nextTime: (p) =>
      `Trink nach Durst und nicht mehr als etwa ${p.max} pro Stunde (geschätzter Schweißverlust: ${p.rate}); wiegst du danach mehr als vorher, hast du zu viel getrunken.`,
    why: (p) =>
      `Eine Einheit von ${p.duration}${p.slow ? ' in lockerem Tempo' : ''}${p.light ? ' bei geringem Körpergewicht' : ''} entspricht dem bekannten Risikoprofil für eine belastungsassoziierte Hyponatriämie, deren Hauptursache Trinken über den Schweißverlust hinaus ist.`,
    gained: (p) =>
      `Kein Flüssigkeitsmangel: Du warst nachher ${p.gain} schwerer als vorher, hast also mehr getrunken, als du geschwitzt hast; das verdünnt das Natrium im Blut.`,
    gainedNextTime: (p) => `Trink nach Durst und nicht mehr als etwa ${p.max} pro Stunde; wiege dich nächstes Mal wieder, um es zu prüfen.`,
    gainedWhy: (p) => `Du hast ${p.took} getrunken, bei etwa ${p.loss} Schweiß laut Waage.`,
  },
  'fuel-gap': {
    contributed: (p) =>
      `Kohlenhydrate, falls du ohne unterwegs warst: ${p.duration} verbrauchen einen großen Teil deines Muskelglykogens (das zeigt sich eher als nachlassende Energie denn als Krampf).`,
    nextTime: (p) =>
      `Nimm ab den ersten 30–45 min etwa ${p.perH} Kohlenhydrate pro Stunde zu dir${p.tolerated ? ' oder so viel, wie dein Magen verträgt – übe es im Training' : ''}${p.recovery !== null ? `; trainierst du innerhalb von ${p.recovery.withinH} h wieder, dann ab den ersten ${p.recovery.withinMin} min bis zu 4 h lang ${p.recovery.after}–${p.recovery.afterHigh} Kohlenhydrate pro Stunde und ${p.recovery.protein} Eiweiß, sonst genügt die nächste Mahlzeit.` : '.'}`,
    why: (p) =>
      `Für Einheiten von ${p.duration} lautet die Empfehlung: ${CARB_NOTE[p.band]}${p.capped ? '; bei dieser Intensität kommt die meiste Energie aus Fett, daher höchstens etwa die Hälfte der verbrauchten Energie' : ''}.`,
    took: (p) =>
      `Kohlenhydrate könnten knapp geworden sein: Du hast etwa ${p.perH} pro Stunde über ${p.duration} genommen (das zeigt sich eher als nachlassende Energie denn als Krampf).`,
  },
  'short-easy': {
    contributed: () => 'Nichts Bestimmtes: Bei dieser Einheit gibt es keinen Grund zur Sorge.',
    nextTime: () => 'Keine Änderung nötig: Einheiten unter 45 min brauchen unterwegs weder Getränke noch Verpflegung.',
    why: (p) => `${p.duration} ohne Sprung bei Tempo oder Distanz und nicht in der Hitze.`,
  },
};
