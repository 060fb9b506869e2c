import type { SafetyMessages } from '../en/safety';

/** Deutsch (du-Form): Warnzeichen, bei denen ärztliche Hilfe nötig ist. */
export const safety: SafetyMessages = {
  safetyHyponatremia: () =>
    'Zu wenig Natrium im Blut (Hyponatriämie): Kopfschmerzen, Übelkeit oder Erbrechen, Verwirrtheit, geschwollene Hände oder Füße oder mehr Gewicht nach als vor der Einheit brauchen ärztliche Hilfe – nicht mehr trinken. Die Zeichen können bis zu 24 h danach beginnen.',
  safetyHeatIllness: () =>
    'Hitzeerkrankung: Verwirrtheit, Taumeln, Zusammenbruch, Erbrechen oder heiße Haut heißen: sofort aufhören. Zuerst kühlen (kaltes Wasser, Eis, Schatten) und den Notruf wählen.',
  safetySeeDoctor: (p) =>
    `${p.often ? 'Du bekommst oft Krämpfe. ' : ''}${p.shortEasy ? 'Du hast einen Krampf bei einer kurzen, lockeren Einheit eingetragen. ' : ''}${p.logged !== null ? `Du hast ${p.logged} Krämpfe in 30 Tagen eingetragen. ` : ''}Geh zur Ärztin oder zum Arzt, wenn Krämpfe in Ruhe oder nachts kommen, oft ohne Sport, mit Schwäche, oder mit dunklem (colafarbenem) Urin und starken Muskelschmerzen nach einer langen oder harten Belastung, oder wenn sie mit einem neuen Medikament (etwa Statinen oder Entwässerungsmitteln) begannen.`,
  safetyFrostbite: (p: { windChillC: string }) =>
    `Erfrierungen: Mit deinem eigenen Tempo lag die gefühlte Temperatur (Windchill) bei etwa ${p.windChillC}, unter −27 °C, wo freie Haut innerhalb von 30 Minuten erfrieren kann. Bedecke Gesicht, Ohren und Hände und hör auf, wenn Haut weiß, taub oder wachsartig wird.`,
  safetyCold: () =>
    'Kälte: Bei einer langen Einheit unter weißer Flagge können nasse Kleidung und langsameres Tempo dich auskühlen (Unterkühlung). Nimm eine Schicht zum Anziehen mit, bleib trocken und mach dich auf den Heimweg, wenn du stark zitterst oder dich ungeschickt oder verwirrt fühlst.',
};
