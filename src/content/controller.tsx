/**
 * The content script's whole job on one activity page: capture the page (its site's
 * page half), send ONE `read-page` message, render the panel model the background answers with.
 * No domain rule lives here: read state, missing fields, manual values, ownership and the
 * analysis are all decided by the background (src/background/page.ts).
 */
import type { ActivityDraft, CrampLog, Intake } from '../core/activity';
import { MUSCLES, type Muscle } from '../core/limits';
import { type ContentRequest, onProfileOrSettingsChanged, sendFromContent as send } from '../platform/content-messaging';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import type { PanelModel } from '../platform/messages';
import { applyPanelPatch } from '../platform/panel-patch';
import type { PageHalf, PageTrack } from '../sites/types';
import type { PanelEvent, PanelView } from '../ui/panel-view';
import { TEST_BUILD } from './build-flags';
import { watchLateStats } from './late-stats';
import { onSystemSchemeChange, pageColorScheme } from './page-scheme';
import { writeAnalysisAttributes, writeReadAttributes } from './panel-contract';
import { showCourseOffer } from './course-offer';
import { showFramedPanel } from './panel-frame';
import { releaseParkedHosts, removePanelHosts } from './panel-host';
import { showInlinePanel } from './panel-inline';
import { withRetry } from './retry';
import { importTrainingLog } from './training-log';

/** The test build draws the panel in the page, for the panel contract; the store build in the extension's own frame. */
const showPanel = TEST_BUILD ? showInlinePanel : showFramedPanel;

interface View {
  model: PanelModel | null;
  /** Why the background could not be asked or answered with an error, in the runner's language. */
  error: string | null;
  manualError: string | null;
  collapsed: boolean | null;
  /** Why what was taken could not be stored; the form keeps what was typed. */
  intakeError?: string | null;
}

