import type { Analysis } from '../core/analysis';
import { formatSodiumMg, formatTemperature, formatVolumeMl } from '../core/format';
import type { Units } from '../core/profile';

const HEAT_LABEL = {
  white: 'cold: dress warm, still drink',
  green: 'low heat stress',
  yellow: 'moderate heat stress',
  red: 'high heat stress',
  black: 'extreme heat stress',
} as const;

/** Sweat and sodium loss with their ranges, and the heat flag when temperature is known. */
export function Estimates({ analysis, units }: { analysis: Analysis; units: Units }) {
  const { sweatLossMl, sodiumLossMg, sweatRateLph, wbgtC, heatFlag } = analysis.estimates;
  return (
    <dl class="cc-estimates">
      <div>
        <dt>Sweat loss</dt>
        <dd>
          ≈ {formatVolumeMl(sweatLossMl.value, units)}{' '}
          <small>
            ({formatVolumeMl(sweatLossMl.low, units)}–{formatVolumeMl(sweatLossMl.high, units)}, {sweatRateLph.basis}{' '}
            sweat rate)
          </small>
        </dd>
      </div>
      <div>
        <dt>Sodium loss</dt>
        <dd>
          ≈ {formatSodiumMg(sodiumLossMg.value)}{' '}
          <small>
            ({formatSodiumMg(sodiumLossMg.low)}–{formatSodiumMg(sodiumLossMg.high)})
          </small>
        </dd>
      </div>
      {heatFlag && wbgtC !== undefined && (
        <div>
          <dt>Heat</dt>
          <dd>
            <span class={`cc-flag cc-flag-${heatFlag}`}>{heatFlag}</span> WBGT ≈ {formatTemperature(wbgtC, units)},{' '}
            {HEAT_LABEL[heatFlag]}
          </dd>
        </div>
      )}
    </dl>
  );
}
