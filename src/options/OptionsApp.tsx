import { RaceLink } from '../ui/RaceLink';
import { browserLocale, t } from '../platform/i18n';
import { DataSection } from './DataSection';
import { HistoryFields } from './HistoryFields';
import { LoadFailed } from './LoadFailed';
import { RecoveryNotices } from './RecoveryNotices';
import { StoreFullNotice } from './StoreFullNotice';
import { ProfileForm } from './ProfileForm';
import { ProductsSection } from './ProductsSection';
import { SitesFields } from './SitesFields';
import { useProfileState } from './use-profile-state';
import { WeatherOptIn } from './WeatherOptIn';

interface Props {
  /** The browser's locale, for the units shown before a profile is saved. */
  locale?: string;
  /** Injected so tests can fix the date of weigh-in tests and export files. */
  today?: () => Date;
}

/** The options page: the runner's personal sweat profile, sites, and their data. */
export function OptionsApp({ locale = browserLocale(), today = () => new Date() }: Props) {
  const { state, loadError, generation, reload, saveProfile, saveSettings } = useProfileState();

  if (!state && loadError) return <LoadFailed message={loadError} today={today} reload={reload} />;
  if (!state) return <p role="status">{t('optionsLoading')}</p>;

  return (
    <>
      <header class="options-form">
        <h1>{t('optionsHeading')}</h1>
        <p class="lead">{t('optionsLead')}</p>
        <RaceLink />
        <StoreFullNotice storeFull={state.storeFull} />
        <RecoveryNotices recovered={state.recovered} />
      </header>
      {/* Remounted after an import or delete so the typed text shows the newly stored values. */}
      <ProfileForm key={generation} state={state} locale={locale} today={today} saveProfile={saveProfile} />
      <ProductsSection key={`products-${generation}`} state={state} saveProfile={saveProfile} />
      <SitesFields settings={state.settings} saveSettings={saveSettings} />
      <HistoryFields settings={state.settings} saveSettings={saveSettings} capped={state.historyCapped} />
      <WeatherOptIn settings={state.settings} saveSettings={saveSettings} />
      <DataSection state={state} today={today} reload={reload} />
    </>
  );
}
