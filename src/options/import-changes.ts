import type { Profile, SweatTest } from '../core/profile';
import { MAX_HISTORY } from '../platform/history-bounds';
import { checkEntries } from '../platform/history-store';
import { mergeHistory } from '../platform/import-apply';
import type { DiscardReason, ImportPlan } from '../platform/import-plan';
import { STORAGE_KEYS } from '../platform/storage-keys';
import { SavedRacesSchema } from '../core/race/index';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { PROFILE_FIELDS, PROFILE_KEYS } from './profile-fields';
import { onOff, yesNo } from './value-words';
import { activityLines } from './import-activity-changes';
import { SITE_IDS, siteEnabled, siteLabel } from './sites';

export interface Current {
  profile: Profile;
  settings: Settings;
  /** Everything in storage.local as stored, to compare the other keys with. */
  stored: Record<string, unknown>;
  /** History limits are measured from now. */
  now: Date;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings a runner opts into, each named in the preview when a file switches it. */
const OPT_INS: [key: 'weatherLookup' | 'importTrainingLog', label: MessageKey][] = [
  ['weatherLookup', 'optionsImportOptInWeather'],
  ['importTrainingLog', 'optionsImportOptInTrainingLog'],
];

/** "1 weigh-in test", "3 weigh-in tests": the plural form the browser's language uses for `n`. */
const plural = (n: number, one: MessageKey, other: MessageKey) =>
  t(new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? one : other, n);

function testChanges(before: SweatTest[], after: SweatTest[]): string[] {
  const added = after.filter((test) => !before.some((b) => same(b, test))).length;
  const removed = before.filter((test) => !after.some((a) => same(a, test))).length;
  return [
    ...(added ? [plural(added, 'optionsImportTestsAddedOne', 'optionsImportTestsAddedOther')] : []),
    ...(removed ? [plural(removed, 'optionsImportTestsRemovedOne', 'optionsImportTestsRemovedOther')] : []),
  ];
}

/** What applying the plan would change, one line each, e.g. "Body mass 70 kg → 64 kg". */
export function describeImport(plan: ImportPlan, current: Current): string[] {
  const lines: string[] = [];
  const notSet = t('optionsValueNotSet');
  if (plan.profile) {
    const units = current.profile.units;
    for (const key of PROFILE_KEYS) {
      const use = PROFILE_FIELDS[key].preview;
      if (!('show' in use)) continue;
      const [was, will] = [use.show(current.profile, units), use.show(plan.profile, units)];
      if (was !== will) lines.push(t('optionsImportChange', t(use.label), was ?? notSet, will ?? notSet));
    }
    lines.push(...testChanges(current.profile.sweatTests ?? [], plan.profile.sweatTests ?? []));
  }
  if (plan.settings) {
    const ids = new Set([...Object.keys(current.settings.sites), ...Object.keys(plan.settings.sites), ...SITE_IDS]);
    for (const id of ids) {
      const [was, will] = [siteEnabled(current.settings.sites, id), siteEnabled(plan.settings.sites, id)];
      if (was !== will) lines.push(t('optionsImportChange', siteLabel(id), onOff(was), onOff(will)));
    }
    lines.push(...settingLines(current.settings, plan.settings));
  }
  const manual = Object.entries(plan.manual).filter(([key, value]) => !same(current.stored[key], value));
  const added = manual.filter(([key]) => !(key in current.stored)).length;
  if (added) lines.push(plural(added, 'optionsImportManualAddedOne', 'optionsImportManualAddedOther'));
  if (manual.length - added) lines.push(plural(manual.length - added, 'optionsImportManualReplacedOne', 'optionsImportManualReplacedOther'));
  if (plan.lastAnalysis && !same(current.stored.lastAnalysis, plan.lastAnalysis)) lines.push(t('optionsImportLastAnalysis'));
  lines.push(...raceLines(plan, current));
  lines.push(...historyLines(plan, current));
  lines.push(...discardedLines(plan));
  return lines;
}

/** Each opt-in by name, and the panel's state: a file that switches the weather lookup on says so. */
function settingLines(was: Settings, will: Settings): string[] {
  const lines: string[] = [];
  for (const [key, label] of OPT_INS) {
    if ((was[key] === true) !== (will[key] === true)) lines.push(t('optionsImportChange', t(label), onOff(was[key] === true), onOff(will[key] === true)));
  }
  if (was.panelCollapsed !== will.panelCollapsed) lines.push(t('optionsImportChange', t('optionsImportPanelCollapsed'), yesNo(was.panelCollapsed) ?? '', yesNo(will.panelCollapsed) ?? ''));
  return lines;
}

/** Saved races merge by name (import-apply.ts): new names are added, same names replaced when they differ. */
function raceLines(plan: ImportPlan, current: Current): string[] {
  if (!plan.races) return [];
  const parsed = SavedRacesSchema.safeParse((current.stored[STORAGE_KEYS.races] as { data?: unknown } | undefined)?.data ?? []);
  const stored = new Map((parsed.success ? parsed.data : []).map((r) => [r.name, r]));
  const added = plan.races.filter((r) => !stored.has(r.name)).map((r) => r.name);
  const replaced = plan.races.filter((r) => stored.has(r.name) && !same(stored.get(r.name), r)).map((r) => r.name);
  return [...(added.length ? [t('optionsImportRacesAdded', added.join(', '))] : []), ...(replaced.length ? [t('optionsImportRacesReplaced', replaced.join(', '))] : [])];
}

/** What the history merge does, counted by the same code that applies it (import-apply.ts mergeHistory). */
function historyLines(plan: ImportPlan, current: Current): string[] {
  const lines: string[] = [];
  const stored = checkEntries(current.stored[STORAGE_KEYS.history], current.now)?.good ?? [];
  const { change, history } = mergeHistory(stored, plan.history, current.now);
  if (change.added) lines.push(plural(change.added, 'optionsImportHistoryAddedOne', 'optionsImportHistoryAddedOther'));
  if (change.updated) lines.push(plural(change.updated, 'optionsImportHistoryUpdatedOne', 'optionsImportHistoryUpdatedOther'));
  if (change.crampLogsKept) lines.push(plural(change.crampLogsKept, 'optionsImportCrampLogsKeptOne', 'optionsImportCrampLogsKeptOther'));
  if (change.outsideLimits) {
    const key = new Intl.PluralRules(uiLanguage()).select(change.outsideLimits) === 'one' ? 'optionsImportHistoryOutsideOne' : 'optionsImportHistoryOutsideOther';
    lines.push(t(key, change.outsideLimits, MAX_HISTORY));
  }
  lines.push(...activityLines(stored, history, current.profile.units));
  if (plan.historyInvalid) lines.push(plural(plan.historyInvalid, 'optionsImportHistoryInvalidOne', 'optionsImportHistoryInvalidOther'));
  return lines;
}

const DISCARDED: Record<DiscardReason, MessageKey> = {
  'kept-aside': 'optionsImportDiscardedKeptAside',
  cache: 'optionsImportDiscardedCache',
  'this-browser': 'optionsImportDiscardedThisBrowser',
  invalid: 'optionsImportDiscardedInvalid',
  unknown: 'optionsImportSkipped',
};

/** Every key of the file that is not imported, grouped by why. */
function discardedLines(plan: ImportPlan): string[] {
  return (Object.keys(DISCARDED) as DiscardReason[]).flatMap((reason) => {
    const keys = plan.discarded.filter((d) => d.reason === reason).map((d) => d.key);
    return keys.length > 0 ? [t(DISCARDED[reason], keys.join(', '))] : [];
  });
}
