import type { Finding, FindingId, RiskLevel } from './analysis';
import type { ContributorId } from './i18n/en/cramp';
import { messages } from './i18n/index';
import type { Language } from './profile';

/**
 * Cramp-risk level from the findings. No validated cramp-risk model exists, so this is a
 * transparent points rule: strong evidence (cramp history, going faster than usual, racing,
 * distance jump; Schwellnus 2011, Frandsen 2025) outweighs weak evidence (fluid, sodium, heat,
 * weekly load trend), and weak evidence alone stays "low". Racing and a faster pace are one factor
 * (a race is run faster than training: counting both counts the same thing twice). Fuel does not
 * count: no study links carbohydrate to cramps. The one weak factor that may reach "moderate" on its
 * own is a salty sweater's large sodium loss in a long hot session (Stofan 2005; Bergeron 2003),
 * which `sodium-deficit` marks as a warning. The runner's own cramp log is strong only when this
 * run fits their pattern (a warning); earlier similar cramps alone (a caution) are weak, and a
 * pattern this run does not fit (info) counts nothing.
 */
const STRONG: Partial<Record<FindingId, number>> = {
  'cramp-history': 2,
  'distance-spike': 1.5,
};
/** Race and pace: the larger of the two counts. */
const RACE_PACE: Partial<Record<FindingId, number>> = { 'pace-spike': 1.5, race: 1.5 };
const WEAK: Partial<Record<FindingId, number>> = {
  'sodium-deficit': 0.5,
  'fluid-deficit': 0.5,
  heat: 0.5,
  /** Week-to-week change showed no link with injury (Frandsen 2025); ACWR is contested. */
  'load-trend': 0.25,
};
/** A salty sweater's large loss in a long hot session (sodium-deficit as a warning). */
const SALTY_LONG_HOT = 1.5;
/** The runner's own log, by the finding's severity (findings-log.ts). */
const OWN_STRONG = 2;
const OWN_WEAK = 0.5;
/** Below MODERATE_AT: weak evidence alone stays low. */
const WEAK_CAP = 1;
const MODERATE_AT = 1.5;
const HIGH_AT = 3;

/** Contributors for the risk summary (labels in i18n/), strongest first. */
const ORDER: ContributorId[] = [
  'cramp-history',
  'own-pattern',
  'pace-spike',
  'race',
  'distance-spike',
  'sodium-deficit',
  'fluid-deficit',
  'heat',
  'load-trend',
];

export function crampRisk(findings: readonly Finding[], language: Language = 'en'): { level: RiskLevel; contributors: string[] } {
  let strong = 0;
  let racePace = 0;
  let weak = 0;
  for (const f of findings) {
    const bump = f.severity === 'warning' ? 0.5 : 0;
    if (f.id === 'own-pattern') {
      if (f.severity === 'warning') strong += OWN_STRONG;
      else if (f.severity === 'caution') weak += OWN_WEAK;
    } else if (f.id === 'sodium-deficit' && f.severity === 'warning') {
      strong += SALTY_LONG_HOT;
    } else if (RACE_PACE[f.id] !== undefined) {
      racePace = Math.max(racePace, (RACE_PACE[f.id] as number) + bump);
    } else if (STRONG[f.id] !== undefined) {
      strong += (STRONG[f.id] as number) + bump;
    } else if (WEAK[f.id] !== undefined) {
      weak += WEAK[f.id] as number;
    }
  }
  strong += racePace;
  const score = strong + Math.min(WEAK_CAP, weak);
  const level: RiskLevel = score >= HIGH_AT && strong > 0 ? 'high' : score >= MODERATE_AT ? 'moderate' : 'low';
  const m = messages(language);
  const contributors: string[] = [];
  for (const id of ORDER) {
    // A pattern this run does not fit (info) is no contributor.
    if (findings.some((f) => f.id === id && (id !== 'own-pattern' || f.severity !== 'info'))) contributors.push(m.contributor(id));
  }
  return { level, contributors };
}
