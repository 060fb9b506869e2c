import { expect, it } from 'vitest';
import { type Activity, analyze, type Finding, type FindingId, type Language, type Profile } from '../../../src/core/index';
import { TRANSLATIONS } from '../../../src/core/languages';
import { FINDINGS } from '../../../src/core/findings/index';
import { crampRisk } from '../../../src/core/risk';
import { pastRun, profile, } from '../helpers';

/** Four training runs at 5:00 /km in the 30 days before 2024-06-01, the longest 20 km. */
export const usualRuns = [pastRun(3, 10_000, 3000), pastRun(7, 12_000, 3600), pastRun(12, 20_000, 6000), pastRun(20, 10_000, 3000)];

export interface Case {
  name: string;
  activity: Activity;
  profile?: Profile;
  history?: Activity[];
}

export const findingsOf = (c: Case, language: Language = 'en'): Finding[] =>
  analyze(c.activity, { ...(c.profile ?? profile()), language }, c.history ?? [], new Date('2024-06-02T00:00:00Z')).findings;
export const findingOf = (c: Case, id: FindingId, language: Language = 'en'): Finding | undefined => findingsOf(c, language).find((f) => f.id === id);

/**
 * What every finding's own test checks: it fires on a realistic case with sentences in every
 * language and its sources, not on its control, and counts towards cramp risk as it declares.
 */
export function itBehavesAsDeclared(id: FindingId, fires: Case, quiet: Case): void {
  const declared = FINDINGS.find((f) => f.id === id);

  it(`fires on ${fires.name}, in every language`, () => {
    const f = findingOf(fires, id);
    expect(f).toBeDefined();
    expect(f?.sources.length).toBeGreaterThan(0);
    expect(f?.why?.length).toBeGreaterThan(20);
    expect(f?.contributed.length).toBeGreaterThan(10);
    expect(f?.nextTime.length).toBeGreaterThan(10);
    for (const language of TRANSLATIONS) {
      const local = findingOf(fires, id, language);
      expect(local?.severity).toBe(f?.severity);
      expect(local?.nextTime).not.toBe(f?.nextTime);
    }
  });

  it(`does not fire on ${quiet.name}`, () => {
    expect(findingsOf(quiet).map((f) => f.id)).not.toContain(id);
  });

  it('counts towards cramp risk as its declaration says', () => {
    const f = findingOf(fires, id) as Finding;
    const points = declared?.weight[f.severity] ?? null;
    const risk = crampRisk([f]);
    expect(risk.contributors.length).toBe(points === null ? 0 : 1);
    // Weak evidence alone stays low; strong evidence reaches its level by its points.
    const expected = points === null || points.class === 'weak' ? 'low' : points.points >= 3 ? 'high' : points.points >= 1.5 ? 'moderate' : 'low';
    expect(risk.level).toBe(expected);
  });
}
