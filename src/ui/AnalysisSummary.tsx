import { formatDistance, formatDuration } from '../core/format';
import type { Units } from '../core/profile';
import type { Analyzed } from '../platform/messages';
import { planPartsSaid, shownFindings } from './advice';
import { Estimates } from './Estimates';
import { Findings } from './Findings';
import { headline } from './headline';
import { PlanSummary } from './PlanSummary';
import { SafetyNotes } from './SafetyNotes';

/** The compact form of an analysis, for the popup. */
export function AnalysisSummary({ analyzed, units, locale }: { analyzed: Analyzed; units: Units; locale: string }) {
  const { activity, analysis } = analyzed;
  return (
    <div class="summary" data-risk={analysis.crampRisk.level}>
      <p class="facts">
        {formatDuration(activity.movingS)}
        {activity.distanceM !== undefined && ` · ${formatDistance(activity.distanceM, units, locale)}`}
      </p>
      <p class="headline">{headline(analysis)}</p>
      <SafetyNotes notes={analysis.safety} />
      <Estimates analysis={analysis} units={units} locale={locale} />
      <PlanSummary plan={analysis.plan} units={units} locale={locale} said={planPartsSaid(shownFindings(analysis.findings, 2))} />
      <Findings findings={analysis.findings} limit={2} />
    </div>
  );
}
