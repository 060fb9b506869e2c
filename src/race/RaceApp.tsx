import { useEffect, useState } from 'preact/hooks';
import { RACE_NAME_MAX } from '../core/limits';
import { type Product, profileProducts } from '../core/product';
import type { RacePlan, SavedRace } from '../core/race/index';
import { type Units, unitSymbol } from '../core/units';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import { send } from '../platform/messaging';
import { buildCard, type Card } from './card';
import { CourseInput, GPX_PROBLEM } from './CourseInput';
import { readGpx } from './gpx';
import { type RaceFields, fieldsFromRace, raceFromFields } from './race-form';
import { changedForecasts } from './forecast-refresh';
import { forecastChanged, type RaceForecastDeps, raceForecast } from './race-forecast';
import { RaceCardView } from './RaceCardView';
import { ProductPicker } from './ProductPicker';
import { StationFields } from './StationFields';

interface Props {
  /** The forecast, only with the weather opt-in on and granted (index.tsx); null otherwise. */
  forecast: RaceForecastDeps | null;
}

const SPORT_LABEL: Record<SavedRace['sport'], MessageKey> = { run: 'raceSportRun', walk: 'raceSportWalk', hike: 'raceSportHike', ride: 'raceSportRide' };

const EMPTY: RaceFields = { name: '', date: '', time: '09:00', goal: '', goalIsPace: false, sport: 'run', stations: [], carry: null };

/** The race page: a course, a goal and stations in; a card per station out, saved by name. */
export function RaceApp({ forecast }: Props) {
  const locale = uiLanguage();
  const [units, setUnits] = useState<Units>('metric');
  const [races, setRaces] = useState<SavedRace[]>([]);
  const [products, setProducts] = useState<Product[]>([]);
  const [fields, setFields] = useState<RaceFields>(EMPTY);
  const [course, setCourse] = useState<SavedRace['course'] | null>(null);
  const [card, setCard] = useState<Card | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([send({ type: 'get-profile' }), send({ type: 'get-races' })])
      .then(([state, saved]) => {
        setUnits(state.profile.units);
        setProducts(profileProducts(state.profile));
        setRaces(saved);
        return forecast ? refreshForecasts(saved, forecast) : undefined;
      })
      .catch((e) => setError(String(e instanceof Error ? e.message : e)));
    // A route page handed over its course (one click in its panel): read here, where the DOMParser is.
    send({ type: 'take-race-course' })
      .then((draft) => {
        if (!draft) return;
        const read = readGpx(draft.gpx);
        if (!read.ok) return setError(t(GPX_PROBLEM[read.problem]));
        setCourse({ ...read.value.course, start: read.value.start, fileName: t('raceCourseFromRoute', draft.routeId) });
        const name = read.value.name;
        if (name) setFields((f) => (f.name === '' ? { ...f, name: name.slice(0, 100) } : f));
      })
      .catch((e) => setError(String(e instanceof Error ? e.message : e)));
  }, []);

  /** With the weather opt-in: upcoming races whose forecast changed are saved with the new one, and the runner is told which. */
  const refreshForecasts = async (saved: SavedRace[], deps: RaceForecastDeps) => {
    const changed = await changedForecasts(saved, deps);
    for (const race of changed) setRaces(await send({ type: 'save-race', race }));
    if (changed.length > 0) setNotice(t('raceForecastsRefreshed', changed.map((r) => r.name).join(', ')));
  };

  const set = (patch: Partial<RaceFields>) => setFields((f) => ({ ...f, ...patch }));

  /** Saves the race (with the forecast when allowed and newer) and shows its card. */
  const planAndSave = async (race: SavedRace) => {
    const fresh = forecast ? await raceForecast(race, forecast).catch(() => null) : null;
    const changed = fresh !== null && race.forecast !== undefined && forecastChanged(race.forecast, fresh);
    const withForecast: SavedRace = fresh ? { ...race, forecast: fresh } : race;
    try {
      setRaces(await send({ type: 'save-race', race: withForecast }));
      const plan: RacePlan = await send({ type: 'plan-race', race: withForecast });
      setCard(buildCard(withForecast, plan, units, locale));
      setNotice(changed ? t('raceForecastChanged') : null);
      setError(null);
    } catch (e) {
      setError(t('raceSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const built = raceFromFields(fields, course, units);
    if ('problem' in built) return setError(built.problem);
    // The forecast a re-opened race was planned with is kept, so a change can be told.
    const previous = races.find((r) => r.name === built.race.name)?.forecast;
    await planAndSave(previous ? { ...built.race, forecast: previous } : built.race);
  };

  const open = async (race: SavedRace) => {
    setFields(fieldsFromRace(race, units));
    setCourse(race.course);
    await planAndSave(race);
  };

  const remove = async (name: string) => {
    try {
      setRaces(await send({ type: 'delete-race', name }));
    } catch (e) {
      setError(t('raceSaveFailed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div class="race-body">
      <h1>{t('racePageTitle')}</h1>
      <form class="race-form" onSubmit={submit}>
        <CourseInput
          course={course}
          units={units}
          locale={locale}
          onCourse={(c, name) => {
            setCourse(c);
            if (fields.name === '' && name) set({ name });
          }}
        />
        <label>
          {t('raceName')}
          <input value={fields.name} maxLength={RACE_NAME_MAX} onInput={(e) => set({ name: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {t('raceDate')}
          <input type="date" value={fields.date} onInput={(e) => set({ date: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {t('raceStartTime')}
          <input type="time" value={fields.time} onInput={(e) => set({ time: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {t('raceGoal', unitSymbol('distance', units))}
          <input value={fields.goal} placeholder="3:45" onInput={(e) => set({ goal: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="race-inline">
          <input type="checkbox" checked={fields.goalIsPace} onChange={(e) => set({ goalIsPace: (e.target as HTMLInputElement).checked })} />
          {t('raceGoalIsPace')}
        </label>
        <label>
          {t('raceSport')}
          <select value={fields.sport} onChange={(e) => set({ sport: (e.target as HTMLSelectElement).value as SavedRace['sport'] })}>
            {Object.entries(SPORT_LABEL).map(([s, key]) => (
              <option key={s} value={s}>
                {t(key)}
              </option>
            ))}
          </select>
        </label>
        <StationFields rows={fields.stations} units={units} onChange={(stations) => set({ stations })} />
        <ProductPicker products={products} carry={fields.carry} onChange={(carry) => set({ carry })} />
        <button type="submit">{t('racePlanButton')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice && <p class="notice">{notice}</p>}
      {card && <RaceCardView card={card} />}
      {races.length > 0 && (
        <section class="race-saved" aria-labelledby="race-saved-title">
          <h2 id="race-saved-title">{t('raceSavedRaces')}</h2>
          <ul>
            {races.map((r) => (
              <li key={r.name}>
                {r.name} ({r.date}){' '}
                <button type="button" onClick={() => open(r)}>
                  {t('raceOpen')}
                </button>{' '}
                <button type="button" onClick={() => remove(r.name)}>
                  {t('raceDelete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
