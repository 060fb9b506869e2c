import { formatNumber } from './format';

interface Props {
  sweatRateLph: number;
  bodyMassLossPct: number;
}

/** The live answer of a weigh-in test, with what the body-mass loss means for the next run. */
export function WeighInResult({ sweatRateLph, bodyMassLossPct }: Props) {
  const advice =
    bodyMassLossPct > 2
      ? 'More than 2 % lost: drink more during runs this long.'
      : bodyMassLossPct < 0
        ? 'You gained weight: you drank more than you sweated.'
        : 'Within 2 %: your drinking kept up well.';
  return (
    <p class="weigh-in-result">
      Sweat rate <strong data-testid="weigh-in-rate">{formatNumber(sweatRateLph, 1)} L/h</strong>, body-mass loss{' '}
      <strong data-testid="weigh-in-loss">{formatNumber(bodyMassLossPct, 1)} %</strong>. {advice}
    </p>
  );
}
