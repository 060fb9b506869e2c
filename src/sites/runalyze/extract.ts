/**
 * Reads one activity from a Runalyze page. The data browser (the calendar table on the dashboard
 * and at /databrowser/…) shows a row per activity: distance, duration, ascent, energy, heart rate,
 * temperature, and a weather tooltip ("Temperature: 14 °C", "Humidity: 61 %", one per line). Which
 * row is read: see rows.ts. Never throws.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { attempt, type Draft, miss, newDraft, setOnce, unread } from '../shared/draft';
import type { StatKey } from '../shared/labels';
import { decimalSeparatorOf } from '../shared/numbers';
import { applyStat } from '../shared/stat-values';
import { cleanText, pageLanguage, quoted, textOf } from '../shared/text';
import type { ExtractResult } from '../types';
import { crossCheckTimes } from '../shared/json-draft';
import { cellsByColumn, runalyzeStatKey, statColumns } from './columns';
import { activityRows, chooseRow } from './rows';
import { runalyzeActivityId } from './url';

const EXPECTED: readonly (keyof ActivityDraft)[] = ['sport', 'startTime', 'distanceM', 'movingS', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories'];

export function extractRunalyze(doc: Document, url: URL): ExtractResult {
  const draft = newDraft(decimalSeparatorOf(pageLanguage(doc)));
  let layout = 'none';
  let temperatureSource: TemperatureSource | undefined;
  try {
    const urlId = runalyzeActivityId(url);
    const table = doc.querySelector('tr[data-activity-id]')?.closest('table') ?? null;
    const chosen = chooseRow(activityRows(doc), urlId);
    if (table && chosen) {
      layout = 'databrowser';
      setOnce(draft, 'id', chosen.id);
      if (chosen.sport) setOnce(draft, 'sport', chosen.sport);
      else miss(draft, 'sport', 'no sport icon in the row');
      if (chosen.date) setOnce(draft, 'startTime', chosen.date);
      else miss(draft, 'startTime', 'the row shows no date we can read');
      // The weather tooltip first: it is the weather service's reading, with humidity beside it.
      if (readWeatherTooltip(draft, chosen.row)) temperatureSource = 'weather';
      const cells = cellsByColumn(chosen.row);
      for (const [column, key] of statColumns(table)) {
        const cell = cells.get(column);
        if (cell) offerStat(draft, key, textOf(cell));
      }
      attempt(draft, 'distanceM', () => crossCheckTimes(draft));
    } else if (urlId !== null && table) {
      miss(draft, 'movingS', `activity ${urlId} is not in the table on this page`);
    }
  } catch (error) {
    miss(draft, 'movingS', `page could not be read (${quoted(String(error))})`);
  }
  if (draft.activity.temperatureC === undefined) temperatureSource = undefined;
  if (temperatureSource) draft.activity.temperatureSource = temperatureSource;
  const notShown = layout === 'none' ? 'no Runalyze activity table found on this page' : 'not shown in the activity table';
  return { layout, activity: draft.activity, temperatureSource, unread: unread(draft, EXPECTED, notShown), rejected: draft.rejected };
}

/** True when the value became the field's value. Empty cells are simply not shown; units come with the text. */
function offerStat(draft: Draft, key: StatKey, text: string): boolean {
  return text !== '' && key !== 'pace' && key !== 'speed' && applyStat(draft, key, text, null);
}

/** Each text line of the tooltip is "Label: value"; only labels we know are read. True when temperature came from it. */
function readWeatherTooltip(draft: Draft, row: Element): boolean {
  let temperature = false;
  const tooltip = row.querySelector('.tooltip-content');
  for (const node of Array.from(tooltip?.childNodes ?? [])) {
    if (node.nodeType !== 3) continue; // text lines only; <br> separates them
    const line = cleanText(node.textContent);
    const colon = line.indexOf(':');
    const key = colon > 0 ? runalyzeStatKey(line.slice(0, colon)) : null;
    if (key !== 'temperature' && key !== 'humidity') continue;
    if (offerStat(draft, key, line.slice(colon + 1)) && key === 'temperature') temperature = true;
  }
  return temperature;
}
