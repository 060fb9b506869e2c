import { useState } from 'preact/hooks';
import { backupFileName, exportBackup } from '../platform/backup';
import { t } from '../platform/i18n';
import { errorText } from './use-profile-state';

/** Saves a download with every stored value, so the runner can move or keep their data. */
export async function downloadBackup(now: Date): Promise<string> {
  const backup = await exportBackup(now);
  const blob = new Blob([JSON.stringify(backup, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = backupFileName(now);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return link.download;
}

export function ExportData({ today }: { today: () => Date }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async () => {
    try {
      setMessage({ ok: true, text: t('optionsExportDone', await downloadBackup(today())) });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsExportFailed', errorText(e)) });
    }
  };
  return (
    <div class="field">
      <div class="actions">
        <button type="button" onClick={run}>{t('optionsExport')}</button>
      </div>
      <p role="status" class={message?.ok === false ? 'error' : undefined}>{message?.text}</p>
    </div>
  );
}
