import type { Profile } from '../core/profile';
import type { ProfileState } from '../platform/messages';
import type { Handlers } from '../platform/messaging';
import { browserLanguage, openOptionsPage, showRiskBadge } from '../platform/actions';
import * as store from '../platform/storage';
import { INTERPRETERS } from '../sites/interpreters';
import { analyzeManual, importTrainingLog, loadHistoryView, logCramp, storeAndAnalyze } from './history';
import { syncSiteScripts } from './site-scripts';

async function profileState(): Promise<ProfileState> {
  const [profile, settings] = await Promise.all([store.loadProfile(), store.loadSettings()]);
  const recovered = [profile.recovered, settings.recovered].filter((r) => r !== undefined);
  return { profile: profile.value, settings: settings.value, recovered };
}

/**
 * The service worker may be stopped at any time, so every answer is rebuilt from storage.
 * The stored profile, in the runner's chosen language, else the browser's (findings match the panel).
 */
async function analysisProfile(): Promise<Profile> {
  const { value: profile } = await store.loadProfile();
  return { ...profile, language: profile.language ?? browserLanguage() };
}

export function createHandlers(clock: () => Date = () => new Date()): Handlers {
  return {
    async analyze({ activity }, sender) {
      // Stored in the history first, then analyzed against it (core compares the 30 days before it).
      const analyzed = await storeAndAnalyze(activity, await analysisProfile(), clock());
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await store.saveTabAnalysis(tabId, analyzed);
        await showRiskBadge(tabId, analyzed.analysis.crampRisk.level);
      }
      await store.saveLastAnalysis(analyzed);
      return analyzed;
    },
    'analyze-manual': async ({ activity }) => analyzeManual(activity, await analysisProfile(), clock()),
    'log-cramp': async ({ source, id, cramp }) => logCramp(source, id, cramp, await analysisProfile(), clock()),
    'import-training-log': ({ models }) => importTrainingLog(models),
    'get-history-view': async () => loadHistoryView(await analysisProfile(), clock()),
    'get-tab-analysis': ({ tabId }) => store.loadTabAnalysis(tabId),
    'get-last-analysis': () => store.loadLastAnalysis(),
    'get-profile': () => profileState(),
    async 'save-profile'({ profile }) {
      await store.saveProfile(profile);
      return profileState();
    },
    async 'save-settings'({ settings }) {
      await store.saveSettings(settings);
      // A site switched on or off: register or drop its content script now.
      await syncSiteScripts();
      return profileState();
    },
    async interpret({ site, reading }) {
      const interpret = INTERPRETERS[site];
      if (!interpret) throw new Error(`no interpreter for site "${site}"`);
      return interpret(reading);
    },
    async 'open-options'() {
      await openOptionsPage();
      return null;
    },
  };
}
