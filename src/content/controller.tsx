import { render } from 'preact';
import type { ActivityDraft, CrampLog } from '../core/activity';
import type { Analysis } from '../core/analysis';
import type { Units } from '../core/profile';
import type { ProfileState } from '../platform/messages';
import { sendFromContent as send } from '../platform/content-messaging';
import { t, uiLanguage } from '../platform/i18n';
import { loadManualEntry, onProfileOrSettingsChanged, saveManualEntry } from '../platform/content-storage';
import type { ExtractResult, PageAdapter } from '../sites/types';
import type { ManualField } from '../ui/ManualEntry';
import { Panel } from '../ui/Panel';
import { writeAnalysisAttributes, writeReadAttributes } from './panel-contract';
import { ensurePanelHost, removePanelHosts } from './panel-host';
import { ESSENTIAL_FIELDS, mergeManual, readState, toActivity } from './read-state';
import { withRetry } from './retry';
import { importTrainingLog } from './training-log';
import { watchLateStats } from './late-stats';

interface View {
  draft: ActivityDraft;
  analysis: Analysis | null;
  pending: boolean;
  error: string | null;
  units: Units;
  collapsed: boolean;
  profileNotice: string | null;
  manualError: string | null;
  /** The runner's cramp log for this activity, as the background keeps it. */
  cramp: CrampLog | undefined;
}

/**
 * Shows the panel for the activity at `url`, and keeps it current until `signal` aborts
 * (in-page navigation, or the page going away): late stats, manual entries, profile changes.
 */
export async function showActivity(adapter: PageAdapter, doc: Document, url: URL, signal: AbortSignal): Promise<void> {
  const activityId = adapter.activityId(url);
  if (activityId === null) {
    removePanelHosts(doc);
    return;
  }
  // Stores made for this page are refused once the runner deleted everything after it opened (erasure.ts).
  const openedAt = Date.now();
  // Opt-in, the runner's own activities on a site with a log (adapter.ownLog), at most once a day; never throws.
  void importTrainingLog(adapter.ownLog, doc, activityId, undefined, undefined, openedAt);
  const view: View = { draft: {}, analysis: null, pending: false, error: null, units: 'metric', collapsed: false, profileNotice: null, manualError: null, cramp: undefined };
  // Until the page has been read (the background interprets it), the panel is mounted without
  // the read attributes: a runner sees it at once, and tests never see a state that is not true.
  let extracted: ExtractResult | null = null;
  let manual: ActivityDraft = {};

  const paint = () => {
    if (signal.aborted) return;
    const mount = adapter.mountPoint(doc);
    if (!mount) return;
    const { host, container } = ensurePanelHost(doc, mount);
    const state = extracted ? readState(view.draft) : 'ready';
    if (extracted) writeReadAttributes(host, view.draft, state);
    writeAnalysisAttributes(host, view.analysis);
    render(
      <Panel
        state={state}
        analysis={view.analysis}
        pending={view.pending || !extracted}
        error={view.error}
        missingFields={extracted ? missingFields(view.draft) : []}
        units={view.units}
        locale={uiLanguage()}
        collapsed={view.collapsed}
        profileNotice={view.profileNotice}
        onToggle={() => toggleCollapsed(view, paint)}
        manualError={view.manualError}
        onManualInvalid={(message) => {
          view.manualError = message;
          paint();
        }}
        onManualEntry={(entry) => {
          view.manualError = null;
          manual = { ...manual, ...entry };
          saveManualEntry(adapter.id, activityId, manual).catch(() => undefined);
          refresh();
        }}
        onOpenOptions={() => send({ type: 'open-options' }).catch(() => undefined)}
        cramp={view.cramp}
        onLogCramp={(cramp) => void logCramp(cramp)}
      />,
      container,
    );
  };

  let analyzing = 0;
  const refresh = async () => {
    if (!extracted) return;
    view.draft = mergeManual(extracted.activity, extracted.temperatureSource, manual);
    const activity = toActivity(view.draft, adapter.id, activityId);
    view.pending = activity !== null;
    paint();
    if (!activity) return;
    const ticket = ++analyzing;
    try {
      const [analyzed, profile] = await withRetry(() => Promise.all([send({ type: 'analyze', activity, openedAt }), send({ type: 'get-profile' })]));
      if (ticket !== analyzing) return;
      Object.assign(view, { analysis: analyzed.analysis, cramp: analyzed.activity.cramp, error: null, ...profileView(profile) });
    } catch (error) {
      if (ticket !== analyzing) return;
      view.error = t('analyzeFailed', error instanceof Error ? error.message : String(error));
    }
    view.pending = false;
    paint();
  };

  // Shown at once; the background stores it with the activity and answers with the new analysis.
  const logCramp = async (cramp: CrampLog) => {
    const before = view.cramp;
    view.cramp = cramp;
    paint();
    try {
      const analyzed = await send({ type: 'log-cramp', source: adapter.id, id: activityId, cramp });
      Object.assign(view, { analysis: analyzed.analysis, cramp: analyzed.activity.cramp ?? cramp, error: null });
    } catch (error) {
      Object.assign(view, { cramp: before, error: t('crampSaveFailed', error instanceof Error ? error.message : String(error)) });
    }
    paint();
  };

  signal.addEventListener('abort', () => removePanelHosts(doc), { once: true });
  onProfileOrSettingsChanged(() => void refresh(), signal);
  // Sites read from their own JSON have nothing more to find in the DOM later.
  if (!adapter.load) {
    watchLateStats(adapter, doc, signal, async () => {
      const next = await readPage(adapter, doc, url).catch(() => extracted);
      if (signal.aborted || !next || (extracted && sameReading(next, extracted))) return;
      extracted = next;
      void refresh();
    });
  }
  paint();
  const [read, remembered] = await Promise.all([
    readPage(adapter, doc, url).catch((error) => {
      view.error = t('analyzeFailed', error instanceof Error ? error.message : String(error));
      return NOTHING_READ;
    }),
    loadManualEntry(adapter.id, activityId).catch(() => ({})),
  ]);
  if (signal.aborted) return;
  extracted = read;
  manual = remembered;
  await refresh();
}

