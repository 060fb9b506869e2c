/** A number with its unit mark, e.g. "1 448 kJ", "21,1 km", "-3 ℉", "5:12 /km". */
import { parseDurationS } from './durations';
import { type NumberHint, parseLocaleNumber } from './numbers';
import { cleanText } from './text';
import { type Unit, unitFromSymbol } from './units';

export interface Quantity {
  value: number;
  /** null when the text shows no unit, or one we do not know. */
  unit: Unit | null;
  /** The unit text as shown, for messages. */
  unitText: string;
}

/** Digits with separators; a space only counts when another digit follows it. */
const LEADING_NUMBER = /^([-+\u2212]?\s?\d(?:[\d.,'’]|[ \u00a0\u2007\u2009\u202f](?=\d))*)(.*)$/su;
/** Pace: minutes:seconds then a per-distance mark ("5:12 /km", "8:22/mi", "4:50 min/km"). */
const PACE = /^(\d{1,2}:[0-5]\d)\s*((?:min)?\s*\/\s*\S+)$/u;

/**
 * The quantity in `text`. The unit comes from `titleUnit` (the `<abbr title>`, most stable)
 * when given, else from the symbol after the number. Null when `text` holds no leading number
 * or when the number is ambiguous (see numbers.ts).
 */
export function parseQuantity(text: string, titleUnit: Unit | null, hint: NumberHint = {}): Quantity | null {
  const s = cleanText(text);
  if (s.length === 0 || s.length > 80) return null;
  const pace = PACE.exec(s);
  if (pace) {
    const seconds = parseDurationS(pace[1] ?? '');
    const unitText = (pace[2] ?? '').replace(/\s+/g, '');
    return seconds === null ? null : { value: seconds, unit: titleUnit ?? unitFromSymbol(unitText), unitText };
  }
  const match = LEADING_NUMBER.exec(s);
  if (!match) return null;
  const value = parseLocaleNumber((match[1] ?? '').replace(/\s+$/, ''), hint);
  if (value === null) return null;
  const unitText = cleanText(match[2]);
  const unit = titleUnit ?? (unitText === '' ? null : unitFromSymbol(unitText));
  // Text after the number that is not a unit means we are not looking at a plain value.
  if (unitText !== '' && unit === null) return null;
  return { value, unit, unitText };
}
