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
  wholeNumber?: boolean | undefined;
  /** The page language's decimal separator, when the page declares a language. */
  decimalSeparator?: '.' | ',' | undefined;
}

/** The number a page shows in `text` (only a number, optionally signed), or null. Never NaN/Infinity. */
export function parseLocaleNumber(text: string, hint: NumberHint = {}): number | null {
  let s = text.trim().replace(/\u2212/g, '-');
  const sign = s[0] === '-' ? -1 : 1;
  if (/^[-+]/.test(s)) s = s.slice(1).trim();
  s = s.replace(/(\d)[ \u00a0\u2007\u2009\u202f'’](?=\d{3}(?!\d))/g, '$1'); // rule 1
  if (s.length > 40 || !/^\d+([.,]\d+)*$/.test(s)) return null;
  const plain = toPlainDecimal(s, hint);
  return plain === null ? null : sign * Number(plain);
}

/** "1.234,5" → "1234.5" following the rules above; null when ambiguous or malformed. */
function toPlainDecimal(s: string, hint: NumberHint): string | null {
  const separator = /[.,](?=\d+$)/.exec(s)?.[0];
  if (!separator) return s;
  const parts = s.split(separator);
  const [whole = '', fraction = ''] = parts;
  const grouping = separator === '.' ? ',' : '.';
  let decimal: boolean | undefined;
  if (s.includes(grouping)) decimal = parts.length === 2 || undefined; // rule 2
  else if (parts.length > 2) decimal = false; // rule 3
  else if (fraction.length !== 3 || whole.length > 3) decimal = true; // rule 4
  else if (hint.wholeNumber) decimal = false; // rule 5
  else if (hint.decimalSeparator) decimal = hint.decimalSeparator === separator;
  if (decimal === undefined) return null;
  const groups = decimal ? whole.split(grouping) : parts;
  // Thousands groups: the first 1–3 digits, every later one exactly 3.
  if (groups.length > 1 && !groups.every((group, index) => (index ? group.length === 3 : group.length < 4))) return null;
  return decimal ? `${groups.join('')}.${fraction}` : groups.join('');
}

/** The decimal separator of a page language: '.' for English, ',' for the other supported ones. */
export function decimalSeparatorOf(language: string): '.' | ',' | undefined {
  if (language === 'en') return '.';
  return /^(de|fr|es|it|nl|pt)$/.test(language) ? ',' : undefined;
}
