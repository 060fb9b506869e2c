import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { DeleteAll } from './DeleteAll';
import { ExportData } from './ExportData';
import { ImportData } from './ImportData';

interface Props {
  state: ProfileState;
  today: () => Date;
  reload: () => Promise<void>;
}

/** Export, import and delete: the runner's data is theirs to take, bring back or erase. */
export function DataSection({ state, today, reload }: Props) {
  return (
    <section class="options-form" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <fieldset>
        <legend>{t('optionsDataLegend')}</legend>
        <ExportData today={today} />
        <ImportData state={state} onImported={reload} today={today} />
        <DeleteAll onDeleted={reload} />
      </fieldset>
    </section>
  );
}
