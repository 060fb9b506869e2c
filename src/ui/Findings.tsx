import type { Finding } from '../core/analysis';
import { formatRateLph } from '../core/format';
import type { Units } from '../core/units';
import { type MessageKey, t } from '../platform/i18n';
import { shownFindings } from './advice';
import { unbroken } from './unbroken';

const SEVERITY_LABEL: Record<Finding['severity'], MessageKey> = {
  warning: 'severityWarning',
  caution: 'severityCaution',
  info: 'severityInfo',
};
/** What may have contributed and what to do next time, most severe first. */
export function Findings({ findings, limit }: { findings: Finding[]; limit?: number }) {
  const shown = shownFindings(findings, limit);
  if (shown.length === 0) return null;
  return (
    <ul class="cc-findings">
      {shown.map((finding) => (
        <li key={finding.id} class={`cc-finding cc-${finding.severity}`} data-finding={finding.id}>
          <span class="cc-severity">{t(SEVERITY_LABEL[finding.severity])}</span>
          <p class="cc-contributed">{unbroken(finding.contributed)}</p>
          <p class="cc-next">
            <strong>{t('nextTime')} </strong>
            {unbroken(finding.nextTime)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A predicted sweat rate's individual error (Cheuvront, Sollanek & Baker 2021), said in the runner's units. */
const PREDICTION_ERROR_LPH = 0.3;

/** The "why" expander: one sentence per finding and the sources behind it. */
export function Why({ findings, units, locale }: { findings: Finding[]; units: Units; locale: string }) {
  const sources = [...new Set(findings.flatMap((f) => f.sources))];
  return (
    <details class="cc-why">
      <summary>{t('whySummary')}</summary>
      <ul>
        {findings.map((f) => f.why && <li key={f.id}>{unbroken(f.why)}</li>)}
      </ul>
      <p>{unbroken(t('whyDisclaimer', formatRateLph(PREDICTION_ERROR_LPH, units, locale)))}</p>
      <p class="cc-not-help">{t('whatDoesNotHelp')}</p>
      <p class="cc-sources">{t('sources', sources.join('; '))}</p>
    </details>
  );
}
