import type { ActivityDraft, CrampLog as CrampLogValue, Intake } from '../core/activity';
import type { Product } from '../core/product';
import type { Analysis } from '../core/analysis';
import { crampMinuteRange } from '../core/limits';
import type { Units } from '../core/profile';
import { planPartsSaid, shownFindings } from './advice';
import { CourseOffer, type CourseOfferState } from './CourseOffer';
import type { PlannedRace } from '../core/race/review';
import { RaceReview } from './RaceReview';
import { CrampLog } from './CrampLog';
import { BalanceChart } from './BalanceChart';
import { Estimates } from './Estimates';
import { IntakeLog } from './IntakeLog';
import { Findings, Why } from './Findings';
import { flagKey, headline } from './headline';
import { type ManualField, ManualEntry } from './ManualEntry';
import { MissingInputs } from './MissingInputs';
import { PlanSummary } from './PlanSummary';
import { SafetyNotes } from './SafetyNotes';
import { unbroken } from './unbroken';
import { type MessageKey, t } from '../platform/i18n';
import type { ReadState } from '../platform/messages';

export interface PanelProps {
  state: ReadState;
  analysis: Analysis | null;
  pending: boolean;
  error: string | null;
  /** Essential values the page did not show, which the runner can type in. */
  missingFields: ManualField[];
  units: Units;
  /** For number formatting: the browser's UI language. */
  locale: string;
  collapsed: boolean;
  /** Set when the stored profile was unreadable and defaults are in use. */
  profileNotice?: string | null;
  onToggle: () => void;
  /** Why the last manual entry was refused, shown beside the form. */
  manualError?: string | null;
  onManualEntry: (draft: ActivityDraft) => void;
  onManualInvalid: (message: string) => void;
  onOpenOptions: () => void;
  /** The runner's cramp log for this activity, as stored with it. */
  cramp?: CrampLogValue;
  /** The scheme to draw in: the page's own, or the system's where the page follows it (content/page-scheme.ts). Light when not given. */
  scheme?: 'light' | 'dark';
  /** The activity's length as the page showed it: bounds the cramp minute and a typed moving time. */
  span?: { elapsedS?: number; movingS?: number; splits?: readonly { atM: number; elapsedS: number }[] };
  /** Stores a cramp log; without it the panel offers none. */
  onLogCramp?: (cramp: CrampLogValue) => void;
  /** What the runner logged taking on this activity. */
  intake?: Intake;
  /** The runner's products, for counting servings and naming the plan's items. */
  products?: readonly Product[];
  /** Stores what was taken; without it the panel offers no form. */
  onLogIntake?: (intake: Intake) => void | Promise<void>;
  /** Why the last save of what was taken failed (the form keeps what was typed). */
  intakeError?: string | null;
  /** The saved race this activity is: the panel compares its plan with what happened. */
  race?: PlannedRace;
  /** On a route page, not an activity: the panel offers the route as a race course instead. */
  course?: CourseOfferState;
  onPlanCourse?: () => void;
}

/** The most severe few findings, so the answer fits the first screen; the Why expander names them all. */
const FINDINGS_SHOWN = 3;

const RISK_LABEL: Record<'low' | 'moderate' | 'high', MessageKey> = { low: 'riskLow', moderate: 'riskModerate', high: 'riskHigh' };

/** The tip panel shown under the activity's stats, inside a shadow root. */
export function Panel(props: PanelProps) {
  const { analysis, collapsed } = props;
  return (
    <section class={props.scheme === 'dark' ? 'cc-panel cc-dark' : 'cc-panel'} aria-label="Cramp Check">
      <header class="cc-header">
        <button type="button" class="cc-toggle" aria-expanded={!collapsed} onClick={props.onToggle}>
          <svg class="cc-logo" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M8 1C6 4.5 3.5 7 3.5 10a4.5 4.5 0 0 0 9 0C12.5 7 10 4.5 8 1z" />
          </svg>
          Cramp Check
        </button>
        {analysis && <Signals analysis={analysis} />}
      </header>
      {!collapsed && (props.course ? <CourseOffer state={props.course} onPlan={props.onPlanCourse} /> : <PanelBody {...props} />)}
    </section>
  );
}

/**
 * Two signals, never one standing for both: the cramp risk, and the heat (or cold) flag in its own
 * colour with its name, so a black flag never sits under a "low" badge alone.
 */
function Signals({ analysis }: { analysis: Analysis }) {
  const flag = analysis.estimates.heatFlag;
  return (
    <span class="cc-signals">
      <span class={`cc-risk cc-risk-${analysis.crampRisk.level}`}>{t(RISK_LABEL[analysis.crampRisk.level])}</span>
      {flag && <span class={`cc-danger cc-flag cc-flag-${flag}`}>{t(flag === 'white' ? 'headerCold' : 'headerHeat', t(flagKey(flag)))}</span>}
    </span>
  );
}

function PanelBody(props: PanelProps) {
  const { analysis, state, missingFields, units } = props;
  return (
    <div class="cc-body">
      {props.profileNotice && <p class="cc-notice">{props.profileNotice}</p>}
      {state === 'unreadable' && (
        <p class="cc-notice">{t('noticeUnreadable')}</p>
      )}
      {state === 'partial' && missingFields.length > 0 && (
        <p class="cc-notice">{t('noticePartial')}</p>
      )}
      <ManualEntry
        fields={missingFields}
        units={units}
        elapsedS={props.span?.elapsedS}
        error={props.manualError ?? null}
        onSubmit={props.onManualEntry}
        onInvalid={props.onManualInvalid}
      />
      {props.error && (
        <p class="cc-error" role="alert">
          {props.error}
        </p>
      )}
      {props.pending && !analysis && <p class="cc-muted">{t('analyzing')}</p>}
      {analysis && (
        <>
          <p class="cc-headline">{unbroken(headline(analysis))}</p>
          <SafetyNotes notes={analysis.safety} />
          <Estimates analysis={analysis} units={units} locale={props.locale} />
          <BalanceChart balance={analysis.balance} units={units} locale={props.locale} />
          <PlanSummary plan={analysis.plan} units={units} locale={props.locale} said={planPartsSaid(shownFindings(analysis.findings, FINDINGS_SHOWN))} products={props.products} />
          <Findings findings={analysis.findings} limit={FINDINGS_SHOWN} />
          {props.race && <RaceReview race={props.race} span={props.span} intake={props.intake} units={units} locale={props.locale} />}
          {props.onLogCramp && <CrampLog log={props.cramp} minutes={crampMinuteRange(props.span ?? {})} onLog={props.onLogCramp} />}
          {props.onLogIntake && (
            <IntakeLog intake={props.intake} units={units} locale={props.locale} products={props.products ?? []} onSave={props.onLogIntake} saveError={props.intakeError ?? null} />
          )}
          <MissingInputs missing={analysis.missing} onOpenOptions={props.onOpenOptions} />
          <Why findings={analysis.findings} units={units} locale={props.locale} />
        </>
      )}
    </div>
  );
}
