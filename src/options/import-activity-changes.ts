import type { Activity, CrampLog } from '../core/activity';
import { formatDistance, formatNumber } from '../core/format';
import type { Units } from '../core/profile';
import { t, uiLanguage } from '../platform/i18n';
import { formatDay } from './format';
import { word } from './value-words';

const keyOf = (a: Activity) => `${a.source}\u0000${a.id ?? ''}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const change = (was: string, will: string) => t('optionsImportValueChange', was, will);

/** Which activity: its day, the name the runner gave it and its distance, as they saw them. */
function activityLabel(activity: Activity, units: Units): string {
  const day = activity.startTime ? formatDay(activity.startTime) : `${activity.source} ${activity.id ?? ''}`.trim();
  const distance = activity.distanceM === undefined ? [] : [formatDistance(activity.distanceM, units, uiLanguage())];
  return [day, ...(activity.title ? [`“${activity.title}”`] : []), ...distance].join(', ');
}

const crampedWord = (log: CrampLog) => t(log.cramped ? 'optionsImportCramped' : 'optionsImportNoCramp');
const atWord = (log: CrampLog) => (log.atMin === undefined ? t('optionsValueNotSet') : t('optionsImportCrampAtMin', formatNumber(log.atMin, 0, uiLanguage())));
const musclesWord = (log: CrampLog) => (log.muscles?.length ? log.muscles.map((m) => word(m)).join(', ') : t('optionsValueNotSet'));

/** The whole log in a few words ("cramp, at 35 min, calves"), for a log the other side lacks. */
function crampSummary(log: CrampLog | undefined): string {
  if (!log) return t('optionsImportCrampNotLogged');
  if (!log.cramped) return crampedWord(log);
  return [crampedWord(log), ...(log.atMin === undefined ? [] : [atWord(log)]), ...(log.muscles?.length ? [musclesWord(log)] : [])].join(', ');
}

/** Only what differs between two logs ("at 35 min → at 42 min; calves → hamstrings"). */
function crampDifference(was: CrampLog | undefined, will: CrampLog | undefined): string {
  if (!was || !will) return change(crampSummary(was), crampSummary(will));
  const parts: string[] = [];
  if (was.cramped !== will.cramped) parts.push(change(crampedWord(was), crampedWord(will)));
  if (was.atMin !== will.atMin) parts.push(change(atWord(was), atWord(will)));
  if (!same(was.muscles ?? [], will.muscles ?? [])) parts.push(change(musclesWord(was), musclesWord(will)));
  return parts.join('; ');
}

/**
 * The cramp logs and intakes the file replaces on stored activities, one line per activity with
 * what changes: a runner's own log is never replaced behind a count of "updated" activities.
 */
export function activityLines(stored: readonly Activity[], merged: readonly Activity[], units: Units): string[] {
  const before = new Map(stored.map((a) => [keyOf(a), a]));
  const lines: string[] = [];
  for (const activity of merged) {
    const previous = before.get(keyOf(activity));
    if (!previous) continue;
    if (!same(previous.cramp, activity.cramp)) {
      lines.push(t('optionsImportCrampLogChange', activityLabel(activity, units), crampDifference(previous.cramp, activity.cramp)));
    }
    if (previous.intake && !same(previous.intake, activity.intake)) lines.push(t('optionsImportIntakeReplaced', activityLabel(activity, units)));
  }
  return lines;
}
