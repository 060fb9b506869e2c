import type { Finding, FindingId } from '../core/analysis';

const ORDER = { warning: 0, caution: 1, info: 2 } as const;

/**
 * Findings whose whole message the panel already says elsewhere: "nothing to worry about" is the
 * headline and "no drinks needed" the plan line, so a card repeating both is noise.
 */
const SAID_ELSEWHERE: ReadonlySet<FindingId> = new Set(['short-easy']);

/** The findings a surface shows, most severe first, at most `limit`. */
export function shownFindings(findings: readonly Finding[], limit = findings.length): Finding[] {
  return findings
    .filter((f) => !SAID_ELSEWHERE.has(f.id))
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
    .slice(0, limit);
}

export type PlanPart = 'fluid' | 'sodium' | 'carbs';

/** Which part of the plan line a finding's "Next time" already says, in full and with its caveats. */
const PART_OF: Partial<Record<FindingId, PlanPart>> = {
  'fluid-deficit': 'fluid',
  'overdrinking-risk': 'fluid',
  'sodium-deficit': 'sodium',
  'fuel-gap': 'carbs',
};

/** The plan parts the shown findings say, so the plan line says each piece of advice once. */
export function planPartsSaid(shown: readonly Finding[]): Set<PlanPart> {
  return new Set(shown.flatMap((f) => PART_OF[f.id] ?? []));
}
