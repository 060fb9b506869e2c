/**
 * Durations as sites print them: "12:35" (m:ss), "1:02:30" (h:mm:ss), "52s", "41m 56s", "1h 2m",
 * "2 h 05 min", "1 Std. 2 Min.". Unit words in the supported languages are data below.
 */
import { cleanText, foldAccents } from './text';

/** Seconds per unit word (accents folded, trailing dot dropped). */
const SECONDS_PER_WORD: Record<string, number> = {
  d: 86_400, day: 86_400, days: 86_400, tag: 86_400, tage: 86_400, j: 86_400, jour: 86_400, jours: 86_400, dia: 86_400, dias: 86_400, giorno: 86_400, giorni: 86_400, dag: 86_400, dagen: 86_400,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600, std: 3600, stunde: 3600, stunden: 3600, u: 3600, uur: 3600, heure: 3600, heures: 3600, hora: 3600, horas: 3600, ora: 3600, ore: 3600,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60, minuten: 60, minuto: 60, minutos: 60, minuti: 60,
  s: 1, sec: 1, secs: 1, sek: 1, second: 1, seconds: 1, sekunde: 1, sekunden: 1, seconde: 1, secondes: 1, seconden: 1, segundo: 1, segundos: 1, seg: 1, secondo: 1, secondi: 1,
};

const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;
const UNIT_PART = /(\d{1,6})\s*([a-z]+)\.?/gy;

/** Whole seconds shown by `text`, or null when it is not a duration. Never negative, NaN or infinite. */
export function parseDurationS(text: string): number | null {
  const s = foldAccents(cleanText(text));
  if (s.length === 0 || s.length > 60) return null;
  const clock = CLOCK.exec(s);
  if (clock) {
    const [, first = '0', second = '0', third] = clock;
    // Two parts are minutes:seconds (Strava never prints h:mm for a duration); three are h:mm:ss.
    return third === undefined ? Number(first) * 60 + Number(second) : Number(first) * 3600 + Number(second) * 60 + Number(third);
  }
  return parseUnitWords(s);
}

/** "1h 2m 3s": each unit at most once, largest first, nothing else in the text. */
function parseUnitWords(s: string): number | null {
  UNIT_PART.lastIndex = 0;
  let total = 0;
  let lastUnit = Number.POSITIVE_INFINITY;
  let position = 0;
  while (position < s.length) {
    UNIT_PART.lastIndex = position;
    const part = UNIT_PART.exec(s);
    if (!part) return null;
    const unit = SECONDS_PER_WORD[part[2] ?? ''];
    if (unit === undefined || unit >= lastUnit) return null;
    total += Number(part[1]) * unit;
    lastUnit = unit;
    position = UNIT_PART.lastIndex;
    while (s[position] === ' ' || s[position] === ',') position++;
  }
  return lastUnit === Number.POSITIVE_INFINITY ? null : total;
}
