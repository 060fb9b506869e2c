import type { Balance, Range } from '../core/analysis';
import { formatSodiumMg, formatVolumeMl } from '../core/format';
import type { Units } from '../core/units';
import { t } from '../platform/i18n';

/** Chart geometry (SVG user units): one row per nutrient, the estimate's range as a band. */
const WIDTH = 240;
const ROW = 26;
const BAND_H = 10;
const BAR_H = 6;

interface Row {
  key: 'fluid' | 'sodium';
  lost: Range;
  took: number;
}

function RowShape({ row, y }: { row: Row; y: number }) {
  const scale = WIDTH / (Math.max(row.lost.high, row.took, 1) * 1.05);
  const x = (v: number) => Math.max(0, v) * scale;
  return (
    <g data-row={row.key}>
      <rect class="cc-gap-band" x={x(row.lost.low)} y={y} width={Math.max(1, x(row.lost.high) - x(row.lost.low))} height={BAND_H} />
      <rect class="cc-gap-lost" x={x(row.lost.value) - 1} y={y - 2} width={2} height={BAND_H + 4} />
      <rect class="cc-gap-took" x={0} y={y + BAND_H + 3} width={x(row.took)} height={BAR_H} />
    </g>
  );
}

/**
 * Lost against taken, for fluid and sodium (what was logged only): the band is the estimate's range
 * (or the scale's error when weighed), the tick its central value, the bar what was taken. The
 * caption says the same in words, so a screen reader (and anyone) can read it.
 */
export function BalanceChart({ balance, units, locale }: { balance: Balance; units: Units; locale: string }) {
  const rows: Row[] = [];
  if (balance.fluid.tookMl !== null) rows.push({ key: 'fluid', lost: balance.fluid.lostMl, took: balance.fluid.tookMl });
  if (balance.sodium.tookMg !== null) rows.push({ key: 'sodium', lost: balance.sodium.lostMg, took: balance.sodium.tookMg });
  if (rows.length === 0) return null;
  const vol = (ml: number) => formatVolumeMl(Math.round(ml / 50) * 50, units, locale);
  const mg = (x: number) => formatSodiumMg(Math.round(x / 50) * 50, locale);
  const line = (r: Row) =>
    r.key === 'fluid'
      ? t('gapFluid', vol(r.lost.value), vol(r.lost.low), vol(r.lost.high), vol(r.took))
      : t('gapSodium', mg(r.lost.value), mg(r.lost.low), mg(r.lost.high), mg(r.took));
  return (
    <figure class="cc-gap" data-basis={balance.basis}>
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW * 1.4}`} width={WIDTH} height={rows.length * ROW * 1.4} aria-hidden="true">
        {rows.map((r, i) => (
          <RowShape key={r.key} row={r} y={4 + i * ROW * 1.4} />
        ))}
      </svg>
      <figcaption>
        <span class="cc-muted">{t(balance.basis === 'weighed' ? 'gapTitleWeighed' : 'gapTitle')}</span>
        {rows.map((r) => (
          <span key={r.key} class="cc-gap-line" data-row={r.key}>
            {line(r)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
