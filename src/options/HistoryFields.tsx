import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { MAX_HISTORY } from '../platform/history-bounds';
import { formatDay, formatPlain } from './format';
import { type OptInResult, OptInSection } from './OptInSection';
import { errorText } from './use-profile-state';

interface Props {
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<ProfileState>;
  /** What the history's count cap dropped: the runner is told, never left to find out. */
  capped?: ProfileState['historyCapped'];
}

/**
 * Opt-in: read the runner's recent activities from Strava's training log (on their own
 * activities only), so each analysis can compare a run with the weeks before it.
 */
export function HistoryFields({ settings, saveSettings, capped }: Props) {
  const toggle = async (on: boolean): Promise<OptInResult> => {
    try {
      await saveSettings({ ...settings, importTrainingLog: on });
      return { ok: true, text: t(on ? 'optionsHistoryImportOn' : 'optionsHistoryImportOff') };
    } catch (e) {
      return { ok: false, text: t('optionsHistoryImportFailed', errorText(e)) };
    }
  };
  return (
    <OptInSection
      id="import-training-log"
      heading={t('optionsHistoryHeading')}
      label={t('optionsHistoryImportLabel')}
      help={t('optionsHistoryImportHelp')}
      checked={settings.importTrainingLog === true}
      onToggle={toggle}
    >
      {capped && capped.count > 0 && (
        <p class="notice" id="history-capped">
          {t('optionsHistoryCapped', formatPlain(capped.count), formatDay(capped.at), formatPlain(MAX_HISTORY))}
        </p>
      )}
    </OptInSection>
  );
}
