/**
 * The one page message: a content script sends what its page half captured; this
 * interprets it with the site's background half, overlays the runner's typed values, analyzes it
 * against the runner's profile and history and stores it — only when it is the runner's own
 * (README, "Security and privacy"), and never from a page opened before "Delete all data" — and
 * answers with everything the panel shows. Storage is read once per worker lifetime and kept in
 * step by storage.onChanged (platform/cached-storage.ts); the worker may stop at any time, and a
 * new one reads it again.
 */
import type { Activity } from '../core/activity';
import { keepStoredTrack } from '../core/kept-track';
import type { Profile, Units } from '../core/profile';
import type { LatLng } from '../core/weather-hours';
import { showRiskBadge } from '../platform/actions';
import { browserLocale, engineLanguage } from '../platform/i18n';
import { unitsToShow } from '../core/locale-units';
import type { Runtime } from '../platform/browser';
import { pageMayStore } from '../platform/erasure';
import { recentHistoryRecoveries } from '../platform/history-store';
import { addManualEntry, loadManualEntry, viewOnlyManualEntry } from '../platform/manual-entries';
import type { Analyzed, PanelModel, Request } from '../platform/messages';
import * as store from '../platform/storage';
import { trainingLogDue } from '../platform/training-log-stamp';
import { siteById, siteEnabled } from '../sites/index';
import type { SiteDefinition } from '../sites/types';
import { analyzeManual, storeAndAnalyze, storedActivity } from './history';
import { raceOf } from './race';
import { mergeManual, missingFields, readState, toActivity } from './read-state';
import { trackWanted } from './track-wanted';
import { weatherStep } from './weather-step';

type ReadPage = Extract<Request, { type: 'read-page' }>;

const originOf = (pattern: string) => new URL(pattern.replace(/\*$/, '')).origin;

/** The page's URL when it belongs to `site` and is the page the message came from; else it throws. */
function checkedUrl(site: SiteDefinition, request: ReadPage, sender: Runtime.MessageSender): URL {
  const url = URL.canParse(request.url) ? new URL(request.url) : null;
  const senderOrigin = sender.url && URL.canParse(sender.url) ? new URL(sender.url).origin : null;
  if (url === null || !site.meta.origins.some((o) => originOf(o) === url.origin)) throw new Error(`not a ${site.meta.label} page`);
  if (senderOrigin !== url.origin) throw new Error('the page named is not the page the message came from');
  return url;
}

/**
 * Records which activity the sender's tab shows. Values typed in are accepted only for the activity
 * the tab's last read named: the panel sends them only after showing that activity.
 */
async function checkTabView(tabId: number | undefined, view: store.TabView, typed: boolean): Promise<void> {
  if (tabId === undefined) return;
  if (typed && !sameView(await store.loadTabView(tabId), view)) throw new Error('typed values are accepted only for the activity this tab shows');
  await store.saveTabView(tabId, view);
}

export const sameView = (a: store.TabView | null, b: store.TabView) => a?.site === b.site && a.activityId === b.activityId;

/** Findings are written in the browser language and in the units every surface shows (core/locale-units.ts). */
const withLanguage = (profile: Profile, pageUnits: Units | undefined): Profile => ({ ...profile, units: unitsToShow(profile, browserLocale(), pageUnits), language: engineLanguage() });

/** The site's units are kept, so the popup and options show what the panel shows until the runner chooses. */
async function rememberPageUnits(shown: Units | undefined, stored: Units | undefined): Promise<void> {
  if (shown !== undefined && shown !== stored) await store.updateSettings((settings) => ({ ...settings, pageUnits: shown }));
}

