import type { Profile, SweatTest } from '../core/profile';
import type { ImportPlan } from '../platform/backup';
import type { Settings } from '../platform/settings';
import { formatNumber } from './format';
import { siteEnabled, siteLabel } from './sites';
import { CM_PER_IN, LB_PER_KG } from './units';

export interface Current {
  profile: Profile;
  settings: Settings;
  /** Everything in storage.local as stored, to compare the other keys with. */
  stored: Record<string, unknown>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Shown = (p: Profile) => string | undefined;

/** Profile fields as the runner reads them, in the units currently shown on the page. */
function profileFields(imperial: boolean): [string, Shown][] {
  const num = (v: number | undefined, digits: number, unit: string) => (v === undefined ? undefined : `${formatNumber(v, digits)} ${unit}`);
  return [
    ['Body mass', (p) => num(p.bodyMassKg === undefined ? undefined : p.bodyMassKg * (imperial ? LB_PER_KG : 1), 0, imperial ? 'lb' : 'kg')],
    ['Height', (p) => num(p.heightCm === undefined ? undefined : p.heightCm / (imperial ? CM_PER_IN : 1), 0, imperial ? 'in' : 'cm')],
    ['Sex', (p) => p.sex],
    ['Sweat rate', (p) => num(p.sweatRateLph, 2, 'L/h')],
    ['Sweat sodium', (p) => num(p.sweatSodiumMgPerL, 0, 'mg/L')],
    ['Salty sweater', (p) => (p.saltySweater === undefined ? undefined : p.saltySweater ? 'yes' : 'no')],
    ['Cramp history', (p) => p.crampHistory],
    ['Cramping muscles', (p) => (p.crampMuscles?.length ? p.crampMuscles.join(', ') : undefined)],
    ['Units', (p) => p.units],
  ];
}

function testChanges(before: SweatTest[], after: SweatTest[]): string[] {
  const added = after.filter((t) => !before.some((b) => same(b, t))).length;
  const removed = before.filter((t) => !after.some((a) => same(a, t))).length;
  return [...(added ? [`${plural(added, 'weigh-in test')} added`] : []), ...(removed ? [`${plural(removed, 'weigh-in test')} removed`] : [])];
}

/** What applying the plan would change, one line each, e.g. "Body mass 70 kg → 64 kg". */
export function describeImport(plan: ImportPlan, current: Current): string[] {
  const lines: string[] = [];
  if (plan.profile) {
    for (const [label, show] of profileFields(current.profile.units === 'imperial')) {
      const [was, will] = [show(current.profile), show(plan.profile)];
      if (was !== will) lines.push(`${label} ${was ?? 'not set'} → ${will ?? 'not set'}`);
    }
    lines.push(...testChanges(current.profile.sweatTests ?? [], plan.profile.sweatTests ?? []));
  }
  if (plan.settings) {
    const ids = new Set([...Object.keys(current.settings.sites), ...Object.keys(plan.settings.sites), 'strava']);
    for (const id of ids) {
      const [was, will] = [siteEnabled(current.settings.sites, id), siteEnabled(plan.settings.sites, id)];
      if (was !== will) lines.push(`${siteLabel(id)} ${was ? 'on' : 'off'} → ${will ? 'on' : 'off'}`);
    }
  }
  const changed = Object.entries(plan.other).filter(([key, value]) => !same(current.stored[key], value));
  const manual = changed.filter(([key]) => key.startsWith('manual:'));
  const added = manual.filter(([key]) => !(key in current.stored)).length;
  if (added) lines.push(`${plural(added, 'manual entry', 'manual entries')} added`);
  if (manual.length - added) lines.push(`${plural(manual.length - added, 'manual entry', 'manual entries')} replaced`);
  if (changed.some(([key]) => key === 'lastAnalysis')) lines.push('Last analysis replaced');
  const copies = changed.filter(([key]) => key.startsWith('backup:')).length;
  if (copies) lines.push(`${plural(copies, 'recovered copy', 'recovered copies')} restored`);
  if (plan.skipped.length) lines.push(`Not imported (unknown to this version): ${plan.skipped.join(', ')}`);
  return lines;
}
