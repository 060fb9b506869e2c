import type { Intake } from '../core/activity';
import { formatCarbsG, formatDistance, formatDuration, formatSodiumMg, formatVolumeMl } from '../core/format';
import type { Units } from '../core/profile';
import { type PlannedRace, reviewRace } from '../core/race/review';
import { t } from '../platform/i18n';

interface Props {
  race: PlannedRace;
  span?: { elapsedS?: number; movingS?: number; splits?: readonly { atM: number; elapsedS: number }[] };
  intake?: Intake;
  units: Units;
  locale: string;
}

/** Under a minute apart counts as on the goal: a race clock and a watch rarely agree closer. */
const ON_GOAL_S = 60;

/** After the race: the plan against what happened, in a few lines (the activity is this race's). */
export function RaceReview({ race, span, intake, units, locale }: Props) {
  const review = reviewRace(race, { ...span, ...(intake ? { intake } : {}) });
  const took = review.tookS;
  const diff = took === null ? 0 : took - review.goalS;
  const time =
    took === null
      ? null
      : Math.abs(diff) < ON_GOAL_S
        ? t('raceReviewOnGoal', formatDuration(review.goalS))
        : t(diff > 0 ? 'raceReviewSlower' : 'raceReviewFaster', formatDuration(review.goalS), formatDuration(took), formatDuration(Math.abs(diff)));
  const logged = review.intake;
  const amount = (text: (x: number) => string, pair: { planned: number; logged: number | null }) => t('raceReviewAmount', text(pair.planned), pair.logged === null ? '—' : text(pair.logged));
  return (
    <section class="cc-race-review" aria-label={t('raceReviewHeading', review.name)}>
      <h3>{t('raceReviewHeading', review.name)}</h3>
      {time && <p>{time}</p>}
      {review.legs ? (
        <ul>
          {review.legs.map((leg) => (
            <li key={leg.fromM}>{t('raceReviewLeg', formatDistance(leg.fromM, units, locale), formatDistance(leg.toM, units, locale), formatDuration(leg.plannedS), formatDuration(leg.tookS))}</li>
          ))}
        </ul>
      ) : (
        <p class="cc-muted">{t('raceReviewNoSplits')}</p>
      )}
      {logged ? (
        <p>
          {t(
            'raceReviewIntake',
            amount((x) => formatVolumeMl(x, units, locale), logged.fluidMl),
            amount((x) => formatCarbsG(x, locale), logged.carbsG),
            amount((x) => formatSodiumMg(x, locale), logged.sodiumMg),
          )}
        </p>
      ) : (
        <p class="cc-muted">{t('raceReviewNoIntake')}</p>
      )}
    </section>
  );
}
