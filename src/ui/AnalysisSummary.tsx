import type { RiskLevel } from '../core/analysis';
import { formatDistance, formatDuration } from '../core/format';
import type { Units } from '../core/profile';
import { wallClockMs } from '../core/start-time';
import { type MessageKey, t } from '../platform/i18n';
import type { Product } from '../core/product';
import type { Analyzed } from '../platform/messages';
import { planPartsSaid, shownFindings } from './advice';
import { BalanceChart } from './BalanceChart';
import { Estimates } from './Estimates';
import { Findings } from './Findings';
import { headline } from './headline';
import { PlanSummary } from './PlanSummary';
import { SafetyNotes } from './SafetyNotes';

const RISK_LABEL: Record<RiskLevel, MessageKey> = { low: 'riskLow', moderate: 'riskModerate', high: 'riskHigh' };

/** "Sat, 5 Dec 2026": the run's own wall-clock day (start-time.ts), so formatted in UTC. */
export function runDate(startTime: string | undefined, locale: string): string | null {
  const ms = wallClockMs(startTime);
  if (ms === null) return null;
  const options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, options).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(ms);
  }
}

/** The compact form of an analysis, for the popup: which run (its day) and its risk, then the answer. */
export function AnalysisSummary({ analyzed, units, locale, products }: { analyzed: Analyzed; units: Units; locale: string; products?: readonly Product[] }) {
  const { activity, analysis } = analyzed;
  const day = runDate(activity.startTime, locale);
  return (
    <div class="summary" data-risk={analysis.crampRisk.level}>
      {/* The name the runner gave it, as text (never markup): which run this is. */}
      {activity.title && <p class="activity-title">{activity.title}</p>}
      <p class="when">
        {day && <span class="when-day">{day}</span>}
        <span class={`cc-risk cc-risk-${analysis.crampRisk.level}`}>{t(RISK_LABEL[analysis.crampRisk.level])}</span>
      </p>
      <p class="facts">
        {formatDuration(activity.movingS)}
        {activity.distanceM !== undefined && ` · ${formatDistance(activity.distanceM, units, locale)}`}
      </p>
      <p class="headline">{headline(analysis)}</p>
      <SafetyNotes notes={analysis.safety} />
      <Estimates analysis={analysis} units={units} locale={locale} />
      <BalanceChart balance={analysis.balance} units={units} locale={locale} />
      <PlanSummary plan={analysis.plan} units={units} locale={locale} said={planPartsSaid(shownFindings(analysis.findings, 2))} products={products} />
      <Findings findings={analysis.findings} limit={2} />
    </div>
  );
}
