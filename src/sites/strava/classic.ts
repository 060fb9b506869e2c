/**
 * The logged-in ("classic") page: its labelled stats as (stat key, value element) pairs. A label
 * is identified by its glossary hook first (`data-glossary-term`, same in every language), then
 * by its text in any supported language; labels we do not know are skipped, not guessed.
 */
import type { TemperatureSource } from '../../core/activity';
import type { Draft } from '../shared/draft';
import { type StatKey, statKeyOfLabel } from '../shared/labels';
import { applyStat } from '../shared/stat-values';
import { listed, textOf } from '../shared/text';
import { unitFromTitle } from '../shared/units';
import * as css from './selectors';

/**
 * Glossary hooks ("definition-moving-time") we read: each names its stat by an English label
 * ("moving time"). Hooks we know and deliberately skip (power, effort, load…) name no stat.
 */
const READ_HOOKS = 'moving-time elapsed-time total-work energy-output distance elevation calories pace';
const SKIPPED_HOOKS = 'suffer-score weighted-average-power average-power training-load intensity gap perceived-exertion';

/** The stat a label names: by its glossary hook when we know the hook, else by its text. */
function keyOfLabel(label: Element): StatKey | null {
  const hook = label.matches('[data-glossary-term]') ? label : label.querySelector('[data-glossary-term]');
  const [, term = ' '] = /^definition-(\S+)$/.exec(hook?.getAttribute('data-glossary-term') ?? '') ?? [];
  if (listed(SKIPPED_HOOKS, term)) return null;
  return statKeyOfLabel(listed(READ_HOOKS, term) ? term.replace(/-/g, ' ') : textOf(label));
}

interface StatCell {
  key: StatKey;
  value: Element;
}

function cell(label: Element | null, value: Element | null): StatCell[] {
  const key = label && keyOfLabel(label);
  return key && value ? [{ key, value }] : [];
}

/** Headline stats, the more-stats table (hidden rows too) and run pages' more-stats rows. */
function statCells(stats: Element): StatCell[] {
  return [
    ...css.allOfFirst(stats, css.INLINE_STAT_ITEMS).flatMap((item) => cell(css.firstMatch(item, css.INLINE_STAT_LABEL), css.firstMatch(item, css.INLINE_STAT_VALUE))),
    ...css.allOfFirst(stats, css.MORE_STATS_ROWS).flatMap((row) => cell(row.querySelector('th'), row.querySelector('td'))),
    ...css.allOfFirst(stats, css.MORE_STATS_DIV_ROWS).flatMap((row) => {
      const value = row.querySelector('strong');
      return cell([...row.children].find((child) => !child.contains(value)) ?? null, value);
    }),
  ];
}

/**
 * Weather panel first (it measures the air; a device sensor warms in the sun), then the stats.
 * The weather panel's "Feels like" and wind are not matched. Returns where the temperature came from.
 */
export function readClassicStats(draft: Draft, doc: Document, stats: Element): TemperatureSource | undefined {
  const weather = css.allOfFirst(doc, css.WEATHER_STATS).flatMap((stat) => cell(css.firstMatch(stat, css.WEATHER_LABEL), css.firstMatch(stat, css.WEATHER_VALUE)));
  let source: TemperatureSource | undefined;
  for (const [cells, from] of [[weather, 'weather'], [statCells(stats), 'device']] as const) {
    for (const { key, value } of cells) {
      const title = value.querySelector('abbr[title]')?.getAttribute('title');
      if (applyStat(draft, key, textOf(value), unitFromTitle(title ?? '')) && key === 'temperature') source = from;
    }
  }
  return source;
}
