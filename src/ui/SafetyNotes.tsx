import type { SafetyNote } from '../core/analysis';
import { t } from '../platform/i18n';
import { unbroken } from './unbroken';

/** The signs that need care: set apart from the advice, in every surface that shows an analysis. */
export function SafetyNotes({ notes }: { notes: readonly SafetyNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <section class="cc-safety" aria-label={t('safetyTitle')}>
      <p class="cc-safety-title">
        <span aria-hidden="true">⚠ </span>
        {t('safetyTitle')}
      </p>
      <ul class="cc-safety-list">
        {notes.map((n) => (
          <li key={n.id} data-safety={n.id}>
            {unbroken(n.text)}
          </li>
        ))}
      </ul>
    </section>
  );
}
