/**
 * Text helpers shared by every site adapter. Page text is only ever read through `textContent`
 * (never parsed as markup), so markup a page or an attacker puts in a name stays inert text.
 */

/**
 * The text with every run of whitespace collapsed to one ASCII space, trimmed. `\s` covers the
 * no-break, thin, narrow no-break and figure spaces sites put inside numbers.
 */
export function cleanText(raw: string | null | undefined): string {
  // Not U+FEFF: \s counts it, but inside a number it is damage to see, not a space to split on.
  return (raw ?? '').replace(/[^\S\uFEFF]+/g, ' ').trim();
}

/**
 * Whether the number in `text` was damaged: an invisible character (zero-width space, BOM, soft
 * hyphen, direction mark…) inside it, or a space beside a decimal separator ("10 .42", "6. 47").
 * `cleanText` would turn the first into a space and split the number, so a reader that cleans
 * first reads "6\uFEFF.47" as 6. Such text is refused, never half-read.
 */
export function damagedNumber(raw: string): boolean {
  return invisibleInNumber(raw) || /\d\s+[.,]\d|\d[.,]\s+\d/.test(cleanText(raw));
}

/** An invisible character between two digits or separators ("2\u200B4", "6\uFEFF.47", "11:\u200B04"). */
export function invisibleInNumber(raw: string): boolean {
  return /[\d.,:](?:\p{Cf}|\u034f|\u115f|\u1160|\u3164)+[\d.,:]/u.test(raw);
}

/** The visible text of an element, cleaned; '' when the element is missing. */
export function textOf(element: Element | null | undefined): string {
  return cleanText(element?.textContent);
}

/** Lower case without accents, so "Température", "temperature" and "TEMPERATURE" compare equal. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A label reduced for table look-up: accents folded, typographic apostrophes made plain ("Dépense d’énergie"), spaces collapsed, trailing colon dropped. */
export function foldLabel(text: string): string {
  return cleanText(foldAccents(text)).replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s*:$/, '');
}

/** Only the letters of a name: "E-Bike Ride" and "EBikeRide" both become "ebikeride". */
export function foldLetters(text: string): string {
  return foldAccents(text).replace(/\P{L}/gu, '');
}

/** Whether `word` is one of the space-separated words of `list` (word lists are kept as one string). */
export function listed(list: string, word: string): boolean {
  return ` ${list} `.includes(` ${word} `);
}

/** The two-letter language of the page (`<html lang="de-DE">` → "de"), or '' when not declared. */
export function pageLanguage(doc: Document): string {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return /^[a-z]{2}/i.test(lang) ? lang.slice(0, 2).toLowerCase() : '';
}

/** Page text quoted inside a message: short, and without angle brackets so it can never read as markup. */
export function quoted(text: string): string {
  const clean = cleanText(text).replace(/[<>]/g, '');
  return `"${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}"`;
}
