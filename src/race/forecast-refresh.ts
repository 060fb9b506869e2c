/**
 * Saved races whose forecast changed since their plan was made (weather opt-in only: no deps, no
 * lookup): each upcoming race within the forecast's reach is looked up again when the race page
 * opens, and those whose hours differ come back with the new forecast, to be saved.
 */
import type { SavedRace } from '../core/race/index';
import { forecastChanged, type RaceForecastDeps, raceForecast } from './race-forecast';

export async function changedForecasts(races: readonly SavedRace[], deps: RaceForecastDeps): Promise<SavedRace[]> {
  const changed: SavedRace[] = [];
  // One at a time: a season of races is a handful of lookups, and Open-Meteo asks for restraint.
  for (const race of races) {
    const fresh = await raceForecast(race, deps).catch(() => null);
    if (fresh !== null && forecastChanged(race.forecast ?? null, fresh)) changed.push({ ...race, forecast: fresh });
  }
  return changed;
}
