import type { Analysis, HeatFlag } from '../core/analysis';
import { formatSodiumMg, formatTemperature, formatVolumeMl } from '../core/format';
import { roundTo } from '../core/round';
import type { Units } from '../core/profile';
import { type MessageKey, t } from '../platform/i18n';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const heatKey = (flag: HeatFlag) => `heat${cap(flag)}` as MessageKey;
const flagKey = (flag: HeatFlag) => `flag${cap(flag)}` as MessageKey;
const basisKey = (basis: string) => `basis${cap(basis)}` as MessageKey;

/** Sweat and sodium loss with their ranges, and the heat flag when temperature is known. */
export function Estimates({ analysis, units, locale }: { analysis: Analysis; units: Units; locale: string }) {
  const { sweatLossMl, sodiumLossMg, sweatRateLph, wbgtC, heatFlag, sweatWhy } = analysis.estimates;
  // Shown to the same 50 mL / 50 mg as the findings below them, so one number reads the same twice.
  const ml = (v: number) => formatVolumeMl(roundTo(v, 50), units, locale);
  const mg = (v: number) => formatSodiumMg(roundTo(v, 50), locale);
  return (
    <dl class="cc-estimates">
      <div>
        <dt>{t('sweatLoss')}</dt>
        <dd>
          ≈ {ml(sweatLossMl.value)}{' '}
          <small>
            ({ml(sweatLossMl.low)}–{ml(sweatLossMl.high)}, {t(basisKey(sweatRateLph.basis))})
          </small>
          {sweatWhy && <small class="cc-why">{sweatWhy}</small>}
        </dd>
      </div>
      <div>
        <dt>{t('sodiumLoss')}</dt>
        <dd>
          ≈ {mg(sodiumLossMg.value)}{' '}
          <small>
            ({mg(sodiumLossMg.low)}–{mg(sodiumLossMg.high)})
          </small>
        </dd>
      </div>
      {heatFlag && wbgtC !== undefined && (
        <div>
          <dt>{t('heat')}</dt>
          <dd>
            <span class={`cc-flag cc-flag-${heatFlag}`}>{t(flagKey(heatFlag))}</span>{' '}
            {t('wbgt', formatTemperature(wbgtC, units, locale))}, {t(heatKey(heatFlag))}
          </dd>
        </div>
      )}
    </dl>
  );
}
