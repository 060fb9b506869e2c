import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { formatDay } from './format';

/**
 * What could not be read and was kept aside, said at the top of the options page: a damaged
 * profile or settings (defaults in use until saved again), and history entries set aside one by
 * one in the last 30 days (the rest of the history in use). Nothing is deleted either way.
 */
export function RecoveryNotices({ recovered }: { recovered: ProfileState['recovered'] }) {
  const inPlace = recovered.filter((r) => r.inPlace);
  const profile = recovered.filter((r) => !r.inPlace && r.key !== 'history');
  const history = recovered.filter((r) => !r.inPlace && r.key === 'history');
  return (
    <>
      {inPlace.length > 0 && (
        <p class="notice" role="alert" id="recovered-in-place">
          {t('optionsRecoveredInPlace', inPlace.map((r) => r.key).join(', '))}
        </p>
      )}
      {profile.length > 0 && (
        <p class="notice" role="status">
          {t('optionsRecovered', profile.map((r) => r.backupKey).join(', '))}
        </p>
      )}
      {history.length > 0 && (
        <p class="notice" role="status" id="history-recovered">
          {t('optionsHistoryRecovered', formatDay(history.at(-1)?.at ?? ''), history.map((r) => r.backupKey).join(', '))}
        </p>
      )}
    </>
  );
}
