import { type SweatTest, sweatRateFromWeighIn } from '../core/index';
import { formatNumber } from './format';

interface Props {
  tests: SweatTest[];
  onDelete: (index: number) => void;
  onUse: (sweatRateLph: number) => void;
}

/** The weigh-in tests kept in the profile; together they feed the engine's personal fit. */
export function SavedTests({ tests, onDelete, onUse }: Props) {
  if (tests.length === 0) return <p>No weigh-in tests yet.</p>;
  return (
    <>
      <h2 id="saved-tests-heading">Your weigh-in tests</h2>
      <ul class="saved-tests" aria-labelledby="saved-tests-heading">
        {tests.map((test, index) => {
          const { sweatRateLph, bodyMassLossPct } = sweatRateFromWeighIn(test);
          const temperature = test.temperatureC === undefined ? '' : `, ${formatNumber(test.temperatureC, 0)} °C`;
          return (
            <li key={`${test.date}-${index}`}>
              <span>
                {test.date}: {formatNumber(sweatRateLph, 1)} L/h, {formatNumber(bodyMassLossPct, 1)} % lost over{' '}
                {formatNumber(test.durationH, 1)} h{temperature}
              </span>
              <button type="button" class="secondary" onClick={() => onUse(sweatRateLph)} aria-label={`Use the ${test.date} test as my sweat rate`}>
                Use as my sweat rate
              </button>
              <button type="button" class="secondary" onClick={() => onDelete(index)} aria-label={`Delete the ${test.date} test`}>
                Delete
              </button>
            </li>
          );
        })}
      </ul>
      {tests.length > 1 && <p>Cramp Check fits your sweat rate to all {tests.length} tests, and tests at different temperatures let it adjust for heat.</p>}
    </>
  );
}
