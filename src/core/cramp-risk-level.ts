import type { Activity } from './activity';
import type { Finding, RiskLevel } from './analysis';
import { analysisContext } from './analysis-context';
import { safeAnalysis } from './fallback';
import type { Profile } from './profile';
import { profileLanguage } from './profile-inputs';
import { RISK_FINDINGS, riskLevel } from './risk';

/**
 * `analyze(...).crampRisk.level`, from the same context (analysis-context.ts) and the same rules,
 * running only the rules that can carry risk points, and working out no plan, estimates or notes
 * that none of them reads: the popup's 8-week view rates every run in it. Never throws, like
 * `analyze` (whose answer on a failure is a low risk).
 */
export function crampRiskLevel(activity: Activity, profile: Profile, history: readonly Activity[] = [], now?: Date): RiskLevel {
  try {
    const { ctx } = analysisContext(activity, profile, Array.isArray(history) ? history : [], now);
    const findings: Finding[] = [];
    for (const finding of RISK_FINDINGS) {
      const f = finding.run(ctx);
      if (f !== null) findings.push(f);
    }
    return riskLevel(findings);
  } catch {
    return safeAnalysis(profileLanguage(profile)).crampRisk.level;
  }
}
