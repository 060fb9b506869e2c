import type { Finding, FindingId, RiskLevel } from './analysis';
import { CONTRIBUTORS, FINDINGS } from './findings/index';
import { contributorLabel, type Weight } from './findings/define';
import { FINDING_TEXT } from './i18n/index';
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

/** Each finding's points by severity, as the finding declares them (src/core/findings/). */
const WEIGHTS: ReadonlyMap<FindingId, Weight> = new Map(FINDINGS.map((f) => [f.id, f.weight]));
/** Below MODERATE_AT: weak evidence alone stays low. */
const WEAK_CAP = 1;
const MODERATE_AT = 1.5;
const HIGH_AT = 3;

/** The findings that can carry points: the only ones the level depends on (cramp-risk-level.ts). */
export const RISK_FINDINGS = FINDINGS.filter((f) => Object.values(f.weight).some((points) => points !== null));

export function crampRisk(findings: readonly Finding[], language: Language = 'en'): { level: RiskLevel; contributors: string[] } {
  const text = FINDING_TEXT[language];
  const contributors: string[] = [];
  for (const { id } of CONTRIBUTORS) {
    // A finding whose severity carries no points (the own log's pattern this run does not fit) is no contributor.
    if (findings.some((f) => f.id === id && WEIGHTS.get(id)?.[f.severity])) contributors.push(contributorLabel(text[id]) ?? id);
  }
  return { level: riskLevel(findings), contributors };
}

/** The level alone: a finding without points for its severity adds nothing. */
export function riskLevel(findings: readonly Finding[]): RiskLevel {
  let strong = 0;
  let racePace = 0;
  let weak = 0;
  for (const f of findings) {
    const p = WEIGHTS.get(f.id)?.[f.severity] ?? null;
    if (p === null) continue;
    if (p.class === 'strong') strong += p.points;
    else if (p.class === 'race-pace') racePace = Math.max(racePace, p.points);
    else weak += p.points;
  }
  strong += racePace;
  const score = strong + Math.min(WEAK_CAP, weak);
  return score >= HIGH_AT && strong > 0 ? 'high' : score >= MODERATE_AT ? 'moderate' : 'low';
}
