interface Props {
  id: string;
  label: string;
  value: string;
  /** Shown under the input; replaced by the error when there is one. */
  hint: string;
  error?: string | undefined;
  type?: 'text' | 'date';
  onInput: (value: string) => void;
}

/**
 * One labelled input. The hint/error line is linked with aria-describedby and the input is
 * marked aria-invalid, so a screen reader announces what is wrong with the focused field.
 */
export function TextField({ id, label, value, hint, error, type = 'text', onInput }: Props) {
  const described = `${id}-hint`;
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        // Preact's input types are a union keyed on `type`; both values here are valid for this input.
        type={type as 'text'}
        inputMode={type === 'text' ? ('decimal' as const) : undefined}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
      />
      <small id={described}>{error ?? hint}</small>
    </div>
  );
}
