import { useEffect, useState } from 'preact/hooks';
import { type RiskLevel, RiskLevelSchema } from '../core/analysis';
import { formatDistance } from '../core/format';
import { wallClockMs } from '../core/start-time';
import type { Units } from '../core/profile';
import type { HistoryView as History } from '../platform/messages';
import { type MessageKey, t } from '../platform/i18n';
import { send } from '../platform/messaging';

const RISK_LABEL: Record<RiskLevel, MessageKey> = { low: 'riskLow', moderate: 'riskModerate', high: 'riskHigh' };

/** Chart geometry (SVG user units): dots in a band on top, bars below, dates under the baseline. */
const W = 320;
const H = 190;
const BASELINE = 160;
const BAR_MAX = 78;
const DOT_TOP = 62;
const DOT_STEP = 11;

/** Dates here are wall-clock dates (core/start-time.ts), so they are formatted in UTC: the machine's zone cannot shift them. */
const dayMonth = (locale: string) => {
  try {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  }
};

/** A run's marker: circle, square or triangle for low, moderate and high risk (not colour alone). */
export function RiskShape({ risk, x, y }: { risk: RiskLevel; x: number; y: number }) {
  if (risk === 'low') return <circle cx={x} cy={y} r={4.5} />;
  if (risk === 'moderate') return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  return <path d={`M${x} ${y - 5}L${x + 5} ${y + 4}H${x - 5}Z`} />;
}

interface ChartProps {
  history: History;
  units: Units;
  locale: string;
}

/** The last 8 weeks: weekly distance bars, each run as a marker above its week, logged cramps ringed. */
export function HistoryChart({ history, units, locale }: ChartProps) {
  const weeks = history.weeks.slice(-8);
  if (weeks.every((w) => w.runs.length === 0)) return <p class="hint">{t('historyEmpty')}</p>;
  const date = dayMonth(locale);
    const colW = (W - 8) / weeks.length;
  const maxM = Math.max(1, ...weeks.map((w) => w.distanceM));
  const dist = (m: number) => formatDistance(m, units, locale);

  return (
    <>
      <svg class="history-chart" viewBox={`0 0 ${W} ${H}`} width="100%" aria-label={t('historyChartLabel')}>
        <line class="hv-axis" x1={4} x2={W - 4} y1={BASELINE} y2={BASELINE} />
        {weeks.map((w, i) => {
          const cx = 4 + colW * (i + 0.5);
          const h = (w.distanceM / maxM) * BAR_MAX;
          const weekDate = date.format(new Date(`${w.weekStart}T00:00:00Z`));
          const label = w.runs.length === 1 ? t('historyWeekOne', weekDate, dist(w.distanceM)) : t('historyWeek', weekDate, dist(w.distanceM), w.runs.length);
          return (
            <g key={w.weekStart} class="hv-week">
              <g class="hv-weekbar" aria-label={label}>
                <title>{label}</title>
                <rect class="hv-bar" x={cx - colW * 0.3} y={BASELINE - h} width={colW * 0.6} height={h} />
                {w.distanceM > 0 && (
                  <text class="hv-value" x={cx} y={BASELINE - h - 3} text-anchor="middle">
                    {dist(w.distanceM).replace(/ (km|mi)$/, '')}
                  </text>
                )}
                <text class="hv-date" x={cx} y={BASELINE + 16} text-anchor="middle">
                  {weekDate}
                </text>
              </g>
              {w.runs.map((run, j) => {
                // Two columns of markers, stacking upwards; a 13th run would overlap the 12th.
                const x = cx + (j % 2 === 0 ? -6 : 6);
                const y = Math.max(6, DOT_TOP - Math.floor(j / 2) * DOT_STEP);
                const startedMs = wallClockMs(run.startTime);
                const what = [startedMs === null ? '–' : date.format(new Date(startedMs)), run.distanceM === undefined ? '–' : dist(run.distanceM), t(RISK_LABEL[run.risk])] as const;
                const title = t(run.cramped ? 'historyRunCramped' : 'historyRun', ...what);
                return (
                  <g key={run.id ?? `${run.startTime}-${j}`} class={`hv-run hv-risk-${run.risk}`} data-risk={run.risk} aria-label={title}>
                    <title>{title}</title>
                    <RiskShape risk={run.risk} x={x} y={y} />
                    {run.cramped && <circle class="hv-cramp" cx={x} cy={y} r={7.5} />}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <ul class="history-legend">
        {RiskLevelSchema.options.map((risk) => (
          <li key={risk}>
            <svg viewBox="0 0 16 16" width="14" height="14" class={`hv-risk-${risk}`} aria-hidden="true">
              <RiskShape risk={risk} x={8} y={8} />
            </svg>
            {t(RISK_LABEL[risk])}
          </li>
        ))}
        <li>
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <circle class="hv-cramp" cx={8} cy={8} r={6} />
          </svg>
          {t('historyLegendCramped')}
        </li>
      </ul>
    </>
  );
}

/**
 * "5 Oct – 25 Nov 2026", or "22 Dec 2025 – 6 Feb 2026" across a new year: from the first week's
 * Monday to today, so the runner sees the view ends now and in which year.
 */
export function viewSpan(history: History, today: Date, locale: string): string | null {
  const first = wallClockMs(history.weeks[0]?.weekStart);
  if (first === null) return null;
  const end = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat('en', options);
  }
  return format.formatRange(first, Math.max(first, end));
}

/** The popup's history: fetched once from the background, which ends it with today's week. */
export function HistoryView({ units, locale, today = new Date() }: { units: Units; locale: string; today?: Date }) {
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'get-history-view' }).then(setHistory, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (!history && !error) return null;
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">
        {t('historyHeading')}
        {history && <span class="history-span"> · {viewSpan(history, today, locale)}</span>}
      </h2>
      {error ? <p class="hint">{t('historyLoadFailed', error)}</p> : history && <HistoryChart history={history} units={units} locale={locale} />}
    </section>
  );
}
