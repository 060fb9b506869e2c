/**
 * The activity's name as the runner gave it ("Morning Trail Run"), for the popup to say which run
 * it means. Plain text only, cut to ACTIVITY_TITLE_MAX: it is shown as text, never as markup.
 */
import { ACTIVITY_TITLE_MAX } from '../../core/limits';
import { cleanText } from '../shared/text';
import type { StravaReading } from './reading';

/** The logged-in page names it in its heading; the Next.js page only in the document title ("Evening Walk | Strava"). */
export function stravaTitle(reading: StravaReading): string | undefined {
  const fromTitle = reading.layout === 'next' ? (reading.title.split(' | ')[0] ?? '') : '';
  // Control and format characters (direction overrides, zero-width marks) would reorder or hide what the popup says.
  const name = cleanText((reading.name || fromTitle).replace(/[\p{Cc}\p{Cf}]/gu, ''));
  if (name === '' || name.toLowerCase() === 'strava') return undefined;
  return [...name].slice(0, ACTIVITY_TITLE_MAX).join('');
}
