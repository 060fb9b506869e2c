/**
 * The logged-in ("classic") page's label/value pairs, read. A label is identified by its glossary
 * hook first (`data-glossary-term`, same in every language), then by its text in any supported
 * language; labels we do not know are skipped, not guessed.
 */
import type { TemperatureSource } from '../../core/activity';
import type { Draft } from '../shared/draft';
import { type StatKey, statKeyOfLabel } from '../shared/labels';
import { applyStat } from '../shared/stat-values';
import { listed } from '../shared/text';
import { unitFromTitle } from '../shared/units';
import type { RawCell } from './reading';

/**
 * Glossary hooks ("definition-moving-time") we read: each names its stat by an English label
 * ("moving time"). Hooks we know and deliberately skip (power, effort, load…) name no stat.
 */
const READ_HOOKS = 'moving-time elapsed-time total-work energy-output distance elevation calories pace';
const SKIPPED_HOOKS = 'suffer-score weighted-average-power average-power training-load intensity gap perceived-exertion';

/** The stat a label names: by its glossary hook when we know the hook, else by its text. */
export function keyOfLabel(hook: string, label: string): StatKey | null {
  const [, term = ' '] = /^definition-(\S+)$/.exec(hook) ?? [];
  if (listed(SKIPPED_HOOKS, term)) return null;
  return statKeyOfLabel(listed(READ_HOOKS, term) ? term.replace(/-/g, ' ') : label);
}

/**
 * Weather panel first (it measures the air; a device sensor warms in the sun), then the stats.
 * The weather panel's "Feels like" and wind are not matched. Returns where the temperature came from.
 */
export function readClassicStats(draft: Draft, cells: readonly RawCell[]): TemperatureSource | undefined {
  let source: TemperatureSource | undefined;
  for (const from of ['weather', 'device'] as const) {
    for (const cell of cells) {
      if (cell.from !== from) continue;
      const key = keyOfLabel(cell.hook, cell.label);
      if (key && applyStat(draft, key, cell.value, unitFromTitle(cell.unitTitle)) && key === 'temperature') source = from;
    }
  }
  return source;
}
