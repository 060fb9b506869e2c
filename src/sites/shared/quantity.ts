/** A number with its unit mark, e.g. "1 448 kJ", "21,1 km", "-3 ℉", "5:12 /km". */
import { type NumberHint, parseLocaleNumber } from './numbers';
import { cleanText, damagedNumber } from './text';
import { type Unit, unitFromSymbol } from './units';

export interface Quantity {
  value: number;
  /** null when the text shows no unit. */
  unit: Unit | null;
}

/**
 * The quantity in `text`. The unit comes from `titleUnit` (the `<abbr title>`, most stable)
 * when given, else from the symbol after the number. Null when `text` holds no leading number,
 * when the number is ambiguous (see numbers.ts), or when text after it is not a unit we know.
 */
export function parseQuantity(text: string, titleUnit: Unit | null, hint: NumberHint = {}): Quantity | null {
  const s = cleanText(text);
  if (s.length === 0 || s.length > 80 || damagedNumber(text)) return null;
  // Pace: minutes:seconds then a per-distance mark ("5:12 /km", "8:22/mi", "4:50 min/km").
  const pace = /^(\d{1,2}):([0-5]\d) ?((min)? ?\/ ?\S+)$/.exec(s);
  if (pace) return { value: Number(pace[1]) * 60 + Number(pace[2]), unit: titleUnit ?? unitFromSymbol(pace[3] ?? '') };
  // Digits with separators; a space only counts when another digit follows it (cleanText left single spaces only).
  const [, number = '', unitText = ''] = /^([-+\u2212]? ?\d(?:[\d.,'’]| (?=\d))*) ?(.*)$/.exec(s) ?? [];
  const value = parseLocaleNumber(number, hint);
  const unit = titleUnit ?? unitFromSymbol(unitText);
  // Text after the number that is not a unit, or that holds digits ("10 .42km" with a title unit),
  // means we are not looking at a plain value: a title unit never excuses it.
  if (value === null || /\d/.test(unitText) || (unitText !== '' && unit === null)) return null;
  return { value, unit };
}
