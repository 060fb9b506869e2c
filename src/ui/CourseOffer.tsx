import { t } from '../platform/i18n';

export interface CourseOfferState {
  /** The route's file is being fetched and handed to the race page. */
  busy: boolean;
  /** Why the course could not be taken, in the runner's language. */
  error: string | null;
}

/** On a route page: the panel's one offer, this route as the course of a race plan. */
export function CourseOffer({ state, onPlan }: { state: CourseOfferState; onPlan?: () => void }) {
  return (
    <div class="cc-body cc-course-offer">
      <p>{t('courseOfferText')}</p>
      <button type="button" class="cc-course-button" disabled={state.busy || !onPlan} onClick={onPlan}>
        {t(state.busy ? 'courseOfferBusy' : 'courseOfferButton')}
      </button>
      {state.error && (
        <p class="cc-error" role="alert">
          {state.error}
        </p>
      )}
    </div>
  );
}
