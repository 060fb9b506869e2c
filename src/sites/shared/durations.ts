/**
 * Durations as sites print them: "12:35" (m:ss), "1:02:30" (h:mm:ss), "52s", "41m 56s", "1h 2m",
 * "2 h 05 min", "1 Std. 2 Min.". Unit words in the supported languages are data below.
 */
import { cleanText, damagedNumber, foldAccents, listed } from './text';

/** Unit words (accents folded, trailing dot dropped) by their length in seconds, largest first. */
const UNIT_WORDS: [number, string][] = [
  [86_400, 'd day days tag tage j jour jours dia dias giorno giorni dag dagen'],
  [3600, 'h hr hrs hour hours std stunde stunden u uur heure heures hora horas ora ore'],
  [60, 'm min mins minute minutes minuten minuto minutos minuti'],
  [1, 's sec secs sek second seconds sekunde sekunden seconde secondes seconden segundo segundos seg secondo secondi'],
];

/** Whole seconds shown by `text`, or null when it is not a duration. Never negative, NaN or infinite. */
export function parseDurationS(text: string): number | null {
  const s = foldAccents(cleanText(text));
  if (s.length === 0 || s.length > 60 || damagedNumber(text)) return null;
  const clock = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(s);
  // Two parts are minutes:seconds (Strava never prints h:mm for a duration); three are h:mm:ss.
  if (clock) return clock[3] === undefined ? Number(clock[1]) * 60 + Number(clock[2]) : Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return parseUnitWords(s);
}

/** "1h 2m 3s": each unit at most once, largest first, separated by spaces or commas, nothing else. */
function parseUnitWords(s: string): number | null {
  let total = 0;
  let lastUnit = Number.POSITIVE_INFINITY;
  // Sticky: parts are taken one after the other from the start; anything left over is not a part.
  const rest = s.replace(/(\d{1,6})\s*([a-z]+)\.?[ ,]*/gy, (_, count: string, word: string) => {
    // An unknown unit, or one not smaller than the one before, makes the total NaN: not a duration.
    const unit = UNIT_WORDS.find(([, words]) => listed(words, word))?.[0] ?? lastUnit;
    total += unit < lastUnit ? Number(count) * unit : Number.NaN;
    lastUnit = unit;
    return '';
  });
  return rest === '' && Number.isFinite(total) ? total : null;
}
