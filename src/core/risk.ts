import type { Finding, FindingId, RiskLevel } from './analysis';
import type { ContributorId } from './i18n/en/cramp';
import { messages } from './i18n/index';
import type { Language } from './profile';

/**
 * Cramp-risk level from the findings. No validated cramp-risk model exists, so this is a
 * transparent points rule: strong evidence (cramp history, faster pace, racing, distance jump;
 * Schwellnus 2011, Frandsen 2025) outweighs weak evidence (fluid, sodium, heat, fuel, weekly load
 * trend), and weak evidence alone can reach "moderate" but never "high". The runner's own cramp
 * log is strong only when this run fits their pattern (a warning); earlier similar cramps alone
 * (a caution) are weak, and a pattern this run does not fit (info) counts nothing.
 */
const STRONG: Partial<Record<FindingId, number>> = {
  'cramp-history': 2,
  'pace-spike': 1.5,
  race: 1.5,
  'distance-spike': 1.5,
};
const WEAK: Partial<Record<FindingId, number>> = {
  'sodium-deficit': 0.75,
  'fluid-deficit': 0.5,
  heat: 0.5,
  'fuel-gap': 0.25,
  /** Week-to-week change showed no link with injury (Frandsen 2025); ACWR is contested. */
  'load-trend': 0.25,
};
/** The runner's own log, by the finding's severity (findings-log.ts). */
const OWN_STRONG = 2;
const OWN_WEAK = 0.5;
const WEAK_CAP = 1.5;
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
  'fuel-gap',
  'load-trend',
];

export function crampRisk(findings: readonly Finding[], language: Language = 'en'): { level: RiskLevel; contributors: string[] } {
  let strong = 0;
  let weak = 0;
  for (const f of findings) {
    if (f.id === 'own-pattern') {
      if (f.severity === 'warning') strong += OWN_STRONG;
      else if (f.severity === 'caution') weak += OWN_WEAK;
      continue;
    }
    const bump = f.severity === 'warning' ? 0.5 : 0;
    const s = STRONG[f.id];
    if (s !== undefined) strong += s + bump;
    const w = WEAK[f.id];
    if (w !== undefined) weak += w + bump / 2;
  }
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
