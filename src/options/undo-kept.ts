import type { Profile } from '../core/profile';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import { STORAGE_KEYS } from '../platform/storage-keys';
import { PROFILE_FIELDS } from './profile-fields';

const plural = (n: number, one: MessageKey, other: MessageKey) =>
  t(new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? one : other, n);

/**
 * What "Undo import" left as it is because it was changed after the import, in the runner's words:
 * profile fields by name, then the settings, activities and other values counted. Empty when
 * everything the import changed went back.
 */
export function describeKept(kept: readonly string[][]): string[] {
  const fields = new Set<string>();
  const activities = new Set<string>();
  let settings = false;
  let other = 0;
  for (const [key, field, ...rest] of kept) {
    const use = key === STORAGE_KEYS.profile && field ? PROFILE_FIELDS[field as keyof Profile]?.preview : undefined;
    if (use && 'label' in use && rest.length === 0) fields.add(t(use.label));
    else if (key === STORAGE_KEYS.settings) settings = true;
    else if (key === STORAGE_KEYS.history && field) activities.add(field);
    else other++;
  }
  return [
    ...fields,
    ...(settings ? [t('optionsUndoKeptSettings')] : []),
    ...(activities.size ? [plural(activities.size, 'optionsUndoKeptActivitiesOne', 'optionsUndoKeptActivitiesOther')] : []),
    ...(other ? [plural(other, 'optionsUndoKeptOtherOne', 'optionsUndoKeptOtherOther')] : []),
  ];
}
