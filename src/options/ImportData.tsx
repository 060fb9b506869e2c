import { useState } from 'preact/hooks';
import { parseBackup, readAllData } from '../platform/backup';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { send } from '../platform/messaging';
import { formatDay } from './format';
import { describeImport } from './import-changes';
import { describeKept } from './undo-kept';
import { errorText } from './use-profile-state';

interface Props {
  state: ProfileState;
  /** Called after an import was applied or undone, to show the stored values. */
  onImported: () => Promise<void>;
  today: () => Date;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'preview'; text: string; changes: string[] }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/**
 * Reads an export back: nothing is written until the runner has seen exactly what changes and
 * confirmed. The background parses the file again and writes it in its write queue, merged with
 * the history, size-checked, in one call, keeping what it changed for "Undo import" (which
 * takes back only that: anything changed since stays, and the message names it).
 */
export function ImportData({ state, onImported, today }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (!file) return;
    try {
      const text = await file.text();
      const parsed = parseBackup(text, today());
      if ('error' in parsed) return setStep({ kind: 'error', message: parsed.error });
      const current = { profile: state.profile, settings: state.settings, stored: await readAllData(), now: today() };
      setStep({ kind: 'preview', text, changes: describeImport(parsed.plan, current) });
    } catch (e) {
      setStep({ kind: 'error', message: t('optionsImportReadFailed', errorText(e)) });
    }
  };
  const apply = async (text: string) => {
    try {
      await send({ type: 'import-data', text });
      await onImported();
      setStep({ kind: 'done', message: t('optionsImportDone') });
    } catch (e) {
      setStep({ kind: 'error', message: t('optionsImportFailedUnchanged', errorText(e)) });
    }
  };
  const undo = async () => {
    try {
      const result = await send({ type: 'undo-import' });
      await onImported();
      const kept = result ? describeKept(result.kept) : [];
      const message = !result ? t('optionsImportUndoNothing') : kept.length ? t('optionsImportUndoneKept', kept.join(', ')) : t('optionsImportUndone');
      setStep({ kind: 'done', message });
    } catch (e) {
      setStep({ kind: 'error', message: t('optionsImportUndoFailed', errorText(e)) });
    }
  };

  return (
    <div class="field">
      <label for="import-file">{t('optionsImportLabel')}</label>
      <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-message"
        onChange={(e) => void choose(e.target as HTMLInputElement)} />
      <div id="import-message">
        <p role="alert" class="error">{step.kind === 'error' && step.message}</p>
        <p role="status">{step.kind === 'done' && step.message}</p>
      </div>
      {state.importUndoAt && step.kind !== 'preview' && (
        <div class="actions">
          <p class="hint" id="import-undo-hint">{t('optionsImportUndoHint', formatDay(state.importUndoAt))}</p>
          <button type="button" class="secondary" aria-describedby="import-undo-hint" onClick={() => void undo()}>{t('optionsImportUndo')}</button>
        </div>
      )}
      {step.kind === 'preview' && (
        <section class="import-preview" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{t('optionsImportPreviewHeading')}</h3>
          {step.changes.length === 0 ? <p>{t('optionsImportNothing')}</p> : (
            <ul>{step.changes.map((line) => <li key={line}>{line}</li>)}</ul>
          )}
          <div class="actions">
            <button type="button" onClick={() => void apply(step.text)}>{t('optionsImportApply')}</button>
            <button type="button" class="secondary" onClick={() => setStep({ kind: 'idle' })}>{t('optionsCancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
