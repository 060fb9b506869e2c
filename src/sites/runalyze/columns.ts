/**
 * The data browser's columns, identified by header label. Runalyze lets each runner choose and
 * order the columns ("Settings: Dataset"), so positions are never assumed: every header cell is
 * read by its tooltip (`data-tip`, the full name) or its short label. Runalyze words first (seen in
 * the English fixture), then the shared 7-language stat table.
 */
import { type StatKey, statKeyOfLabel } from '../shared/labels';
import { foldLabel } from '../shared/text';

/** Runalyze's own names, folded. "Duration" is its time without pauses; "Energy" is in kcal. */
const RUNALYZE_LABELS: Record<string, StatKey> = {
  duration: 'movingTime',
  energy: 'calories',
  ascent: 'elevation',
  'asc.': 'elevation',
  'avg. heart rate': 'heartRate',
  'avg. hr': 'heartRate',
  'temp.': 'temperature',
};

export function runalyzeStatKey(label: string): StatKey | null {
  const folded = foldLabel(label);
  return (Object.hasOwn(RUNALYZE_LABELS, folded) ? RUNALYZE_LABELS[folded] : undefined) ?? statKeyOfLabel(label);
}

/** Column index → stat, from the captured header; the first column naming a stat wins. */
export function statColumns(header: readonly (readonly [number, string, string])[]): Map<number, StatKey> {
  const columns = new Map<number, StatKey>();
  const seen = new Set<StatKey>();
  for (const [index, tip, label] of header) {
    const key = runalyzeStatKey(tip) ?? runalyzeStatKey(label);
    if (key !== null && key !== 'pace' && key !== 'speed' && !seen.has(key)) {
      columns.set(index, key);
      seen.add(key);
    }
  }
  return columns;
}
