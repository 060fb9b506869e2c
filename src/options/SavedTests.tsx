import { formatDuration, formatTemperature, type SweatTest, sweatRateFromWeighIn, type Units } from '../core/index';
import { t, uiLanguage } from '../platform/i18n';
import { formatFixed, formatRate } from './format';

interface Props {
  tests: SweatTest[];
  units: Units;
  onDelete: (index: number) => void;
  onUse: (sweatRateLph: number) => void;
}

/** The weigh-in tests kept in the profile; together they feed the engine's personal fit. */
export function SavedTests({ tests, units, onDelete, onUse }: Props) {
  if (tests.length === 0) return <p>{t('optionsNoTests')}</p>;
  return (
    <>
      <h2 id="saved-tests-heading">{t('optionsSavedTestsHeading')}</h2>
      <ul class="saved-tests" aria-labelledby="saved-tests-heading">
        {tests.map((test, index) => {
          const { sweatRateLph, bodyMassLossPct } = sweatRateFromWeighIn(test);
          const shown = [test.date, formatRate(sweatRateLph, units), formatFixed(bodyMassLossPct, 1), formatDuration(test.durationH * 3600)];
          const line =
            test.temperatureC === undefined
              ? t('optionsSavedTest', ...shown)
              : t('optionsSavedTestWithTemperature', ...shown, formatTemperature(test.temperatureC, units, uiLanguage()));
          return (
            <li key={`${test.date}-${index}`}>
              <span>{line}</span>
              <button type="button" class="secondary" onClick={() => onUse(sweatRateLph)} aria-label={t('optionsUseTestLabel', test.date)}>
                {t('optionsUseTest')}
              </button>
              <button type="button" class="secondary" onClick={() => onDelete(index)} aria-label={t('optionsDeleteTestLabel', test.date)}>
                {t('optionsDeleteTest')}
              </button>
            </li>
          );
        })}
      </ul>
      {tests.length > 1 && <p>{t('optionsTestsFit', tests.length)}</p>}
    </>
  );
}
