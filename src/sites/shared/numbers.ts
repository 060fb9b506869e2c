/**
 * Locale-aware number parsing. The rule for a separator ('.' or ','):
 * 1. Spaces (normal, no-break, thin, narrow) and apostrophes between digit groups of three are
 *    always thousands separators: "1 448" → 1448, "1'448" → 1448.
 * 2. When both '.' and ',' appear, the last one is the decimal separator: "1,234.5" / "1.234,5".
 * 3. The same separator appearing twice or more groups thousands: "1,234,567", "1.234.567".
 * 4. A single separator NOT followed by exactly three digits is decimal: "21,1" → 21.1, "5.19".
 * 5. A single separator followed by exactly three digits ("1,295", "1.448") is ambiguous:
 *    - quantities Strava always shows as whole numbers (elevation, kJ, kcal, bpm, %) → thousands;
 *    - otherwise the page language decides (its decimal separator → decimal, the other → thousands);
 *    - with neither, the value is refused (null) rather than guessed.
 */

export interface NumberHint {
  /** The site always shows this quantity as a whole number, so "1,295" can only mean 1295. */
  wholeNumber?: boolean;
  /** The page language's decimal separator, when the page declares a language. */
  decimalSeparator?: '.' | ',' | undefined;
}

/** Groups of three digits separated by a space or apostrophe: thousands (rule 1). */
const SPACE_GROUPING = /(\d)[ \u00a0\u2007\u2009\u202f'’](?=\d{3}(?!\d))/g;
const NUMBER_SHAPE = /^\d+(?:[.,]\d+)*$/;

/** The number a page shows in `text` (only a number, optionally signed), or null. Never NaN/Infinity. */
export function parseLocaleNumber(text: string, hint: NumberHint = {}): number | null {
  let s = text.trim().replace(/\u2212/g, '-');
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1).trim();
  }
  s = s.replace(SPACE_GROUPING, '$1');
  if (s.length > 40 || !NUMBER_SHAPE.test(s)) return null;
  const plain = toPlainDecimal(s, hint);
  if (plain === null) return null;
  const value = sign * Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** "1.234,5" → "1234.5" following the rules above; null when ambiguous or malformed. */
function toPlainDecimal(s: string, hint: NumberHint): string | null {
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots === 0 && commas === 0) return s;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1) return null;
    const [whole = '', fraction = ''] = s.split(decimal);
    return validGroups(whole.split(grouping)) ? `${whole.split(grouping).join('')}.${fraction}` : null;
  }
  const separator = dots > 0 ? '.' : ',';
  const parts = s.split(separator);
  if (parts.length > 2) return validGroups(parts) ? parts.join('') : null;
  const [whole = '', fraction = ''] = parts;
  if (fraction.length !== 3 || whole.length > 3) return `${whole}.${fraction}`;
  if (hint.wholeNumber) return `${whole}${fraction}`;
  if (hint.decimalSeparator) return hint.decimalSeparator === separator ? `${whole}.${fraction}` : `${whole}${fraction}`;
  return null;
}

/** Thousands groups: the first 1–3 digits, every later one exactly 3. */
function validGroups(groups: string[]): boolean {
  return groups.every((group, index) => (index === 0 ? group.length >= 1 && group.length <= 3 : group.length === 3));
}

/** The decimal separator of a page language: '.' for English, ',' for the other supported ones. */
export function decimalSeparatorOf(language: string): '.' | ',' | undefined {
  if (language === 'en') return '.';
  return ['de', 'fr', 'es', 'it', 'nl', 'pt'].includes(language) ? ',' : undefined;
}
