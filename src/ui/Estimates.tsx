import type { Analysis } from '../core/analysis';
import { formatSodiumMg, formatTemperature, formatVolumeMl } from '../core/format';
import { roundTo } from '../core/round';
import type { Units } from '../core/profile';
import { type MessageKey, t } from '../platform/i18n';
import { flagKey, heatKey } from './headline';
import { unbroken } from './unbroken';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const basisKey = (basis: string) => `basis${cap(basis)}` as MessageKey;

/** Loss amounts are shown to this step, the same as the findings below them, so a number reads the same twice. */
const STEP = 50;

/**
 * "≈ 2.2 L (1.3 L–2.6 L)", or "negligible" when the amount rounds to nothing: "≈ 0 mL" reads as
 * broken. The range stays when its top does not round to nothing.
 */
function LossAmount({ range, format, note, why }: { range: { value: number; low: number; high: number }; format: (v: number) => string; note?: string; why?: string | undefined }) {
  const shown = (v: number) => format(roundTo(v, STEP));
  const negligible = roundTo(range.value, STEP) === 0;
  const span = negligible ? (roundTo(range.high, STEP) > 0 ? t('upTo', shown(range.high)) : null) : `${shown(range.low)}–${shown(range.high)}`;
  const small = [span, note].filter((part) => part !== null && part !== undefined).join(', ');
  return (
    <dd>
      {negligible ? t('negligible') : unbroken(`≈ ${shown(range.value)}`)}{' '}
      {small && <small>({unbroken(small)})</small>}
      {why && <small class="cc-why">{unbroken(why)}</small>}
    </dd>
  );
}

/** Sweat and sodium loss with their ranges, and the heat flag when temperature is known. */
export function Estimates({ analysis, units, locale }: { analysis: Analysis; units: Units; locale: string }) {
  const { sweatLossMl, sodiumLossMg, sweatRateLph, wbgtC, heatFlag, sweatWhy, wbgtWithSun } = analysis.estimates;
  return (
    <dl class="cc-estimates">
      <div>
        <dt>{t('sweatLoss')}</dt>
        <LossAmount range={sweatLossMl} format={(v) => formatVolumeMl(v, units, locale)} note={t(basisKey(sweatRateLph.basis))} why={sweatWhy} />
      </div>
      <div>
        <dt>{t('sodiumLoss')}</dt>
        <LossAmount range={sodiumLossMg} format={(v) => formatSodiumMg(v, locale)} />
      </div>
      {heatFlag && wbgtC !== undefined && (
        <div>
          <dt>{t('heat')}</dt>
          <dd>
            <span class={`cc-flag cc-flag-${heatFlag}`}>{t(flagKey(heatFlag))}</span>{' '}
            {unbroken(t('wbgt', formatTemperature(wbgtC, units, locale)))}, {t(heatKey(heatFlag))}{' '}
            <small class="cc-flag-basis">{t(wbgtWithSun ? 'wbgtSun' : 'wbgtShade')}</small>
          </dd>
        </div>
      )}
    </dl>
  );
}
