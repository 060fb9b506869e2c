import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { dropWeatherAccess, requestWeatherAccess } from '../platform/weather-access';
import { errorText } from './use-profile-state';

interface Props {
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<ProfileState>;
}

/**
 * Opt-in (issue 14): the weather from Open-Meteo for activities whose page shows none, and the
 * forecast for the planner. Its hosts are optional permissions, asked for when switched on (the
 * browser shows its own prompt) and given back when switched off; the help says exactly what is sent.
 */
export function WeatherOptIn({ settings, saveSettings }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = async (on: boolean) => {
    try {
      // The request must be the first thing the click does, or the browser refuses to prompt.
      if (on && !(await requestWeatherAccess())) {
        setMessage({ ok: false, text: t('optionsWeatherDenied') });
        return;
      }
      await saveSettings({ ...settings, weatherLookup: on });
      // A build that grants the hosts at install cannot give them back: the setting alone keeps it off.
      if (!on) await dropWeatherAccess().catch(() => false);
      setMessage({ ok: true, text: t(on ? 'optionsWeatherOn' : 'optionsWeatherOff') });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsWeatherFailed', errorText(e)) });
    }
  };
  return (
    <section class="options-form" aria-labelledby="weather-heading">
      <h2 id="weather-heading">{t('optionsWeatherHeading')}</h2>
      <div class="field check">
        <input
          id="weather-lookup"
          type="checkbox"
          checked={settings.weatherLookup === true}
          aria-describedby="weather-lookup-help"
          onChange={(e) => void toggle((e.target as HTMLInputElement).checked)}
        />
        <label for="weather-lookup">{t('optionsWeatherLabel')}</label>
      </div>
      <p id="weather-lookup-help" class="hint">
        {t('optionsWeatherHelp')}
      </p>
      <p role="status" class={message?.ok === false ? 'error' : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
