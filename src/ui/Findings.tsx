import type { Finding } from '../core/analysis';

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  warning: 'Likely contributor',
  caution: 'Possible contributor',
  info: 'Note',
};

/** What was probably lacking and what to do next time, most severe first. */
export function Findings({ findings, limit }: { findings: Finding[]; limit?: number }) {
  const order = { warning: 0, caution: 1, info: 2 } as const;
  const shown = [...findings].sort((a, b) => order[a.severity] - order[b.severity]).slice(0, limit ?? findings.length);
  if (shown.length === 0) return null;
  return (
    <ul class="cc-findings">
      {shown.map((finding) => (
        <li key={finding.id} class={`cc-finding cc-${finding.severity}`} data-finding={finding.id}>
          <span class="cc-severity">{SEVERITY_LABEL[finding.severity]}</span>
          <p class="cc-lacked">{finding.lacked}</p>
          <p class="cc-next">
            <strong>Next time: </strong>
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
      <summary>Why? Sources and uncertainty</summary>
      <ul>
        {findings
          .filter((f) => f.why)
          .map((f) => (
            <li key={f.id}>{f.why}</li>
          ))}
      </ul>
      <p>
        These are likely contributors, not a diagnosis: no validated cramp-risk model exists, and sweat estimates
        carry about ±0.3 L/h of error unless you measure your own.
      </p>
      <p class="cc-sources">Sources: {sources.join('; ')}</p>
    </details>
  );
}
