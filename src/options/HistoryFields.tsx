import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { MAX_HISTORY } from '../platform/history-bounds';
import { formatDay, formatPlain } from './format';
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = async (on: boolean) => {
    try {
      await saveSettings({ ...settings, importTrainingLog: on });
      setMessage({ ok: true, text: t(on ? 'optionsHistoryImportOn' : 'optionsHistoryImportOff') });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsHistoryImportFailed', errorText(e)) });
    }
  };
  return (
    <section class="options-form" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('optionsHistoryHeading')}</h2>
      <div class="field check">
        <input
          id="import-training-log"
          type="checkbox"
          checked={settings.importTrainingLog === true}
          aria-describedby="import-training-log-help"
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
        />
        <label for="import-training-log">{t('optionsHistoryImportLabel')}</label>
      </div>
      <p id="import-training-log-help" class="hint">
        {t('optionsHistoryImportHelp')}
      </p>
      <p role="status" class={message?.ok === false ? 'error' : undefined}>
        {message?.text}
      </p>
      {capped && capped.count > 0 && (
        <p class="notice" id="history-capped">
          {t('optionsHistoryCapped', formatPlain(capped.count), formatDay(capped.at), formatPlain(MAX_HISTORY))}
        </p>
      )}
    </section>
  );
}
