import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { send } from '../platform/messaging';
import { errorText } from './use-profile-state';

/** Deletes everything, but only after a second, explicit confirmation. */
export function DeleteAll({ onDeleted }: { onDeleted: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Keyboard and screen-reader users land on the safe choice, right after the question.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const confirm = async () => {
    try {
      // The background deletes, in its write queue: a store already under way cannot undo it.
      await send({ type: 'delete-all-data' });
      setConfirming(false);
      await onDeleted();
      setMessage({ ok: true, text: t('optionsDeleteDone') });
    } catch (e) {
      setMessage({ ok: false, text: t('optionsDeleteFailed', errorText(e)) });
    }
  };
  return (
    <div class="field">
      {confirming ? (
        <div class="confirm">
          <p id="delete-question">{t('optionsDeleteQuestion')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void confirm()}>{t('optionsDeleteConfirm')}</button>
            <button type="button" class="secondary" ref={cancelRef} aria-describedby="delete-question" onClick={() => setConfirming(false)}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" onClick={() => { setMessage(null); setConfirming(true); }}>{t('optionsDeleteAll')}</button>
        </div>
      )}
      <p role={message?.ok === false ? 'alert' : 'status'} class={message?.ok === false ? 'error' : undefined}>{message?.text}</p>
    </div>
  );
}
