import { mergeEdits } from '../core/merge-edits';
import type { Profile } from '../core/profile';
import type { ProfileState } from '../platform/messages';
import type { Handlers } from '../platform/messaging';
import { openOptionsPage } from '../platform/actions';
import { batchedWrites } from '../platform/cached-storage';
import { deleteAllData, pageMayStore } from '../platform/erasure';
import { applyImport } from '../platform/import-apply';
import { importUndoAt, undoImport } from '../platform/import-undo';
import { parseBackup } from '../platform/import-plan';
import { loadCappedNote, recentHistoryRecoveries } from '../platform/history-store';
import * as store from '../platform/storage';
import { storeUsage } from '../platform/storage-usage';
import { siteById } from '../sites/index';
import { activityWeighIns, analyzeManual, loadHistoryView, logCramp, logIntake, removeActivityWeights, storeTrainingLog } from './history';
import { readPage, sameView } from './page';
import { patchSince, rememberSent } from './sent-models';
import { syncSiteScripts } from './site-scripts';
import { browserLocale, engineLanguage } from '../platform/i18n';
import { deleteRace, loadRaces, saveRace } from '../platform/races';
import { planSavedRace } from './race';
import { openCourse } from './course';
import { takeCourseDraft } from '../platform/course-draft';
import { unitsToShow } from '../core/locale-units';

/** The profile and settings, with every recovery the runner should hear about (options notice, panel notice). */
async function profileState(now: Date): Promise<ProfileState> {
  const [profile, settings, history, historyCapped, undoAt, races, usage] = await Promise.all([
    store.loadProfile(now),
    store.loadSettings(now),
    recentHistoryRecoveries(now),
    loadCappedNote(),
    importUndoAt(),
    loadRaces(now),
    storeUsage(),
  ]);
  const recovered = [profile.recovered, settings.recovered, ...history, races.recovered].filter((r) => r !== undefined);
  return { profile: profile.value, settings: settings.value, recovered, ...(historyCapped ? { historyCapped } : {}), ...(undoAt ? { importUndoAt: undoAt } : {}), ...(usage.full ? { storeFull: { usedBytes: usage.usedBytes, quotaBytes: usage.quotaBytes } } : {}) };
}

/**
 * The service worker may be stopped at any time, so every answer is rebuilt from storage.
 * The stored profile, with the engine writing in the browser's language like every surface
 * (platform/i18n.ts: one language choice; a stored `language` is ignored).
 */
async function analysisProfile(): Promise<Profile> {
  const [{ value: profile }, { value: settings }] = await Promise.all([store.loadProfile(), store.loadSettings()]);
  // In the units every surface shows (core/locale-units.ts), so the engine's sentences match the panel.
  return { ...profile, units: unitsToShow(profile, browserLocale(), settings.pageUnits), language: engineLanguage() };
}

export function createHandlers(clock: () => Date = () => new Date()): Handlers {
  return {
    async 'read-page'(request, sender) {
      // One write per storage area for the whole page view (it waits on no network: the weather is read-weather's).
      const model = await batchedWrites(() => readPage(request, sender, clock()));
      rememberSent(sender.tab?.id, request.openedAt, request.seq, model);
      return model;
    },
    // The weather phase answers with what changed since the reply it builds on (sent-models.ts).
    async 'read-weather'({ startPoint, since, ...page }, sender) {
      const model = await readPage({ ...page, type: 'read-page' }, sender, clock(), startPoint === undefined ? {} : { startPoint });
      return patchSince(sender.tab?.id, page.openedAt, since, model);
    },
    async 'set-panel-collapsed'({ collapsed, openedAt }) {
      // A tab opened before "Delete all data" writes nothing, not even settings it would re-create.
      if (openedAt !== undefined && !(await pageMayStore(openedAt))) return null;
      await store.updateSettings((settings) => ({ ...settings, panelCollapsed: collapsed }));
      return null;
    },
    'analyze-manual': async ({ activity }) => analyzeManual(activity, await analysisProfile(), clock()),
    async 'log-cramp'({ source, id, cramp }, sender) {
      // The tab's own analysis holds the activity the panel shows (stored only for pages that store).
      const tabId = sender.tab?.id;
      // Only for the activity the tab shows, whatever the message names.
      if (tabId === undefined || !sameView(await store.loadTabView(tabId), { site: source, activityId: id })) {
        throw new Error('a cramp log is accepted only for the activity this tab shows');
      }
      const viewed = tabId === undefined ? undefined : (await store.loadTabAnalysis(tabId))?.activity;
      return logCramp(source, id, cramp, await analysisProfile(), clock(), viewed);
    },
    async 'log-intake'({ source, id, intake }, sender) {
      const tabId = sender.tab?.id;
      // Like a cramp log: only for the activity the sender's tab shows, whatever the message names.
      if (tabId === undefined || !sameView(await store.loadTabView(tabId), { site: source, activityId: id })) {
        throw new Error('what was taken is accepted only for the activity this tab shows');
      }
      const viewed = tabId === undefined ? undefined : (await store.loadTabAnalysis(tabId))?.activity;
      return logIntake(source, id, intake, await analysisProfile(), clock(), viewed);
    },
    async 'import-training-log'({ site, models, openedAt }) {
      const read = siteById(site)?.background.trainingLog;
      if (!read) throw new Error(`no training log for site "${site.slice(0, 40)}"`);
      const now = clock();
      return storeTrainingLog(read(models, now), now, openedAt);
    },
    'get-history-view': async () => loadHistoryView(await analysisProfile(), clock()),
    'get-activity-weigh-ins': () => activityWeighIns(clock()),
    'remove-activity-weights': ({ activityId }) => removeActivityWeights(activityId, clock()),
    'get-tab-analysis': ({ tabId }) => store.loadTabAnalysis(tabId),
    'get-last-analysis': () => store.loadLastAnalysis(),
    'get-profile': () => profileState(clock()),
    // A page that says what it started from changes only what it changed: another tab's save stays.
    async 'save-profile'({ profile, base }) {
      await (base ? store.updateProfile((stored) => mergeEdits(stored, base, profile)) : store.saveProfile(profile));
      return profileState(clock());
    },
    async 'save-settings'({ settings, base }) {
      await (base ? store.updateSettings((stored) => mergeEdits(stored, base, settings)) : store.saveSettings(settings));
      // A site switched on or off: register or drop its content script now.
      await syncSiteScripts();
      return profileState(clock());
    },
    async 'import-data'({ text }) {
      const parsed = parseBackup(text, clock());
      if ('error' in parsed) throw new Error(parsed.error);
      return applyImport(parsed.plan, clock());
    },
    'undo-import': () => undoImport(clock()),
    async 'delete-all-data'() {
      await deleteAllData(clock());
      return null;
    },
    'get-races': async () => (await loadRaces(clock())).value,
    'save-race': ({ race }) => saveRace(race, clock()),
    'delete-race': ({ name }) => deleteRace(name, clock()),
    'plan-race': async ({ race }) => planSavedRace(race, await analysisProfile(), clock()),
    'open-race-course': (request, sender) => openCourse(request, sender),
    'take-race-course': () => takeCourseDraft(),
    async 'open-options'() {
      await openOptionsPage();
      return null;
    },
  };
}
