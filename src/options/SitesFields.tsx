import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import type { Settings } from '../platform/settings';
import { dropSiteAccess, requestSiteAccess } from '../platform/site-access';
import { SITES, siteEnabled } from '../sites/index';
import type { SiteMeta } from '../sites/types';
import { errorText } from './use-profile-state';
import { useSiteAccess } from './use-site-access';

interface Props {
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<ProfileState>;
}

/**
 * Which sites Cramp Check reads activities on. Strava's access comes with the install; any
 * other site's host access is asked for here, when the runner switches it on (the browser
 * shows its own prompt), and given back when switched off.
 */
export function SitesFields({ settings, saveSettings }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const granted = useSiteAccess();
  // Switched on here but not granted by the browser (withdrawn in its settings): shown as off, truthfully.
  const withdrawn = (site: SiteMeta) => !site.builtIn && granted !== null && granted[site.id] === false && siteEnabled(settings.sites, site.id);
  const grantAgain = async (site: SiteMeta) => {
    // The request must be the first thing the click does, or the browser refuses to prompt.
    const ok = await requestSiteAccess([...site.origins]).catch(() => false);
    setMessage(ok ? { ok: true, text: t('optionsSiteOn', site.label) } : { ok: false, text: t('optionsSiteDenied', site.label) });
  };
  const toggle = async (site: SiteMeta, on: boolean) => {
    try {
      // The request must be the first thing the click does, or the browser refuses to prompt.
      if (on && !site.builtIn && !(await requestSiteAccess([...site.origins]))) {
        setMessage({ ok: false, text: t('optionsSiteDenied', site.label) });
        return;
      }
      await saveSettings({ ...settings, sites: { ...settings.sites, [site.id]: on } });
      if (!on && !site.builtIn) await dropSiteAccess([...site.origins]).catch(() => false);
      setMessage({ ok: true, text: t(on ? 'optionsSiteOn' : 'optionsSiteOff', site.label) });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsSiteChangeFailed', site.label, errorText(e)) });
    }
  };
  return (
    <section class="options-form" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <fieldset>
        <legend>{t('optionsSitesLegend')}</legend>
        {SITES.map((s) => s.meta).map((site) => (
          <div class="field check" key={site.id}>
            <input
              id={`site-${site.id}`}
              type="checkbox"
              checked={siteEnabled(settings.sites, site.id) && !withdrawn(site)}
              aria-describedby={withdrawn(site) ? `site-${site.id}-withdrawn` : undefined}
              onChange={(e) => void toggle(site, (e.target as HTMLInputElement).checked)}
            />
            <label for={`site-${site.id}`}>
              {site.label}
              {!site.builtIn && <small> {t('optionsSiteAsksAccess', site.origins[0]?.replace(/^https:\/\/|\/\*$/g, '') ?? '')}</small>}
            </label>
            {withdrawn(site) && (
              <p class="notice" id={`site-${site.id}-withdrawn`}>
                {t('optionsSiteWithdrawn', site.label)}{' '}
                <button type="button" class="secondary" onClick={() => void grantAgain(site)}>{t('optionsSiteGrantAgain', site.label)}</button>
              </p>
            )}
          </div>
        ))}
        <p role="status" class={message?.ok === false ? 'error' : undefined}>
          {message?.text}
        </p>
      </fieldset>
    </section>
  );
}