/** The page half's capture; a page half that breaks its promise never to throw still yields a capture (null). */
async function captureOf(page: PageHalf, doc: Document, url: URL): Promise<unknown> {
  try {
    return await page.capture(doc, url, (input, init) => fetch(input, init));
  } catch {
    return null;
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Shows the panel for the activity at `url`, and keeps it current until `signal` aborts (in-page
 * navigation, or the page going away): late stats, manual entries, profile changes. Calls
 * `onSwitchedOff` when the background says the runner switched this site off.
 */
export async function showActivity(page: PageHalf, doc: Document, url: URL, signal: AbortSignal, onSwitchedOff: () => void = () => undefined): Promise<void> {
  const activityId = page.activityId(url);
  if (activityId === null) {
    removePanelHosts(doc);
    // A route page: the panel offers the route as a race course instead.
    if (page.course && page.course.routeId(url) !== null) {
      signal.addEventListener('abort', () => removePanelHosts(doc), { once: true });
      showCourseOffer(page, page.course, doc, url, signal);
    }
    return;
  }
  // Stores made for this page are refused once the runner deleted everything after it opened (erasure.ts).
  const openedAt = Date.now();
  const view: View = { model: null, error: null, manualError: null, collapsed: null };
  let capture: unknown = null;
  let captured = false;
  let logRead = false;

  const paint = () => {
    if (signal.aborted) return;
    const mount = page.mountPoint(doc);
    if (!mount) {
      // Still no place once the background has answered: a frame parked for the panel is let go.
      if (view.model !== null || view.error !== null) releaseParkedHosts(doc);
      return;
    }
    const model = view.model;
    const collapsed = view.collapsed ?? model?.collapsed ?? false;
    const shown: PanelView = {
      state: model?.state ?? 'ready',
      analysis: model?.analysis ?? null,
      pending: model === null && view.error === null,
      error: view.error ?? (model?.error ? t('analyzeFailed', model.error) : null),
      missingFields: model?.missing ?? [],
      units: model?.units ?? 'metric',
      locale: uiLanguage(),
      collapsed,
      profileNotice: model && model.notices.length > 0 ? model.notices.map((key) => t(key as MessageKey)).join(' ') : null,
      manualError: view.manualError,
      cramp: model?.cramp ?? undefined,
      span: model?.draft,
      scheme: pageColorScheme(doc),
      canLogCramp: model?.canLogCramp ?? false,
      products: model?.products ?? [],
      intakeError: view.intakeError ?? null,
    };
    if (model?.intake) shown.intake = model.intake;
    if (model?.race) shown.race = model.race;
    const host = showPanel(doc, mount, shown, onPanelEvent);
    // Until the background has answered, the panel is mounted without the read attributes: a
    // runner sees it at once, and tests never see a state that is not true.
    if (model) writeReadAttributes(host, model.draft, model.state);
    writeAnalysisAttributes(host, model?.analysis ?? null);
  };

  /** What the runner did in the panel (in the page or in its frame). */
  const onPanelEvent = (event: PanelEvent) => {
    if (event.type === 'toggle') toggle(!(view.collapsed ?? view.model?.collapsed ?? false));
    else if (event.type === 'manual-invalid') {
      view.manualError = event.text;
      paint();
    } else if (event.type === 'manual-entry') {
      view.manualError = null;
      void ask(event.entry);
    } else if (event.type === 'open-options') send({ type: 'open-options' }).catch(() => undefined);
    else if (event.type === 'log-cramp' && view.model?.canLogCramp) void logCramp(event.cramp);
    else if (event.type === 'log-intake' && view.model?.canLogCramp) void logIntake(event.intake);
  };

  let asking = 0;
  // The page's track is fetched at most once per view: the weather wants its start, a race's review its
  // splits, the effort estimate its movement and heart rate (when the background says they change it).
  let track: Promise<PageTrack | null> | undefined;
  const trackOnce = () => (track ??= page.track ? page.track(doc, url, (input, init) => fetch(input, init)).catch(() => null) : Promise.resolve(null));
  /** The track's splits once asked for (null: it had none), sent with every later read. */
  let splits: PageTrack['splits'] | null | undefined;
  /** The track's movement and heart rate once fetched, sent with every later read. */
  let movement: PageTrack['movement'];
  let heartRate: PageTrack['heartRate'];
  /** Set once a read's reply asked for the track: later replies, or a newer read's, do not ask again. */
  let trackAsked = false;
  /**
   * One read-page round trip; `manual` carries values the runner just typed. When the reply says a
   * weather lookup is due, the weather phase follows.
   */
  const ask = async (manual?: ActivityDraft) => {
    if (!captured || signal.aborted) return;
    const ticket = ++asking;
    const request: ContentRequest<'read-page'> = { type: 'read-page', site: page.meta.id, url: url.href, capture, openedAt, seq: ticket };
    if (manual) request.manual = manual;
    if (splits) request.splits = splits;
    if (movement) request.movement = movement;
    if (heartRate !== undefined) request.heartRate = heartRate;
    try {
      // The background answers a page read in well under a second.
      const model = await withRetry(() => send(request), { timeoutMs: 4_000 });
      if (ticket !== asking || signal.aborted) return;
      Object.assign(view, { model, error: null });
    } catch (error) {
      if (ticket !== asking) return;
      view.error = t('analyzeFailed', message(error));
    }
    if (!shown()) return;
    // The runner's own activity only: a saved race's review compares per leg once the splits are read
    // (unless an earlier view stored them: the reply's draft has them), and the effort estimate wants
    // the movement and heart rate when the background says so.
    const model = view.model;
    const raceWantsSplits = model?.race !== undefined && model.draft.splits === undefined;
    const wantsTrack = !trackAsked && page.track !== undefined && model?.ownership === 'own' && (raceWantsSplits || model.trackWanted === true);
    if (wantsTrack) void askTrack(ticket);
    else if (view.model?.weatherPending) void askWeather(ticket);
  };

  /** Reads the track's splits, movement and heart rate, then reads the page again with them (the weather phase follows that read). */
  const askTrack = async (since: number) => {
    trackAsked = true;
    const read = await trackOnce();
    splits = read?.splits ?? null;
    movement = read?.movement;
    heartRate = read?.heartRate;
    if (signal.aborted) return;
    // Read again even when a newer read went out meanwhile (the profile changed, late stats): that one
    // left without the track, and its reply no longer asks for it.
    if (splits || movement || heartRate !== undefined) void ask();
    else if (since === asking && view.model?.weatherPending) void askWeather(since);
  };

  /**
   * The weather phase, with the start point the page half finds, if any: the reply is what changed
   * since the reply to read `since`, which the panel shows (a newer read has its own phase).
   */
  const askWeather = async (since: number) => {
    const read = page.track ? await trackOnce() : null;
    if (read?.movement) movement = read.movement;
    if (read?.heartRate !== undefined) heartRate = read.heartRate;
    const startPoint = page.track
      ? (read?.startPoint ?? null)
      : ((await page.startPoint?.(doc, url, (input, init) => fetch(input, init)).catch(() => null)) ?? null);
    if (since !== asking || signal.aborted) return;
    const ticket = ++asking;
    const base = view.model;
    const request: ContentRequest<'read-weather'> = { type: 'read-weather', site: page.meta.id, url: url.href, capture, openedAt, startPoint, since };
    if (splits) request.splits = splits;
    if (movement) request.movement = movement;
    if (heartRate !== undefined) request.heartRate = heartRate;
    try {
      // A weather lookup may wait up to 8 s for Open-Meteo (platform/open-meteo.ts).
      const patch = await withRetry(() => send(request), { timeoutMs: 12_000 });
      if (ticket !== asking || signal.aborted) return;
      Object.assign(view, { model: applyPanelPatch(base, patch), error: null });
    } catch (error) {
      if (ticket !== asking) return;
      view.error = t('analyzeFailed', message(error));
    }
    shown();
  };

  /** Shows what the background answered; false when the runner switched this site off. */
  const shown = (): boolean => {
    if (view.model && !view.model.enabled) {
      onSwitchedOff();
      removePanelHosts(doc);
      return false;
    }
    paint();
    if (view.model?.importTrainingLog && page.trainingLog && !logRead) {
      logRead = true;
      void importTrainingLog(page, (input, init) => fetch(input, init), openedAt);
    }
    return true;
  };

  const toggle = (collapsed: boolean) => {
    view.collapsed = collapsed;
    paint();
    send({ type: 'set-panel-collapsed', collapsed, openedAt }).catch(() => undefined);
  };

  // Shown at once; the background stores it with the activity and answers with the new analysis.
  const logCramp = async (cramp: CrampLog) => {
    const model = view.model;
    if (!model) return;
    const before = model.cramp;
    model.cramp = cramp;
    paint();
    try {
      // Only the known muscles leave the panel (the background refuses any other).
      const muscles = cramp.muscles?.filter((m): m is Muscle => (MUSCLES as readonly string[]).includes(m));
      const { muscles: _, ...rest } = cramp;
      const logged = muscles ? { ...rest, muscles } : rest;
      const analyzed = await send({ type: 'log-cramp', source: page.meta.id, id: activityId, cramp: logged });
      Object.assign(model, { analysis: analyzed.analysis, cramp: analyzed.activity.cramp ?? cramp });
      view.error = null;
    } catch (error) {
      model.cramp = before;
      view.error = t('crampSaveFailed', message(error));
    }
    paint();
  };

  // Not optimistic: the form keeps what was typed until the background has stored it.
  const logIntake = async (intake: Intake) => {
    const model = view.model;
    if (!model) return;
    try {
      const analyzed = await send({ type: 'log-intake', source: page.meta.id, id: activityId, intake });
      model.analysis = analyzed.analysis;
      if (analyzed.activity.intake) model.intake = analyzed.activity.intake;
      else delete model.intake;
      view.intakeError = null;
    } catch (error) {
      view.intakeError = t('intakeSaveFailed', message(error));
    }
    paint();
  };

  signal.addEventListener('abort', () => removePanelHosts(doc), { once: true });
  onProfileOrSettingsChanged(() => void ask(), signal);
  onSystemSchemeChange(doc, paint, signal);
  if (page.statsRoot) {
    watchLateStats(page, doc, signal, async () => {
      const next = await captureOf(page, doc, url);
      if (signal.aborted || JSON.stringify(next) === JSON.stringify(capture)) return;
      capture = next;
      void ask();
    });
  }
  paint();
  capture = await captureOf(page, doc, url);
  captured = true;
  await ask();
}