/** `weather`: the weather phase (read-weather), with the start point the page half found, if any. */
export async function readPage(request: ReadPage, sender: Runtime.MessageSender, now: Date, weather?: { startPoint?: LatLng | null }): Promise<PanelModel> {
  const site = siteById(request.site);
  if (site === null) throw new Error(`no site "${request.site.slice(0, 40)}"`);
  const url = checkedUrl(site, request, sender);
  const activityId = site.page.activityId(url);
  if (activityId === null) throw new Error('not an activity page');
  await checkTabView(sender.tab?.id, { site: site.meta.id, activityId }, request.manual !== undefined);
  const [profile, settings, historyRecoveries] = await Promise.all([store.loadProfile(now), store.loadSettings(now), recentHistoryRecoveries(now)]);
  const model: PanelModel = {
    enabled: siteEnabled(settings.value.sites, site.meta.id),
    activityId,
    state: 'unreadable',
    draft: {},
    missing: [],
    analysis: null,
    cramp: null,
    canLogCramp: false,
    ownership: 'unknown',
    units: unitsToShow(profile.value, browserLocale(), settings.value.pageUnits),
    collapsed: settings.value.panelCollapsed,
    // Profile first: defaults in use matter more than history entries set aside.
    notices: profile.recovered || settings.recovered ? ['noticeProfileRecovered'] : historyRecoveries.length > 0 ? ['noticeHistoryRecovered'] : [],
    error: null,
    importTrainingLog: false,
  };
  if (!model.enabled) return model;
  let read = site.background.interpret(request.capture, url, now);
  model.ownership = read.ownership;
  const openedAt = request.openedAt ?? now.getTime();
  const mayStore = await pageMayStore(openedAt);
  const pageUnits = read.shownUnits ?? settings.value.pageUnits;
  model.units = unitsToShow(profile.value, browserLocale(), pageUnits);
  if (mayStore) await rememberPageUnits(read.shownUnits, settings.value.pageUnits);
  // Typed values are stored for the runner's own activity only, and never from a page opened before
  // "Delete all data"; otherwise they are kept for this tab's view of the activity alone.
  const manual =
    read.ownership === 'own' && mayStore
      ? request.manual
        ? await addManualEntry(site.meta.id, activityId, request.manual)
        : { entry: await loadManualEntry(site.meta.id, activityId), refused: [] }
      : await viewOnlyManualEntry(site.meta.id, activityId, request.manual, sender.tab?.id, mayStore);
  if (manual.refused.length > 0) model.notices.push('noticeManualRefused');
  // Weather: looked up in a second message so the first reply never waits on it.
  const looked = await weatherStep({
    site: site.meta.id,
    activityId,
    read,
    manual: manual.entry,
    settings: settings.value,
    now,
    fetch: (input, init) => fetch(input, init),
    mayStore,
    view: openedAt,
    ...(weather ? { ask: weather } : {}),
  });
  read = { ...read, ...looked.read };
  if (looked.pending) model.weatherPending = true;
  if (looked.notice) model.notices.push(looked.notice);
  const merged = mergeManual(read.activity, read.temperatureSource, manual.entry);
  // The track's splits, movement and heart rate are the runner's own record: never taken for anyone
  // else's activity. The page's own average heart rate, when it shows one, stays ahead of the stream's.
  const own = read.ownership === 'own';
  const streamHeartRate = own && request.heartRate !== undefined && merged.avgHeartRate === undefined;
  const fresh = {
    ...merged,
    ...(own && request.splits ? { splits: request.splits } : {}),
    ...(own && request.movement ? { movement: request.movement } : {}),
    ...(streamHeartRate ? { avgHeartRate: request.heartRate, heartRateSource: 'stream' as const } : {}),
  };
  // A read without the track (before the streams arrive, or when they never do) keeps what an earlier
  // view's track stored: the panel shows it at once, and the track is not asked for again.
  const draft = own ? keepStoredTrack(fresh, await storedActivity(site.meta.id, activityId, now)) : fresh;
  const { cramp: _cramp, ...shown } = draft;
  Object.assign(model, { draft: shown, state: readState(draft), missing: missingFields(draft) });
  if (read.ownership !== 'own') model.notices.push('noticeNotOwn');
  if (await trackWanted(site, own, draft, now)) model.trackWanted = true;
  const activity = toActivity(draft, site.meta.id, activityId);
  if (activity === null) return model;
  try {
    const own = read.ownership === 'own';
    const analyzed = await analyzeRead(activity, own, withLanguage(profile.value, pageUnits), now, openedAt, mayStore, sender.tab?.id);
    Object.assign(model, { analysis: analyzed.analysis, cramp: analyzed.activity.cramp ?? null, canLogCramp: own && mayStore });
    if (own && analyzed.activity.intake) model.intake = analyzed.activity.intake;
    if (own && mayStore && profile.value.products?.length) model.products = profile.value.products;
    if (own) {
      const race = await raceOf(analyzed.activity, withLanguage(profile.value, pageUnits), now);
      if (race) model.race = race;
    }
  } catch (error) {
    model.error = error instanceof Error ? error.message : String(error);
  }
  const readsLog = model.ownership === 'own' && mayStore && settings.value.importTrainingLog === true && site.background.trainingLog !== undefined;
  model.importTrainingLog = readsLog && (await trainingLogDue(now));
  return model;
}

/**
 * The runner's own activity is stored and compared with the history; anyone else's is compared
 * like a run typed in by hand — never stored, never counted — and what the tab keeps of it carries
 * no id, so nothing (a cramp log) can be stored against it later. A page opened before "Delete all
 * data" leaves nothing behind.
 */
async function analyzeRead(activity: Activity, own: boolean, profile: Profile, now: Date, openedAt: number, mayStore: boolean, tabId: number | undefined): Promise<Analyzed> {
  const analyzed = own ? (await storeAndAnalyze(activity, profile, now, openedAt)).analyzed : await analyzeManual(activity, profile, now);
  // The toolbar badge is the browser's to draw: the panel's answer never waits on it, and a tab
  // that closed meanwhile (the badge refused) does not turn the analysis into an error.
  if (tabId !== undefined) void showRiskBadge(tabId, analyzed.analysis.crampRisk.level).catch((error: unknown) => console.warn('Cramp Check: badge', error));
  if (!mayStore) return analyzed;
  const { id: _id, ...anonymous } = analyzed.activity;
  const kept = own ? analyzed : { ...analyzed, activity: anonymous };
  if (tabId !== undefined) await store.saveTabAnalysis(tabId, kept);
  await store.saveLastAnalysis(kept);
  return analyzed;
}
