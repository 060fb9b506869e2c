/**
 * Runalyze's page half: copies the data browser's text as plain data (no parsing here; the
 * background reads it in interpret.ts). The data browser (the calendar table on the dashboard and at
 * /databrowser/…) shows a row per activity; the runner chooses and orders its columns, so the
 * header row is copied with it (each header cell's tooltip `data-tip`, the full name, and its short
 * label). Never throws.
 */
import { cleanText, pageLanguage, textOf } from '../shared/text';

export interface RunalyzeRow {
  /** `data-activity-id`, '' for a day's date-only row. */
  id: string;
  /** The first cell's text: "26.05 Mon" on a day's first row. */
  first: string;
  /** The row's sport icon classes (`icons8-Running`…). */
  icons: string;
  /** Cell texts by column position, counting `colspan` (a spanning cell sits at its first column). */
  cells: [number, string][];
  /** The weather tooltip's text lines ("Temperature: 14 °C"). */
  tooltip: string[];
}

export interface RunalyzeCapture {
  language: string;
  /** The browser's own range inputs (`#data-browser-input-from` / `-to`, "2025-05-26"): they give the year. */
  from: string;
  to: string;
  /** Header cells by column position: [column, tooltip, short label]. Empty when no table was found. */
  header: [number, string, string][];
  rows: RunalyzeRow[];
}

const MAX_ROWS = 500;

/** A row's cells by column position, counting `colspan`. */
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

function row(tr: Element): RunalyzeRow {
  const id = tr.getAttribute('data-activity-id') ?? '';
  const tooltip = tr.querySelector('.tooltip-content');
  return {
    id,
    first: textOf(tr.querySelector('td')),
    icons: id ? Array.from(tr.querySelectorAll('i[class*="icons8-"]'), (i) => i.getAttribute('class') ?? '').join(' ') : '',
    cells: id ? Array.from(cellsByColumn(tr), ([column, cell]) => [column, textOf(cell)]) : [],
    // Text lines only; <br> separates them.
    tooltip: Array.from(tooltip?.childNodes ?? []).flatMap((node) => (node.nodeType === 3 ? [cleanText(node.textContent)] : [])),
  };
}

export function captureRunalyze(doc: Document): RunalyzeCapture {
  const table = doc.querySelector('tr[data-activity-id]')?.closest('table') ?? null;
  const header = Array.from(cellsByColumn(table?.querySelector('thead tr') ?? null), ([column, cell]): [number, string, string] => [
    column,
    cell.querySelector('[data-tip]')?.getAttribute('data-tip') ?? '',
    textOf(cell.querySelector('.truncate') ?? cell),
  ]);
  return {
    language: pageLanguage(doc),
    from: doc.querySelector('#data-browser-input-from')?.getAttribute('value') ?? '',
    to: doc.querySelector('#data-browser-input-to')?.getAttribute('value') ?? '',
    header,
    rows: table ? Array.from(doc.querySelectorAll('tr'), row).slice(0, MAX_ROWS) : [],
  };
}
