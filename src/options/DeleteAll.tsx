import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteAllData } from '../platform/backup';
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
      await deleteAllData();
      setConfirming(false);
      await onDeleted();
      setMessage({ ok: true, text: 'All data deleted. Defaults are shown.' });
    } catch (e) {
      setMessage({ ok: false, text: `Couldn't delete: ${errorText(e)}` });
    }
  };
  return (
    <div class="field">
      {confirming ? (
        <div class="confirm">
          <p id="delete-question">
            Delete your profile, weigh-in tests, settings, manual entries and analyses from this browser? This cannot be
            undone; export first to keep a copy.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void confirm()}>Yes, delete everything</button>
            <button type="button" class="secondary" ref={cancelRef} aria-describedby="delete-question" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" class="danger" onClick={() => { setMessage(null); setConfirming(true); }}>Delete all data…</button>
        </div>
      )}
      <p role={message?.ok === false ? 'alert' : 'status'} class={message?.ok === false ? 'error' : undefined}>{message?.text}</p>
    </div>
  );
}
