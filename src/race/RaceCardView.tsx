import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { type Card, cardText } from './card';

/** The card on screen, in print (wallet size, race.css) and as text for the clipboard. */
export function RaceCardView({ card }: { card: Card }) {
  const [copied, setCopied] = useState(false);
  return (
    <section class="race-card" aria-labelledby="race-card-title" data-testid="race-card">
      <h2 id="race-card-title">{card.heading}</h2>
      <p class="race-forecast">
        {card.forecast} <strong>{card.check}</strong>
      </p>
      <p>{card.strategy}</p>
      <ol class="race-stops">
        {card.stops.map((stop) => (
          <li key={stop.title} class="race-stop">
            <strong>{stop.title}</strong>
            {stop.arrive && <span> — {stop.arrive}</span>}
            {stop.holdBack && <div class="race-hold-back">{t('raceCardHoldBack')}</div>}
            {stop.take && <div>{t('raceCardTake', stop.take)}</div>}
            {stop.carry && <div>{t('raceCardCarry', stop.carry)}</div>}
          </li>
        ))}
      </ol>
      {card.safety.length > 0 && (
        <ul class="race-safety">
          {card.safety.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      <div class="race-actions">
        <button type="button" onClick={() => window.print()}>
          {t('racePrint')}
        </button>
        <button type="button" onClick={() => navigator.clipboard.writeText(cardText(card)).then(() => setCopied(true), () => setCopied(false))}>
          {t(copied ? 'raceCopied' : 'raceCopy')}
        </button>
      </div>
    </section>
  );
}
