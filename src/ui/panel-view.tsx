/**
 * The panel as plain data and events, so it can be drawn where the page cannot reach: the content
 * script decides what the panel shows (a PanelView) and the extension's own panel frame draws it
 * (src/panel), sending the runner's actions back as PanelEvents. The test build draws the same
 * view in the page (src/content/panel-inline.tsx).
 */
import type { ActivityDraft, CrampLog, Intake } from '../core/activity';
import { Panel, type PanelProps } from './Panel';

export type PanelView = Omit<PanelProps, 'onToggle' | 'onManualEntry' | 'onManualInvalid' | 'onOpenOptions' | 'onLogCramp' | 'onLogIntake' | 'onPlanCourse'> & {
  /** Whether the panel offers a cramp log (the runner's own, stored activity). */
  canLogCramp: boolean;
};

export type PanelEvent =
  | { type: 'toggle' }
  | { type: 'manual-entry'; entry: ActivityDraft }
  | { type: 'manual-invalid'; text: string }
  | { type: 'open-options' }
  | { type: 'log-cramp'; cramp: CrampLog }
  | { type: 'log-intake'; intake: Intake }
  | { type: 'plan-course' };

export function PanelFromView({ view, emit }: { view: PanelView; emit: (event: PanelEvent) => void }) {
  const { canLogCramp, ...shown } = view;
  return (
    <Panel
      {...shown}
      onToggle={() => emit({ type: 'toggle' })}
      onManualEntry={(entry) => emit({ type: 'manual-entry', entry })}
      onManualInvalid={(text) => emit({ type: 'manual-invalid', text })}
      onOpenOptions={() => emit({ type: 'open-options' })}
      onLogCramp={canLogCramp ? (cramp) => emit({ type: 'log-cramp', cramp }) : undefined}
      onLogIntake={canLogCramp ? (intake) => emit({ type: 'log-intake', intake }) : undefined}
      onPlanCourse={shown.course ? () => emit({ type: 'plan-course' }) : undefined}
    />
  );
}
