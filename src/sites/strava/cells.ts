/**
 * The labelled stats on a classic Strava page, as (stat key, value element) pairs. A label is
 * identified by its glossary hook first (`data-glossary-term`, same in every language), then by
 * its text in any supported language; labels we do not know are skipped, not guessed.
 */
import { type StatKey, statKeyOfLabel } from '../shared/labels';
import { textOf } from '../shared/text';
import { allOfFirst, firstMatch, SELECTORS } from './selectors';

export interface StatCell {
  key: StatKey;
  value: Element;
}

/** Glossary hooks → stat; null marks a hook we know and deliberately skip (power, effort…). */
const GLOSSARY: Record<string, StatKey | null> = {
  'definition-moving-time': 'movingTime',
  'definition-elapsed-time': 'elapsedTime',
  'definition-total-work': 'energy',
  'definition-energy-output': 'energy',
  'definition-distance': 'distance',
  'definition-elevation': 'elevation',
  'definition-calories': 'calories',
  'definition-pace': 'pace',
  'definition-suffer-score': null,
  'definition-weighted-average-power': null,
  'definition-average-power': null,
  'definition-training-load': null,
  'definition-intensity': null,
  'definition-gap': null,
  'definition-perceived-exertion': null,
};

function keyOfLabel(label: Element | null): StatKey | null {
  if (!label) return null;
  const hook = label.matches('[data-glossary-term]') ? label : label.querySelector('[data-glossary-term]');
  const term = hook?.getAttribute('data-glossary-term') ?? '';
  if (term in GLOSSARY) return GLOSSARY[term] ?? null;
  return statKeyOfLabel(textOf(label));
}

function cell(label: Element | null, value: Element | null): StatCell[] {
  const key = keyOfLabel(label);
  return key && value ? [{ key, value }] : [];
}

/** Headline stats, the more-stats table (hidden rows too) and run pages' more-stats rows. */
export function classicCells(stats: Element): StatCell[] {
  const inline = allOfFirst(stats, SELECTORS.inlineStatItems).flatMap((item) =>
    cell(firstMatch(item, SELECTORS.inlineStatLabel), firstMatch(item, SELECTORS.inlineStatValue)),
  );
  const table = allOfFirst(stats, SELECTORS.moreStatsRows).flatMap((row) => cell(row.querySelector('th'), row.querySelector('td')));
  const divRows = allOfFirst(stats, SELECTORS.moreStatsDivRows).flatMap((row) => {
    const value = row.querySelector('strong');
    const label = Array.from(row.children).find((child) => !child.contains(value)) ?? null;
    return cell(label, value);
  });
  return [...inline, ...table, ...divRows];
}

/** The weather panel's pairs (Temperature, Humidity…); "Feels like" and wind are not matched. */
export function weatherCells(root: ParentNode): StatCell[] {
  return allOfFirst(root, SELECTORS.weatherStats).flatMap((stat) =>
    cell(firstMatch(stat, SELECTORS.weatherLabel), firstMatch(stat, SELECTORS.weatherValue)),
  );
}
