/**
 * A local start time as sites print it, in any supported language, to ISO 8601 without a zone
 * (the page shows local time and no offset): "11:04 AM on Monday, February 25, 2019",
 * "11:04 am Montag, 25. Februar 2019", "11 h 04 le lundi 25 février 2019", "2019-02-25 23:04".
 */
import { cleanText, foldAccents, invisibleInNumber } from './text';

/**
 * Month names (accents folded) in en, de, fr, es, it, nl, pt, January first. Abbreviations are
 * matched as prefixes ("feb.", "févr"), so a name that starts another one ("juni" of "junio")
 * is left out: the longer name matches it too.
 */
const MONTHS = [
  'january janvier enero gennaio januari janeiro jaenner janner', 'february fevrier febrero febbraio februari fevereiro',
  'march maerz mars marzo maart marco', 'avril abril aprile', 'mayo maggio mei maio', 'june juin junio giugno junho',
  'july juillet julio luglio julho', 'aout agosto augustus', 'september septembre septiembre settembre setembro setiembre',
  'october oktober octobre octubre ottobre outubro', 'november novembre noviembre novembro', 'december dezember decembre diciembre dicembre dezembro',
];

const TIME = /\b(\d{1,2})\s*[:h]\s*(\d{2})(?:\s*:\s*(\d{2}))?\s*([ap]\.?\s?m\.?)?(?!\d)/i;
/** A whole hour with its meridiem and no minutes ("7 AM on Friday…"). */
const HOUR_ONLY = /\b(\d{1,2})()()\s*([ap]\.?\s?m\.?)(?![\p{L}\d])/iu;
/** Words that may stand between a day and its month ("25 de febrero", "the 5th of May"). */
const JOINERS = new Set(['de', 'del', 'of', 'le', 'el']);
const pad = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DDTHH:MM:SS", "YYYY-MM-DD" when no time is shown, or null when no full date is found. */
export function parseLocalDateTime(text: string, language = ''): string | null {
  let s = foldAccents(cleanText(text)).replace(/(\d)t(\d)/g, '$1 $2');
  if (s.length === 0 || s.length > 200 || invisibleInNumber(text)) return null;
  let time = '';
  const clock = TIME.exec(s) ?? wholeHour(s, language);
  if (clock) {
    const hhmmss = toClock(clock, language);
    if (hhmmss === null) return null;
    time = `T${hhmmss}`;
    s = s.replace(clock[0], ' ');
  }
  const date = findDate(s);
  return date && date + time;
}

/** "7 am": only when the meridiem stays one (German "am" is a word, see toClock). */
function wholeHour(s: string, language: string): RegExpExecArray | null {
  const found = HOUR_ONLY.exec(s);
  return found && toClock(found, language) !== null && !(language === 'de' || Number(found[1]) > 12 || Number(found[1]) === 0) ? found : null;
}

function toClock([, h, m = '', s = '0', meridiemText = '']: RegExpExecArray, language: string): string | null {
  let hours = Number(h);
  let meridiem = meridiemText.replace(/[.\s]/g, '').toLowerCase();
  // German "14:30 am Montag" means "on Monday": there "am" is a word, not a.m.
  if (meridiem === 'am' && (language === 'de' || hours > 12 || hours === 0)) meridiem = '';
  if (Number(m) > 59 || Number(s) > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (hours > 23) return null;
  return `${pad(hours)}:${m || '00'}:${(s || '0').padStart(2, '0')}`;
}

function findDate(s: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (iso) return validDate(iso[1] ?? '', Number(iso[2]), iso[3] ?? '');
  const year = /\b(19|20)\d\d\b/.exec(s);
  if (!year) return null;
  const rest = s.replace(year[0], ' ');
  const month = monthIn(rest);
  const day = dayIn(rest);
  return month && day ? validDate(year[0], month, day) : null;
}

/**
 * The day of the month: the only one- or two-digit number left, or, when several are, the one
 * written next to the month's name ("20" in "7 on Friday, November 20"); '' when that is unclear.
 */
function dayIn(s: string): string {
  const tokens = s.match(/\p{L}+\.?|\d+/gu) ?? [];
  const days = tokens.flatMap((token, index) => (/^\d{1,2}$/.test(token) ? [index] : []));
  if (days.length === 1) return tokens[days[0] ?? 0] ?? '';
  const isMonth = (index: number) => monthIn(tokens[index] ?? '') !== 0;
  const beside = (index: number, step: number) => {
    let at = index + step;
    while (JOINERS.has(tokens[at] ?? '')) at += step;
    return isMonth(at);
  };
  const next = days.filter((index) => beside(index, -1) || beside(index, 1));
  return next.length === 1 ? (tokens[next[0] ?? 0] ?? '') : '';
}

/**
 * The month named in the text, or 0 when none or two different ones are. A word names a month
 * when it starts the names of exactly one ("feb.", "fevr"; not "ju"), or is Dutch "mrt". "mar."
 * also abbreviates Tuesday (mardi, martes, martedì), so it only counts when no other month is named.
 */
function monthIn(s: string): number {
  const named = new Map<number, boolean>();
  for (const word of s.match(/\p{L}+\.?/gu) ?? []) {
    const w = word.replace(/\.$/, '');
    const months = w === 'mrt' ? [3] : w.length < 3 ? [] : MONTHS.flatMap((names, index) => (` ${names}`.includes(` ${w}`) ? [index + 1] : []));
    const [month = 0] = months;
    if (months.length === 1) named.set(month, (named.get(month) ?? true) && w === 'mar');
  }
  const months = [...named].filter(([, weekdayToo]) => !weekdayToo || named.size === 1);
  return months.length === 1 ? (months[0]?.[0] ?? 0) : 0;
}

function validDate(year: string, month: number, day: string): string | null {
  const daysInMonth = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  if (month < 1 || month > 12 || Number(day) < 1 || Number(day) > daysInMonth) return null;
  return `${Number(year)}-${pad(month)}-${day.padStart(2, '0')}`;
}
