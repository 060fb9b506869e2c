import type { InputNote } from '../core/analysis';
import { type MessageKey, t } from '../platform/i18n';
import { joinWords } from './headline';
import { unbroken } from './unbroken';

/** Profile values the engine assumed when the runner gave none, named in the order the engine asks. */
const PROFILE_NAMES: Record<string, MessageKey> = {
  bodyMassKg: 'profileNameBodyMassKg',
  heightCm: 'profileNameHeightCm',
  sweatTests: 'profileNameSweatTests',
  sweatRateLph: 'profileNameSweatRateLph',
  sweatSodiumMgPerL: 'profileNameSweatSodiumMgPerL',
  crampHistory: 'profileNameCrampHistory',
};

/**
 * Inputs that would sharpen the answer. What this activity lacks gets a line each; what the profile
 * lacks is the same on every activity, so it is one line with one way to the options page.
 */
export function MissingInputs({ missing, onOpenOptions }: { missing: InputNote[]; onOpenOptions: () => void }) {
  const profile = missing.filter((note) => Object.hasOwn(PROFILE_NAMES, note.field));
  const activity = missing.filter((note) => !Object.hasOwn(PROFILE_NAMES, note.field));
  if (missing.length === 0) return null;
  return (
    <ul class="cc-missing">
      {activity.map((note) => (
        <li key={note.field}>{unbroken(note.message)}</li>
      ))}
      {profile.length > 0 && (
        <li class="cc-profile-prompt">
          {t('profileAssumed')}{' '}
          <button type="button" class="cc-link" onClick={onOpenOptions}>
            {t('profileAdd', joinWords(profile.map((note) => t(PROFILE_NAMES[note.field] as MessageKey))))}
          </button>
        </li>
      )}
    </ul>
  );
}
