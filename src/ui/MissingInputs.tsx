import type { InputNote } from '../core/analysis';
import { t } from '../platform/i18n';

/** Inputs that would sharpen the answer; profile fields get a one-click way to the options page. */
const PROFILE_FIELDS = new Set(['bodyMassKg', 'heightCm', 'sweatRateLph', 'sweatSodiumMgPerL', 'crampHistory']);

export function MissingInputs({ missing, onOpenOptions }: { missing: InputNote[]; onOpenOptions: () => void }) {
  if (missing.length === 0) return null;
  return (
    <ul class="cc-missing">
      {missing.map((note) => (
        <li key={note.field}>
          {note.message}{' '}
          {PROFILE_FIELDS.has(note.field) && (
            <button type="button" class="cc-link" onClick={onOpenOptions}>
              {t('setInProfile')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
