/**
 * A local start time as sites print it, in any supported language, to ISO 8601 without a zone
 * (the page shows local time and no offset): "11:04 AM on Monday, February 25, 2019",
 * "11:04 am Montag, 25. Februar 2019", "11 h 04 le lundi 25 février 2019", "2019-02-25 23:04".
 */
import { monthOfWord } from './months';
import { cleanText, foldAccents } from './text';

const TIME = /\b(\d{1,2})\s*(?::|h)\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?(?![\d])/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const YEAR = /\b(19\d{2}|20\d{2})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:MM:SS", "YYYY-MM-DD" when no time is shown, or null when no full date is found. */
export function parseLocalDateTime(text: string, language = ''): string | null {
  let s = foldAccents(cleanText(text)).replace(/(\d)t(\d)/g, '$1 $2');
  if (s.length === 0 || s.length > 200) return null;
  let time = '';
  const clock = TIME.exec(s);
  if (clock) {
    const hhmmss = toClock(clock, language);
    if (hhmmss === null) return null;
    time = hhmmss;
    s = s.replace(clock[0], ' ');
  }
  const date = findDate(s);
  if (date === null) return null;
  return time === '' ? date : `${date}T${time}`;
}

function toClock(match: RegExpExecArray, language: string): string | null {
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  let meridiem = (match[4] ?? '').replace(/[.\s]/g, '').toLowerCase();
  // German "14:30 am Montag" means "on Monday": there "am" is a word, not a.m.
  if (meridiem === 'am' && (language === 'de' || hours > 12 || hours === 0)) meridiem = '';
  if (minutes > 59 || seconds > 59) return null;
  if (meridiem !== '') {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hours > 23) return null;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

function findDate(s: string): string | null {
  const iso = ISO_DATE.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const year = YEAR.exec(s);
  if (!year) return null;
  const rest = s.replace(year[0], ' ');
  const month = monthIn(rest);
  const day = /\b(\d{1,2})\b/.exec(rest);
  if (month === null || !day) return null;
  return validDate(Number(year[1]), month, Number(day[1]));
}

/**
 * The month named in the text, or null when none or two different ones are. "mar." also
 * abbreviates Tuesday (mardi, martes, martedì), so it only counts when no other month is named.
 */
function monthIn(s: string): number | null {
  const named = new Map<number, boolean>();
  for (const word of s.match(/\p{L}+\.?/gu) ?? []) {
    const month = monthOfWord(word);
    const weekdayToo = word.replace('.', '') === 'mar';
    if (month !== null) named.set(month, (named.get(month) ?? true) && weekdayToo);
  }
  const months = [...named].filter(([, weekdayToo]) => !weekdayToo || named.size === 1).map(([month]) => month);
  return months.length === 1 ? (months[0] ?? null) : null;
}

function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? null : `${year}-${pad(month)}-${pad(day)}`;
}
