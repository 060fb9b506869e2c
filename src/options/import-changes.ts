import type { Profile, SweatTest } from '../core/profile';
import { MAX_HISTORY } from '../platform/history-bounds';
import { checkEntries } from '../platform/history-store';
import { mergeHistory } from '../platform/import-apply';
import type { DiscardReason, ImportPlan } from '../platform/import-plan';
import { STORAGE_KEYS } from '../platform/storage-keys';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { formatFixed } from './format';
import { SITE_IDS, siteEnabled, siteLabel } from './sites';
import { toShown, type Units, unitSymbol } from '../core/units';

export interface Current {
  profile: Profile;
  settings: Settings;
  /** Everything in storage.local as stored, to compare the other keys with. */
  stored: Record<string, unknown>;
  /** History limits are measured from now. */
  now: Date;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "1 weigh-in test", "3 weigh-in tests": the plural form the browser's language uses for `n`. */
const plural = (n: number, one: MessageKey, other: MessageKey) =>
  t(new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? one : other, n);

/** Stored words (sex, cramp history, muscles, units) as the runner reads them; unknown ones as stored. */
const VALUE_KEYS: Record<string, MessageKey> = {
  female: 'optionsValueFemale',
  male: 'optionsValueMale',
  never: 'optionsValueNever',
  sometimes: 'optionsValueSometimes',
  often: 'optionsValueOften',
  calves: 'optionsValueCalves',
  hamstrings: 'optionsValueHamstrings',
  quads: 'optionsValueQuads',
  feet: 'optionsValueFeet',
  other: 'optionsValueOther',
  metric: 'optionsValueMetric',
  imperial: 'optionsValueImperial',
};
const word = (value: string | undefined) => {
  if (value === undefined) return undefined;
  const key = Object.hasOwn(VALUE_KEYS, value) ? VALUE_KEYS[value] : undefined;
  return key ? t(key) : value;
};
const onOff = (on: boolean) => t(on ? 'optionsValueOn' : 'optionsValueOff');

type Shown = (p: Profile) => string | undefined;

/** Profile fields as the runner reads them, in the units currently shown on the page. */
function profileFields(units: Units): [MessageKey, Shown][] {
  const num = (v: number | undefined, digits: number, unit: string) => (v === undefined ? undefined : `${formatFixed(v, digits)} ${unit}`);
  return [
    ['optionsImportBodyMass', (p) => num(p.bodyMassKg === undefined ? undefined : toShown('mass', p.bodyMassKg, units), 0, unitSymbol('mass', units))],
    ['optionsImportHeight', (p) => num(p.heightCm === undefined ? undefined : toShown('height', p.heightCm, units), 0, unitSymbol('height', units))],
    ['optionsImportSex', (p) => word(p.sex)],
    ['optionsImportSweatRate', (p) => num(p.sweatRateLph, 2, 'L/h')],
    ['optionsImportSweatSodium', (p) => num(p.sweatSodiumMgPerL, 0, 'mg/L')],
    ['optionsImportSaltySweater', (p) => (p.saltySweater === undefined ? undefined : t(p.saltySweater ? 'optionsValueYes' : 'optionsValueNo'))],
    ['optionsImportCrampHistory', (p) => word(p.crampHistory)],
    ['optionsImportCrampMuscles', (p) => (p.crampMuscles?.length ? p.crampMuscles.map((m) => word(m)).join(', ') : undefined)],
    ['optionsImportUnits', (p) => word(p.units)],
  ];
}

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
    for (const [label, show] of profileFields(current.profile.units)) {
      const [was, will] = [show(current.profile), show(plan.profile)];
      if (was !== will) lines.push(t('optionsImportChange', t(label), was ?? notSet, will ?? notSet));
    }
    lines.push(...testChanges(current.profile.sweatTests ?? [], plan.profile.sweatTests ?? []));
  }
  if (plan.settings) {
    const ids = new Set([...Object.keys(current.settings.sites), ...Object.keys(plan.settings.sites), ...SITE_IDS]);
    for (const id of ids) {
      const [was, will] = [siteEnabled(current.settings.sites, id), siteEnabled(plan.settings.sites, id)];
      if (was !== will) lines.push(t('optionsImportChange', siteLabel(id), onOff(was), onOff(will)));
    }
  }
  const manual = Object.entries(plan.manual).filter(([key, value]) => !same(current.stored[key], value));
  const added = manual.filter(([key]) => !(key in current.stored)).length;
  if (added) lines.push(plural(added, 'optionsImportManualAddedOne', 'optionsImportManualAddedOther'));
  if (manual.length - added) lines.push(plural(manual.length - added, 'optionsImportManualReplacedOne', 'optionsImportManualReplacedOther'));
  if (plan.lastAnalysis && !same(current.stored.lastAnalysis, plan.lastAnalysis)) lines.push(t('optionsImportLastAnalysis'));
  lines.push(...historyLines(plan, current));
  lines.push(...discardedLines(plan));
  return lines;
}

/** What the history merge does, counted by the same code that applies it (import-apply.ts mergeHistory). */
function historyLines(plan: ImportPlan, current: Current): string[] {
  const lines: string[] = [];
  const stored = checkEntries(current.stored[STORAGE_KEYS.history], current.now)?.good ?? [];
  const { change } = mergeHistory(stored, plan.history, current.now);
  if (change.added) lines.push(plural(change.added, 'optionsImportHistoryAddedOne', 'optionsImportHistoryAddedOther'));
  if (change.updated) lines.push(plural(change.updated, 'optionsImportHistoryUpdatedOne', 'optionsImportHistoryUpdatedOther'));
  if (change.crampLogsKept) lines.push(plural(change.crampLogsKept, 'optionsImportCrampLogsKeptOne', 'optionsImportCrampLogsKeptOther'));
  if (change.outsideLimits) {
    const key = new Intl.PluralRules(uiLanguage()).select(change.outsideLimits) === 'one' ? 'optionsImportHistoryOutsideOne' : 'optionsImportHistoryOutsideOther';
    lines.push(t(key, change.outsideLimits, MAX_HISTORY));
  }
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