function profileView(state: ProfileState): Pick<View, 'units' | 'collapsed' | 'profileNotice'> {
  return {
    units: state.profile.units,
    collapsed: state.settings.panelCollapsed,
    // Profile first: defaults in use matter more than history entries set aside.
    profileNotice: state.recovered.some((r) => r.key !== 'history')
      ? t('noticeProfileRecovered')
      : state.recovered.length > 0
        ? t('noticeHistoryRecovered')
        : null,
  };
}

function toggleCollapsed(view: View, paint: () => void): void {
  view.collapsed = !view.collapsed;
  paint();
  send({ type: 'get-profile' })
    .then(({ settings }) => send({ type: 'save-settings', settings: { ...settings, panelCollapsed: view.collapsed } }))
    .catch(() => undefined);
}

function missingFields(draft: ActivityDraft): ManualField[] {
  // A page that shows elapsed but not moving time still gives a usable duration.
  const missing: ManualField[] = ESSENTIAL_FIELDS.filter(
    (field) => draft[field] === undefined && !(field === 'movingS' && draft.elapsedS !== undefined),
  );
  // Humidity is only asked for alongside a temperature the runner has to type in anyway.
  if (missing.includes('temperatureC') && draft.humidityPct === undefined) missing.push('humidityPct');
  return missing;
}

const sameReading = (a: ExtractResult, b: ExtractResult) => JSON.stringify(a.activity) === JSON.stringify(b.activity);

const NOTHING_READ: ExtractResult = { layout: 'none', activity: {}, unread: [], rejected: [] };

/**
 * What the page shows: copied here and interpreted by the background (`collect`), read in place
 * (`extract`), or loaded from the site's own JSON (`load`).
 */
async function readPage(adapter: PageAdapter, doc: Document, url: URL): Promise<ExtractResult> {
  if (adapter.load) return adapter.load(doc, url, (input, init) => fetch(input, init));
  if (adapter.collect) {
    const reading = adapter.collect(doc);
    return (await withRetry(() => send({ type: 'interpret', site: adapter.id, reading }))) as ExtractResult;
  }
  return adapter.extract?.(doc, url) ?? NOTHING_READ;
}

