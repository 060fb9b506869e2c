/** Month names (accents folded, lower case) in the supported languages; index 0 is January. */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio', 'januari', 'janeiro', 'jaenner', 'janner'],
  ['february', 'februar', 'fevrier', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['march', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'marco'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['june', 'juni', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'juli', 'juillet', 'julio', 'luglio', 'julho'],
  ['august', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'setiembre'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre', 'dezembro'],
];

/**
 * The month (1–12) a word names, full or abbreviated ("Feb.", "févr", "mrt"), or null when the
 * word names none or could name two (a prefix shared by two months, e.g. "ju").
 */
export function monthOfWord(word: string): number | null {
  const w = word.replace(/\.$/, '');
  if (w.length < 3) return null;
  if (w === 'mrt') return 3; // Dutch abbreviation of maart, not a prefix
  let found: number | null = null;
  MONTH_NAMES.forEach((names, index) => {
    if (names.some((name) => name.startsWith(w))) found = found === null || found === index + 1 ? index + 1 : -1;
  });
  return found === -1 ? null : found;
}
