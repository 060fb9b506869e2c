import type { ComponentChildren } from 'preact';
import { t } from '../platform/i18n';

export type SectionStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

interface Props {
  /** The section's name, for the form's accessible name and its status line's id. */
  id: string;
  label: string;
  saveLabel: string;
  status: SectionStatus;
  onSave: () => void;
  children: ComponentChildren;
}

/**
 * One section of the profile that saves on its own: its fields, its Save button and, next to the
 * button, what became of that save, so no button stands for fields it does not save.
 */
export function SectionForm({ id, label, saveLabel, status, onSave, children }: Props) {
  return (
    <form
      class="options-form"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {children}
      <div class="actions">
        <button type="submit">{saveLabel}</button>
        <span id={`save-status-${id}`} role="status">{status.kind === 'saved' && t('optionsSaved')}</span>
        <span role="alert" class="error">
          {status.kind === 'error' && status.message}
        </span>
      </div>
    </form>
  );
}
