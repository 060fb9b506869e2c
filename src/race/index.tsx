import { render } from 'preact';
import { hasWeatherAccess } from '../platform/weather-access';
import { send } from '../platform/messaging';
import { RaceApp } from './RaceApp';
import type { RaceForecastDeps } from './race-forecast';

/** The forecast only with the weather opt-in on and Open-Meteo's hosts granted (as the popup's planner). */
async function forecastDeps(): Promise<RaceForecastDeps | null> {
  const { settings } = await send({ type: 'get-profile' });
  if (settings.weatherLookup !== true || !(await hasWeatherAccess().catch(() => false))) return null;
  return { fetch: (input, init) => fetch(input, init), now: () => new Date() };
}

const root = document.getElementById('app');
if (root) forecastDeps().then((forecast) => render(<RaceApp forecast={forecast} />, root), () => render(<RaceApp forecast={null} />, root));
