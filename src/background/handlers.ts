import type { Activity } from '../core/activity';
import { analyze } from '../core/index';
import type { Analyzed, ProfileState } from '../platform/messages';
import type { Handlers } from '../platform/messaging';
import { browserLanguage, openOptionsPage, showRiskBadge } from '../platform/actions';
import * as store from '../platform/storage';
import { INTERPRETERS } from '../sites/interpreters';
import { syncSiteScripts } from './site-scripts';

async function profileState(): Promise<ProfileState> {
  const [profile, settings] = await Promise.all([store.loadProfile(), store.loadSettings()]);
  const recovered = [profile.recovered, settings.recovered].filter((r) => r !== undefined);
  return { profile: profile.value, settings: settings.value, recovered };
}

/** The service worker may be stopped at any time, so every answer is rebuilt from storage. */
async function analyzeWithProfile(activity: Activity, now: Date): Promise<Analyzed> {
  const { value: profile } = await store.loadProfile();
  // The runner's chosen language, else the browser's: findings read in the same language as the panel.
  const analysis = analyze(activity, { ...profile, language: profile.language ?? browserLanguage() }, [], now);
  return { activity, analysis, analyzedAt: now.toISOString() };
}

export function createHandlers(clock: () => Date = () => new Date()): Handlers {
  return {
    async analyze({ activity }, sender) {
      const analyzed = await analyzeWithProfile(activity, clock());
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await store.saveTabAnalysis(tabId, analyzed);
        await showRiskBadge(tabId, analyzed.analysis.crampRisk.level);
      }
      await store.saveLastAnalysis(analyzed);
      return analyzed;
    },
    'analyze-manual': ({ activity }) => analyzeWithProfile(activity, clock()),
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
