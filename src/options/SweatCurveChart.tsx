import type { Units } from '../core/index';
import { t } from '../platform/i18n';
import { toShown, toStored, unitSymbol } from '../core/units';
import { formatFixed, formatPlain, formatRate, rateUnit } from './format';

/** What core's personalSweatCurve(tests) gives: the weigh-ins with a temperature and their line. */
export interface SweatCurveData {
  points: { temperatureC: number; sweatRateLph: number; date: string }[];
  fit: { slopeLphPerC: number; interceptLph: number; residualLph: number; fromC: number; toC: number } | null;
}

/** Chart geometry (SVG user units). */
const W = 320;
const H = 200;
const PLOT = { left: 44, right: W - 10, top: 10, bottom: H - 40 };

/**
 * The runner's weigh-in tests (temperature → sweat rate) with their fitted line and its
 * ± residual band, as the engine uses it for their predicted sweat rate.
 */
export function SweatCurveChart({ curve, units }: { curve: SweatCurveData; units: Units }) {
  const { points, fit } = curve;
  const deg = unitSymbol('temperature', units);
  const temp = (c: number) => `${formatFixed(toShown('temperature', c, units), 0)} ${deg}`;
  const rate = (lph: number) => formatRate(lph, units);
  // Axis ticks are bare numbers beside the axis's own label, which names the unit.
  const tick = (lph: number) => formatFixed(toShown('volume', lph, units), units === 'metric' ? 1 : 0);
  const fitAt = (c: number) => (fit ? fit.interceptLph + fit.slopeLphPerC * c : 0);

  const temps = [...points.map((p) => p.temperatureC), ...(fit ? [fit.fromC, fit.toC] : [])];
  const rates = [...points.map((p) => p.sweatRateLph), ...(fit ? [fitAt(fit.fromC) + fit.residualLph, fitAt(fit.toC) + fit.residualLph] : [])];
  const [minC, maxC] = [Math.min(...temps) - 2, Math.max(...temps) + 2];
  const maxRate = Math.max(0.5, ...rates) * 1.1;
  const x = (c: number) => PLOT.left + ((c - minC) / (maxC - minC)) * (PLOT.right - PLOT.left);
  const y = (lph: number) => PLOT.bottom - (Math.max(0, lph) / maxRate) * (PLOT.bottom - PLOT.top);
  // Per 10 degrees of the runner's scale: 10 °F is 10 × 5/9 °C.
  const perTen = fit ? fit.slopeLphPerC * (toStored('temperature', 10, units) - toStored('temperature', 0, units)) : 0;

  return (
    <section class="sweat-curve" aria-labelledby="sweat-curve-heading">
      <h2 id="sweat-curve-heading">{t('historyCurveHeading')}</h2>
      {fit ? (
        <p class="sweat-curve-summary">{t('historyCurveSlope', `${formatPlain(toShown('volume', perTen, units))} ${rateUnit(units)}`, deg)}</p>
      ) : (
        <p class="hint sweat-curve-too-few">{t('historyCurveTooFew')}</p>
      )}
      {points.length > 0 && (
        <svg class="sweat-curve-chart" viewBox={`0 0 ${W} ${H}`} width="100%" aria-label={t('historyCurveLabel')}>
          <line class="sc-axis" x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
          <line class="sc-axis" x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
          <text class="sc-tick" x={PLOT.left - 4} y={PLOT.bottom} text-anchor="end">0</text>
          <text class="sc-tick" x={PLOT.left - 4} y={PLOT.top + 8} text-anchor="end">{tick(maxRate)}</text>
          <text class="sc-tick" x={PLOT.left} y={PLOT.bottom + 14} text-anchor="start">{temp(minC)}</text>
          <text class="sc-tick" x={PLOT.right} y={PLOT.bottom + 14} text-anchor="end">{temp(maxC)}</text>
          <text class="sc-label" x={(PLOT.left + PLOT.right) / 2} y={H - 6} text-anchor="middle">
            {t('historyCurveAxisTemperature', deg)}
          </text>
          <text class="sc-label" transform={`translate(12 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`} text-anchor="middle">
            {t('historyCurveAxisRate', rateUnit(units))}
          </text>
          {fit && (
            <g class="sc-fit" aria-label={t('historyCurveLine', rate(fitAt(fit.fromC)), temp(fit.fromC), rate(fitAt(fit.toC)), temp(fit.toC), rate(fit.residualLph))}>
              <title>{t('historyCurveLine', rate(fitAt(fit.fromC)), temp(fit.fromC), rate(fitAt(fit.toC)), temp(fit.toC), rate(fit.residualLph))}</title>
              <polygon
                class="sc-band"
                points={[
                  [fit.fromC, fitAt(fit.fromC) + fit.residualLph],
                  [fit.toC, fitAt(fit.toC) + fit.residualLph],
                  [fit.toC, fitAt(fit.toC) - fit.residualLph],
                  [fit.fromC, fitAt(fit.fromC) - fit.residualLph],
                ]
                  .map(([c, r]) => `${x(c ?? 0)},${y(r ?? 0)}`)
                  .join(' ')}
              />
              <line class="sc-line" x1={x(fit.fromC)} y1={y(fitAt(fit.fromC))} x2={x(fit.toC)} y2={y(fitAt(fit.toC))} />
            </g>
          )}
          {points.map((p, i) => {
            const label = t('historyCurvePoint', p.date, rate(p.sweatRateLph), temp(p.temperatureC));
            return (
              <circle key={`${p.date}-${i}`} class="sc-point" cx={x(p.temperatureC)} cy={y(p.sweatRateLph)} r={4.5} aria-label={label}>
                <title>{label}</title>
              </circle>
            );
          })}
        </svg>
      )}
    </section>
  );
}
