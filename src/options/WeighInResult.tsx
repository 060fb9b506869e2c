import { type ComponentChildren, Fragment } from 'preact';
import { t } from '../platform/i18n';
import type { Units } from '../core/units';
import { formatFixed, formatRate } from './format';

interface Props {
  sweatRateLph: number;
  bodyMassLossPct: number;
  units: Units;
}

/** The live answer of a weigh-in test, with what the body-mass loss means for the next run. */
export function WeighInResult({ sweatRateLph, bodyMassLossPct, units }: Props) {
  const advice =
    bodyMassLossPct > 2 ? t('optionsWeighInLossHigh') : bodyMassLossPct < 0 ? t('optionsWeighInGained') : t('optionsWeighInLossOk');
  const values: Record<string, ComponentChildren> = {
    1: <strong data-testid="weigh-in-rate">{formatRate(sweatRateLph, units)}</strong>,
    2: <strong data-testid="weigh-in-loss">{formatFixed(bodyMassLossPct, 1)} %</strong>,
  };
  // The sentence is translated whole; the two values go where the language puts $1 and $2.
  const parts = t('optionsWeighInResult', '{1}', '{2}').split(/\{([12])\}/);
  return (
    <p class="weigh-in-result">
      {parts.map((part, i) => (i % 2 === 1 ? <Fragment key={part}>{values[part]}</Fragment> : part))} {advice}
    </p>
  );
}
