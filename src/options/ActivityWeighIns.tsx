import { type SweatTest, sweatRateFromWeighIn, type Units } from '../core/index';
import { formatDistance, formatTemperature } from '../core/format';
import { t } from '../platform/i18n';
import { formatFixed, formatRate } from './format';

interface Props {
  tests: SweatTest[];
  units: Units;
  onRemove: (activityId: string) => void;
}

/** "2026-06-01 · run · 10.0 km · 24 °C, 60 % · 1.5 h: 1.2 L/h, 2.0 % lost". */
function line(test: SweatTest, units: Units): string {
  const { sweatRateLph, bodyMassLossPct } = sweatRateFromWeighIn(test);
  const conditions = [
    test.date,
    test.sport ?? '',
    test.distanceM === undefined ? '' : formatDistance(test.distanceM, units),
    test.temperatureC === undefined ? '' : `${formatTemperature(test.temperatureC, units)}${test.humidityPct === undefined ? '' : `, ${Math.round(test.humidityPct)} %`}`,
    `${formatFixed(test.durationH, 1)} h`,
  ].filter((s) => s !== '');
  return t('optionsActivityWeighIn', conditions.join(' · '), formatRate(sweatRateLph, units), formatFixed(bodyMassLossPct, 1));
}

/**
 * Weigh-ins logged on activities (the panel's "What did you take?"): each is a sweat test linked to
 * its activity, with the conditions it was measured in. Removing its weights removes the test.
 */
export function ActivityWeighIns({ tests, units, onRemove }: Props) {
  if (tests.length === 0) return null;
  return (
    <>
      <h2 id="activity-weigh-ins-heading">{t('optionsActivityWeighInsHeading')}</h2>
      <ul class="saved-tests activity-weigh-ins" aria-labelledby="activity-weigh-ins-heading">
        {tests.map((test) => (
          <li key={test.activityId} data-activity={test.activityId}>
            <span>{line(test, units)}</span>
            <button type="button" class="secondary" aria-label={t('optionsRemoveWeightsLabel', test.date)} onClick={() => test.activityId && onRemove(test.activityId)}>
              {t('optionsRemoveWeights')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
