import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** What switching an opt-in did, said in the section's status line. */
export type OptInResult = { ok: boolean; text: string };

interface Props {
  /** The checkbox's id; its help is `<id>-help`, the heading `<id>-heading`. */
  id: string;
  heading: string;
  label: string;
  help: string;
  checked: boolean;
  /** Saves the choice (and asks the browser for whatever it needs); says how it went. */
  onToggle: (on: boolean) => Promise<OptInResult>;
  /** Anything the section shows below its status line. */
  children?: ComponentChildren;
}

/**
 * One opt-in of the options page (the training log, the weather lookup): a heading, a checkbox,
 * the sentence that says exactly what it does, and a status line that reports the outcome.
 */
export function OptInSection({ id, heading, label, help, checked, onToggle, children }: Props) {
  const [result, setResult] = useState<OptInResult | null>(null);
  return (
    <section class="options-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div class="field check">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${id}-help`}
          onChange={(e) => void onToggle((e.target as HTMLInputElement).checked).then(setResult)}
        />
        <label for={id}>{label}</label>
      </div>
      <p id={`${id}-help`} class="hint">
        {help}
      </p>
      <p role="status" class={result?.ok === false ? 'error' : undefined}>
        {result?.text}
      </p>
      {children}
    </section>
  );
}
