/**
 * The data browser's columns, identified by header label. Runalyze lets each runner choose and
 * order the columns ("Settings: Dataset"), so positions are never assumed: every header cell is
 * read by its tooltip (`data-tip`, the full name) or its short label. Runalyze words first (seen in
 * the English fixture), then the shared 7-language stat table.
 */
import { type StatKey, statKeyOfLabel } from '../shared/labels';
import { foldLabel, textOf } from '../shared/text';

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
  return RUNALYZE_LABELS[foldLabel(label)] ?? statKeyOfLabel(label);
}

/** Column index → stat, from the table's header row; the first column naming a stat wins. */
export function statColumns(table: Element): Map<number, StatKey> {
  const columns = new Map<number, StatKey>();
  const seen = new Set<StatKey>();
  const header = table.querySelector('thead tr');
  cellsByColumn(header).forEach((cell, index) => {
    const tip = cell.querySelector('[data-tip]')?.getAttribute('data-tip') ?? '';
    const key = runalyzeStatKey(tip) ?? runalyzeStatKey(textOf(cell.querySelector('.truncate') ?? cell));
    if (key !== null && key !== 'pace' && key !== 'speed' && !seen.has(key)) {
      columns.set(index, key);
      seen.add(key);
    }
  });
  return columns;
}

/** A row's cells by column position, counting `colspan` (a spanning cell sits at its first column). */
export function cellsByColumn(row: Element | null): Map<number, Element> {
  const cells = new Map<number, Element>();
  let column = 0;
  for (const cell of Array.from(row?.children ?? [])) {
    cells.set(column, cell);
    const span = Number(cell.getAttribute('colspan') ?? 1);
    column += Number.isInteger(span) && span >= 1 && span <= 100 ? span : 1;
  }
  return cells;
}
