import { Component } from 'preact';
import type { Intake } from '../core/activity';
import { formatMass, formatVolumeMl } from '../core/format';
import type { Product } from '../core/product';
import type { Units } from '../core/units';
import { t } from '../platform/i18n';
import { INTAKE_FIELDS, INTAKE_SPECS, intakeSummary, MAX_SERVINGS, readIntakeForm } from './intake-form';

interface Props {
  /** What the runner logged before, if anything. */
  intake: Intake | undefined;
  units: Units;
  locale: string;
  products: readonly Product[];
  /**
   * Stores it. A returned promise settles the form; without one (the framed panel sends an event)
   * the form waits for the stored intake or `saveError` to come back, keeping what was typed.
   */
  onSave: (intake: Intake) => void | Promise<void>;
  saveError?: string | null;
}

interface State {
  editing: boolean;
  saving: boolean;
  error: string | null;
}

/**
 * "What did you take?" on the runner's own activity: drink, sodium, carbohydrate (typed, or as
 * servings of their products) and weights either side. A class component with uncontrolled
 * inputs: the content script ships no hooks, and what was typed stays put when a save fails.
 */
export class IntakeLog extends Component<Props, State> {
  override state: State = { editing: false, saving: false, error: null };

  private save = async (event: Event) => {
    event.preventDefault();
    const { units, products, intake: before } = this.props;
    const result = readIntakeForm(event.currentTarget as HTMLFormElement, units, products);
    if ('error' in result) return this.setState({ error: result.error });
    // An empty form removes what was logged; with nothing logged it asks for a value.
    if (Object.keys(result.intake).length === 0 && before === undefined) return this.setState({ error: t('enterOneValue') });
    this.setState({ saving: true, error: null });
    try {
      const done = this.props.onSave(result.intake);
      if (done === undefined) return;
      await done;
      this.setState({ editing: false, saving: false });
    } catch (error) {
      this.setState({ saving: false, error: t('intakeSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
  };

  override componentDidUpdate(previous: Props) {
    // The stored intake came back (or the save failed): the form's wait is over.
    if (previous.intake !== this.props.intake && this.state.saving) this.setState({ editing: false, saving: false });
    else if (this.props.saveError && previous.saveError !== this.props.saveError && this.state.saving) this.setState({ saving: false, error: this.props.saveError });
  }

  override render({ intake, units, locale, products }: Props, { editing, saving, error }: State) {
    if (intake && !editing) {
      const text = intakeSummary(intake, (ml) => formatVolumeMl(ml, units, locale), (kg) => formatMass(kg, units, locale));
      return (
        <p class="cc-intake-logged">
          {t('intakeLogged', text)}{' '}
          <button type="button" class="cc-link" onClick={() => this.setState({ editing: true, error: null })}>
            {t('crampChange')}
          </button>
        </p>
      );
    }
    return (
      <details class="cc-intake" open={editing || error !== null}>
        <summary>{t('intakeQuestion')}</summary>
        <form class="cc-intake-form" onSubmit={this.save}>
          {INTAKE_FIELDS.map((field) => {
            const spec = INTAKE_SPECS[field];
            const stored = intake?.[field];
            return (
              <label key={field}>
                <span>{spec.label(units)}</span>
                <input name={field} type="number" inputMode="decimal" step="any" min="0" defaultValue={stored === undefined ? '' : String(spec.toShown(stored, units))} />
              </label>
            );
          })}
          <p class="cc-muted">{t('intakeAfterHint')}</p>
          {products.length > 0 && (
            <fieldset class="cc-intake-products">
              <legend>{t('intakeProducts')}</legend>
              {products.map((p, i) => (
                <label key={`${i}-${p.name}`}>
                  <span>{t('intakeServings', p.name)}</span>
                  <input name={`servings-${i}`} type="number" inputMode="numeric" min="0" max={String(MAX_SERVINGS)} step="1" />
                </label>
              ))}
            </fieldset>
          )}
          {error && (
            <p class="cc-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={saving}>
            {saving ? t('intakeSaving') : t('intakeSave')}
          </button>
        </form>
      </details>
    );
  }
}
