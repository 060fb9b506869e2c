import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { dropWeatherAccess, requestWeatherAccess } from '../platform/weather-access';
import { type OptInResult, OptInSection } from './OptInSection';
import { errorText } from './use-profile-state';

interface Props {
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<ProfileState>;
}

/**
 * Opt-in: the weather from Open-Meteo for activities whose page shows none, and the
 * forecast for the planner. Its hosts are optional permissions, asked for when switched on (the
 * browser shows its own prompt) and given back when switched off; the help says exactly what is sent.
 */
export function WeatherOptIn({ settings, saveSettings }: Props) {
  const toggle = async (on: boolean): Promise<OptInResult> => {
    try {
      // The request must be the first thing the click does, or the browser refuses to prompt.
      if (on && !(await requestWeatherAccess())) return { ok: false, text: t('optionsWeatherDenied') };
      await saveSettings({ ...settings, weatherLookup: on });
      // A build that grants the hosts at install cannot give them back: the setting alone keeps it off.
      if (!on) await dropWeatherAccess().catch(() => false);
      return { ok: true, text: t(on ? 'optionsWeatherOn' : 'optionsWeatherOff') };
    } catch (e) {
      return { ok: false, text: t('optionsWeatherFailed', errorText(e)) };
    }
  };
  return (
    <OptInSection
      id="weather-lookup"
      heading={t('optionsWeatherHeading')}
      label={t('optionsWeatherLabel')}
      help={t('optionsWeatherHelp')}
      checked={settings.weatherLookup === true}
      onToggle={toggle}
    />
  );
}
