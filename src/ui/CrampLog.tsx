import { Component } from 'preact';
import type { CrampLog as Log } from '../core/activity';
import { MUSCLES, type Range } from '../core/limits';
import { type MessageKey, t } from '../platform/i18n';

const muscleKey = (m: string) => `cramp${m.charAt(0).toUpperCase()}${m.slice(1)}` as MessageKey;

/** "You logged cramps at 75 min (calves)" / "You logged no cramps". */
export function loggedText(log: Log): string {
  if (!log.cramped) return t('crampLoggedNone');
  const base = log.atMin === undefined ? t('crampLogged') : t('crampLoggedAt', log.atMin);
  const muscles = (log.muscles ?? []).map((m) => ((MUSCLES as readonly string[]).includes(m) ? t(muscleKey(m)) : m));
  return muscles.length > 0 ? `${base} (${muscles.join(', ')})` : base;
}

/**
 * Reads the form: the minute (optional, inside `minutes`, the activity's own span) and the ticked
 * muscles, or null when the minute is not a number inside that span.
 */
export function readCrampForm(form: HTMLFormElement, minutes: Range): Log | null {
  const log: Log = { cramped: true };
  const text = (form.elements.namedItem('atMin') as HTMLInputElement | null)?.value.trim() ?? '';
  if (text !== '') {
    const min = Number(text.replace(',', '.'));
    if (!Number.isFinite(min) || min < minutes.min || min > minutes.max) return null;
    log.atMin = Math.round(min);
  }
  const muscles = [...form.querySelectorAll<HTMLInputElement>('input[name="muscle"]')].filter((i) => i.checked).map((i) => i.value);
  if (muscles.length > 0) log.muscles = muscles;
  return log;
}

const STRETCH: Record<string, MessageKey> = { calves: 'stretchCalves', hamstrings: 'stretchHamstrings', quads: 'stretchQuads', feet: 'stretchFeet' };

/**
 * What to do when it hits: passive static stretching of the cramping muscle, then easy
 * walking (Schwellnus 2009 review), one stretch per muscle the runner logged.
 */
export function Stretches({ log }: { log: Log }) {
  const keys = log.cramped ? (log.muscles ?? []).flatMap((m) => (Object.hasOwn(STRETCH, m) ? [STRETCH[m] as MessageKey] : [])) : [];
  if (keys.length === 0) return null;
  return (
    <div class="cc-stretches">
      <p>{t('stretchTitle')}</p>
      <ul class="cc-stretch">
        {keys.map((k) => (
          <li key={k} data-stretch={k}>
            {t(k)}
          </li>
        ))}
      </ul>
      <p>{t('stretchWalk')}</p>
    </div>
  );
}

interface Props {
  /** What the runner logged before, if anything. */
  log: Log | undefined;
  /** The minutes a cramp can be logged at: 0 to the activity's elapsed time (limits.ts). */
  minutes: Range;
  onLog: (log: Log) => void;
}

interface State {
  /** Showing the two choices although a log exists ("Change"). */
  changing: boolean;
  form: boolean;
  invalid: boolean;
}

/**
 * The runner's own answer to "did you cramp?", stored with the activity. A class component:
 * the content script ships no hooks. The form's inputs are uncontrolled.
 */
export class CrampLog extends Component<Props, State> {
  override state: State = { changing: false, form: false, invalid: false };

  private log(log: Log) {
    this.setState({ changing: false, form: false, invalid: false });
    this.props.onLog(log);
  }

  private save = (event: Event) => {
    event.preventDefault();
    const log = readCrampForm(event.currentTarget as HTMLFormElement, this.props.minutes);
    if (log) this.log(log);
    else this.setState({ invalid: true });
  };

  override render({ log, minutes }: Props, { changing, form, invalid }: State) {
    if (log && !changing) {
      return (
        <div class="cc-cramp">
          <p class="cc-cramp-logged">
            {loggedText(log)}{' '}
            <button type="button" class="cc-link" onClick={() => this.setState({ changing: true })}>
              {t('crampChange')}
            </button>
          </p>
          <Stretches log={log} />
        </div>
      );
    }
    return (
      <fieldset class="cc-cramp">
        <legend class="cc-cramp-q">{t('crampQuestion')}</legend>
        <div class="cc-cramp-choices">
          <button type="button" aria-expanded={form} onClick={() => this.setState({ form: true })}>
            {t('crampYes')}
          </button>
          <button type="button" onClick={() => this.log({ cramped: false })}>
            {t('crampNo')}
          </button>
        </div>
        {form && (
          <form class="cc-cramp-form" onSubmit={this.save} noValidate>
            <label>
              <span>{t('crampWhen')}</span>
              <input name="atMin" type="number" inputMode="numeric" min={minutes.min} max={minutes.max} step="1" aria-invalid={invalid} />
            </label>
            <fieldset>
              <legend>{t('crampWhich')}</legend>
              {MUSCLES.map((m) => (
                <label key={m}>
                  <input type="checkbox" name="muscle" value={m} /> {t(muscleKey(m))}
                </label>
              ))}
            </fieldset>
            {invalid && (
              <p class="cc-error" role="alert">
                {t('crampMinuteRange', minutes.min, minutes.max)}
              </p>
            )}
            <button type="submit">{t('crampSave')}</button>
          </form>
        )}
      </fieldset>
    );
  }
}
