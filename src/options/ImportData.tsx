import { useState } from 'preact/hooks';
import { applyImport, type ImportPlan, parseBackup, readAllData } from '../platform/backup';
import { t } from '../platform/i18n';
import type { ProfileState } from '../platform/messages';
import { describeImport } from './import-changes';
import { errorText } from './use-profile-state';

interface Props {
  state: ProfileState;
  /** Called after an import was applied, to show the imported values. */
  onImported: () => Promise<void>;
}

type Step = { kind: 'idle' } | { kind: 'preview'; plan: ImportPlan; changes: string[] } | { kind: 'done' } | { kind: 'error'; message: string };

/** Reads an export back: nothing is written until the runner has seen the changes and confirmed. */
export function ImportData({ state, onImported }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (!file) return;
    try {
      const parsed = parseBackup(await file.text());
      if ('error' in parsed) return setStep({ kind: 'error', message: parsed.error });
      const changes = describeImport(parsed.plan, { profile: state.profile, settings: state.settings, stored: await readAllData() });
      setStep({ kind: 'preview', plan: parsed.plan, changes });
    } catch (e) {
      setStep({ kind: 'error', message: t('optionsImportReadFailed', errorText(e)) });
    }
  };
  const apply = async (plan: ImportPlan) => {
    try {
      await applyImport(plan);
      await onImported();
      setStep({ kind: 'done' });
    } catch (e) {
      setStep({ kind: 'error', message: t('optionsImportFailed', errorText(e)) });
    }
  };

  return (
    <div class="field">
      <label for="import-file">{t('optionsImportLabel')}</label>
      <input id="import-file" type="file" accept="application/json,.json" aria-describedby="import-message"
        onChange={(e) => void choose(e.target as HTMLInputElement)} />
      <div id="import-message">
        <p role="alert" class="error">{step.kind === 'error' && step.message}</p>
        <p role="status">{step.kind === 'done' && t('optionsImportDone')}</p>
      </div>
      {step.kind === 'preview' && (
        <section class="import-preview" aria-labelledby="import-preview-heading">
          <h3 id="import-preview-heading">{t('optionsImportPreviewHeading')}</h3>
          {step.changes.length === 0 ? <p>{t('optionsImportNothing')}</p> : (
            <ul>{step.changes.map((line) => <li key={line}>{line}</li>)}</ul>
          )}
          <div class="actions">
            <button type="button" onClick={() => void apply(step.plan)}>{t('optionsImportApply')}</button>
            <button type="button" class="secondary" onClick={() => setStep({ kind: 'idle' })}>{t('optionsCancel')}</button>
          </div>
        </section>
      )}
    </div>
  );
}
