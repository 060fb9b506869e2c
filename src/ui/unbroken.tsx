import type { ComponentChildren } from 'preact';

/**
 * A number and the unit after it ("50 %", "350 mL", "10 min/km", "5 h 39 min"), the way the engine
 * and format.ts write them. The units are the ones format.ts and the catalogues use; a line may
 * break between values, never inside one ("50 / % was assumed" reads as broken).
 */
const UNIT = '(?:%|mL|L/h|L|mg/h|mg/L|mg|g/h|g|kg|lb|cm|in|km|mi|ft|m|min/km|min/mi|/km|/mi|min|h|s|°C|°F|fl oz|kcal|bpm|W)(?![\\p{L}\\d])';
const VALUE = `\\d[\\d.,\\u202f\\u00a0]*`;
const DURATION = `${VALUE} h ${VALUE} min(?![\\p{L}])`;
export const VALUE_WITH_UNIT = new RegExp(`(?:≈ )?(?:${DURATION}|${VALUE}(?: ${UNIT}|${UNIT})(?:[–-]${VALUE} ${UNIT})?)`, 'gu');

/**
 * The text with each value and its unit in a span that does not wrap (`.cc-nb`): the text read
 * aloud or copied is unchanged, only where a line may break.
 */
export function unbroken(text: string): ComponentChildren {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(VALUE_WITH_UNIT)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      <span class="cc-nb" key={at}>
        {match[0]}
      </span>,
    );
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.length === 1 ? parts[0] : parts;
}
