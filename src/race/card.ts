import type { RaceLeg, RacePlan, SavedRace } from '../core/race/index';
import { wallClockMs } from '../core/start-time';
import { formatNumber, formatVolumeMl } from '../core/format';
import { toShown, type Units, unitSymbol } from '../core/units';
import { t } from '../platform/i18n';

/**
 * The race card, one block per station: when to arrive (clock and elapsed), what to take on the
 * way to the next one, and what to carry there. Built once for the page, the print and the copied
 * text, so the three never differ.
 */
export interface CardStop {
  title: string;
  arrive: string | null;
  take: string | null;
  carry: string | null;
  holdBack: boolean;
}

export interface Card {
  heading: string;
  forecast: string;
  check: string;
  strategy: string;
  stops: CardStop[];
  safety: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const elapsed = (s: number) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}`;
/** The start's wall clock plus `s`, shown as written (design.md: dates on the course's own clock). */
function clock(race: SavedRace, s: number): string {
  const ms = (wallClockMs(`${race.date}T${race.time}`) ?? 0) + s * 1000;
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const distance = (m: number, units: Units, locale: string) => `${formatNumber(toShown('distance', m, units), 1, locale)} ${unitSymbol('distance', units)}`;

function take(leg: RaceLeg, plan: RacePlan, units: Units, locale: string): string | null {
  const parts: string[] = [];
  if (leg.fluidMl > 0) parts.push(t(plan.strategy === 'thirst' ? 'raceCardDrinkUpTo' : 'raceCardDrink', formatVolumeMl(leg.fluidMl, units, locale)));
  if (leg.sodiumMg > 0) parts.push(t('raceCardSodium', formatNumber(leg.sodiumMg, 0, locale)));
  if (leg.carbsG > 0) parts.push(t('raceCardCarbs', formatNumber(leg.carbsG, 0, locale)));
  return parts.length > 0 ? parts.join(' · ') : null;
}

const carry = (leg: RaceLeg) => (leg.items.length > 0 ? leg.items.map((i) => `${i.count} × ${i.name}`).join(', ') : null);

export function buildCard(race: SavedRace, plan: RacePlan, units: Units, locale: string): Card {
  const stops: CardStop[] = plan.legs.map((leg, i) => ({
    title: i === 0 ? t('raceCardStart', clock(race, 0)) : t('raceCardStation', String(i), distance(leg.fromM, units, locale)),
    arrive: i === 0 ? null : t('raceCardArrive', clock(race, leg.startS), elapsed(leg.startS)),
    take: take(leg, plan, units, locale),
    carry: carry(leg),
    holdBack: leg.holdBack === true,
  }));
  const last = plan.legs.at(-1);
  if (last) stops.push({ title: t('raceCardFinish', distance(last.toM, units, locale)), arrive: t('raceCardArrive', clock(race, last.endS), elapsed(last.endS)), take: null, carry: null, holdBack: false });
  const temps = plan.legs.map((l) => l.temperatureC).filter((x): x is number => x !== null);
  const shownT = (c: number) => `${formatNumber(toShown('temperature', c, units), 0, locale)} ${unitSymbol('temperature', units)}`;
  const range = temps.length === 0 ? '' : `${shownT(Math.min(...temps))}–${shownT(Math.max(...temps))}`;
  return {
    heading: t('raceCardHeading', race.name, race.date, race.time, elapsed(race.goalTimeS)),
    forecast: race.forecast && temps.length > 0 ? t('raceForecastAssumed', race.forecast.fetchedAt.slice(0, 10), race.forecast.placeLabel, range) : t('raceForecastNone'),
    check: t('raceForecastCheck'),
    strategy: t(plan.strategy === 'thirst' ? 'raceStrategyThirst' : 'raceStrategySchedule'),
    stops,
    safety: plan.safety.map((s) => s.text),
  };
}

/** The card as plain text, for the clipboard. */
export function cardText(card: Card): string {
  const lines = [card.heading, card.forecast, card.check, card.strategy, ''];
  for (const stop of card.stops) {
    lines.push(stop.title);
    if (stop.arrive) lines.push(`  ${stop.arrive}`);
    if (stop.holdBack) lines.push(`  ${t('raceCardHoldBack')}`);
    if (stop.take) lines.push(`  ${t('raceCardTake', stop.take)}`);
    if (stop.carry) lines.push(`  ${t('raceCardCarry', stop.carry)}`);
  }
  if (card.safety.length > 0) lines.push('', ...card.safety);
  return lines.join('\n');
}
