import { useState } from 'preact/hooks';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { SITE_CHOICES, siteEnabled } from './sites';
import { errorText } from './use-profile-state';

interface Props {
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<ProfileState>;
}

/** Which sites Cramp Check reads activities on. Each toggle is stored at once. */
export function SitesFields({ settings, saveSettings }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = async (id: string, label: string, on: boolean) => {
    try {
      await saveSettings({ ...settings, sites: { ...settings.sites, [id]: on } });
      setMessage({ ok: true, text: `${label}: ${on ? 'on' : 'off'}.` });
    } catch (e) {
      setMessage({ ok: false, text: `Couldn't change ${label}: ${errorText(e)}` });
    }
  };
  return (
    <section class="options-form" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <fieldset>
        <legend>Show Cramp Check on these sites</legend>
        {SITE_CHOICES.map(({ id, label }) => (
          <div class="field check" key={id}>
            <input
              id={`site-${id}`}
              type="checkbox"
              checked={siteEnabled(settings.sites, id)}
              onChange={(e) => void toggle(id, label, (e.target as HTMLInputElement).checked)}
            />
            <label for={`site-${id}`}>{label}</label>
          </div>
        ))}
        <p role="status" class={message?.ok === false ? 'error' : undefined}>
          {message?.text}
        </p>
      </fieldset>
    </section>
  );
}
