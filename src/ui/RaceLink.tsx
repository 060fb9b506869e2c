import { t } from '../platform/i18n';

/** The race page, in a tab of its own: popup and options sit in src/<page>/, the race page in src/race/. */
export function RaceLink() {
  return (
    <p class="race-link">
      <a href="../race/index.html" target="_blank" rel="noopener">
        {t('raceOpenPlanner')}
      </a>
    </p>
  );
}
