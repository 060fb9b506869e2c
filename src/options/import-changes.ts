import type { Profile, SweatTest } from '../core/profile';
import type { ImportPlan } from '../platform/backup';
import { type MessageKey, t, uiLanguage } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { formatFixed } from './format';
import { siteEnabled, siteLabel } from './sites';
import { toShown, type Units, unitSymbol } from '../core/units';

export interface Current {
  profile: Profile;
  settings: Settings;
  /** Everything in storage.local as stored, to compare the other keys with. */
  stored: Record<string, unknown>;
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
    const ids = new Set([...Object.keys(current.settings.sites), ...Object.keys(plan.settings.sites), 'strava']);
    for (const id of ids) {
      const [was, will] = [siteEnabled(current.settings.sites, id), siteEnabled(plan.settings.sites, id)];
      if (was !== will) lines.push(t('optionsImportChange', siteLabel(id), onOff(was), onOff(will)));
    }
  }
  const changed = Object.entries(plan.other).filter(([key, value]) => !same(current.stored[key], value));
  const manual = changed.filter(([key]) => key.startsWith('manual:'));
  const added = manual.filter(([key]) => !(key in current.stored)).length;
  if (added) lines.push(plural(added, 'optionsImportManualAddedOne', 'optionsImportManualAddedOther'));
  if (manual.length - added) lines.push(plural(manual.length - added, 'optionsImportManualReplacedOne', 'optionsImportManualReplacedOther'));
  if (changed.some(([key]) => key === 'lastAnalysis')) lines.push(t('optionsImportLastAnalysis'));
  const history = changed.find(([key]) => key === 'history')?.[1] as { data?: unknown[] } | undefined;
  if (history) lines.push(plural(history.data?.length ?? 0, 'optionsImportHistoryOne', 'optionsImportHistoryOther'));
  const copies = changed.filter(([key]) => key.startsWith('backup:')).length;
  if (copies) lines.push(plural(copies, 'optionsImportRecoveredOne', 'optionsImportRecoveredOther'));
  if (plan.skipped.length) lines.push(t('optionsImportSkipped', plan.skipped.join(', ')));
  return lines;
}
