import { t } from '../platform/i18n';
import { DeleteAll } from './DeleteAll';
import { ExportData } from './ExportData';

interface Props {
  message: string;
  today: () => Date;
  /** After a delete: the page tries to load again. */
  reload: () => Promise<void>;
}

/** When the profile cannot be loaded the runner is not locked out: their data can still be exported or deleted. */
export function LoadFailed({ message, today, reload }: Props) {
  return (
    <section class="options-form" aria-labelledby="data-heading">
      <p role="alert">{message}</p>
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <p class="hint">{t('optionsLoadFailedData')}</p>
      <ExportData today={today} />
      <DeleteAll onDeleted={reload} />
    </section>
  );
}
