import type { Finding } from '../core/analysis';
import { type MessageKey, t } from '../platform/i18n';

const SEVERITY_LABEL: Record<Finding['severity'], MessageKey> = {
  warning: 'severityWarning',
  caution: 'severityCaution',
  info: 'severityInfo',
};
const ORDER = { warning: 0, caution: 1, info: 2 } as const;

/** What may have contributed and what to do next time, most severe first. */
export function Findings({ findings, limit }: { findings: Finding[]; limit?: number }) {
  const shown = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]).slice(0, limit ?? findings.length);
  if (shown.length === 0) return null;
  return (
    <ul class="cc-findings">
      {shown.map((finding) => (
        <li key={finding.id} class={`cc-finding cc-${finding.severity}`} data-finding={finding.id}>
          <span class="cc-severity">{t(SEVERITY_LABEL[finding.severity])}</span>
          <p class="cc-contributed">{finding.contributed}</p>
          <p class="cc-next">
            <strong>{t('nextTime')} </strong>
            {finding.nextTime}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The "why" expander: one sentence per finding and the sources behind it. */
export function Why({ findings }: { findings: Finding[] }) {
  const sources = [...new Set(findings.flatMap((f) => f.sources))];
  return (
    <details class="cc-why">
      <summary>{t('whySummary')}</summary>
      <ul>
        {findings.map((f) => f.why && <li key={f.id}>{f.why}</li>)}
      </ul>
      <p>{t('whyDisclaimer')}</p>
      <p class="cc-not-help">{t('whatDoesNotHelp')}</p>
      <p class="cc-sources">{t('sources', sources.join('; '))}</p>
    </details>
  );
}
