import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { formatPlain } from './format';

/**
 * Said at the top of the options page when the browser's storage for the extension is full:
 * nothing new can be saved, and the way out (export, then delete) is one link away.
 */
export function StoreFullNotice({ storeFull }: { storeFull: ProfileState['storeFull'] }) {
  if (!storeFull) return null;
  const kB = (bytes: number) => formatPlain(Math.ceil(bytes / 1024));
  return (
    <p class="notice" role="alert" id="store-full">
      {t('optionsStoreFull', kB(storeFull.usedBytes), kB(storeFull.quotaBytes))} <a href="#data-heading">{t('optionsStoreFullLink')}</a>
    </p>
  );
}
