/**
 * Reads one activity from what capture.ts copied of a Runalyze page (in the background). The data
 * browser shows a row per activity: distance, duration, ascent, energy, heart rate, temperature,
 * and a weather tooltip ("Temperature: 14 °C", "Humidity: 61 %", one per line). Which row is read:
 * see rows.ts. The capture arrives from a content script, so its shape is checked here first.
 * Never throws.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { attempt, type Draft, miss, newDraft, setOnce, unread } from '../shared/draft';
import { crossCheckTimes } from '../shared/json-draft';
import type { StatKey } from '../shared/labels';
import { decimalSeparatorOf } from '../shared/numbers';
import { applyStat } from '../shared/stat-values';
import { quoted } from '../shared/text';
import type { SiteReading } from '../types';
import type { RunalyzeCapture, RunalyzeRow } from './capture';
import { runalyzeStatKey, statColumns } from './columns';
import { activityRows, chooseRow } from './rows';
import { runalyzeActivityId } from './url';

const EXPECTED: readonly (keyof ActivityDraft)[] = ['sport', 'startTime', 'distanceM', 'movingS', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories'];

const own = (r: Record<string, unknown>, key: string): unknown => (Object.hasOwn(r, key) ? r[key] : undefined);
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : '');
const list = (v: unknown, max: number): unknown[] => (Array.isArray(v) ? v.slice(0, max) : []);
const columnText = (v: unknown): [number, string][] => {
  const [column, text] = list(v, 2);
  return typeof column === 'number' && Number.isInteger(column) && column >= 0 && column < 1000 ? [[column, str(text)]] : [];
};

/** Only fields of the expected types; anything else is dropped, so reading never meets a surprise. */
export function asRunalyzeCapture(raw: unknown): RunalyzeCapture {
  const r = rec(raw);
  return {
    language: str(own(r, 'language'), 10),
    from: str(own(r, 'from'), 20),
    to: str(own(r, 'to'), 20),
    header: list(own(r, 'header'), 100).flatMap((h) => {
      const [column, tip, label] = list(h, 3);
      return columnText([column, tip]).map(([c, t]): [number, string, string] => [c, t, str(label)]);
    }),
    rows: list(own(r, 'rows'), 500).map((x): RunalyzeRow => {
      const row = rec(x);
      return {
        id: str(own(row, 'id'), 20),
        first: str(own(row, 'first')),
        icons: str(own(row, 'icons'), 500),
        cells: list(own(row, 'cells'), 100).flatMap(columnText),
        tooltip: list(own(row, 'tooltip'), 20).map((line) => str(line)),
      };
    }),
  };
}

export function interpretRunalyze(raw: unknown, url: URL): SiteReading {
  const draft = newDraft();
  let layout = 'none';
  let temperatureSource: TemperatureSource | undefined;
  try {
    const capture = asRunalyzeCapture(raw);
    draft.decimalSeparator = decimalSeparatorOf(capture.language);
    const urlId = runalyzeActivityId(url);
    const chosen = chooseRow(activityRows(capture.rows, capture.from, capture.to), urlId);
    if (capture.rows.length > 0 && chosen) {
      layout = 'databrowser';
      setOnce(draft, 'id', chosen.id);
      if (chosen.sport) setOnce(draft, 'sport', chosen.sport);
      else miss(draft, 'sport', 'no sport icon in the row');
      if (chosen.date) setOnce(draft, 'startTime', chosen.date);
      else miss(draft, 'startTime', 'the row shows no date we can read');
      // The weather tooltip first: it is the weather service's reading, with humidity beside it.
      if (readWeatherTooltip(draft, chosen.row.tooltip)) temperatureSource = 'weather';
      const cells = new Map(chosen.row.cells);
      for (const [column, key] of statColumns(capture.header)) {
        const text = cells.get(column);
        if (text !== undefined) offerStat(draft, key, text);
      }
      attempt(draft, 'distanceM', () => crossCheckTimes(draft));
    } else if (urlId !== null && capture.rows.length > 0) {
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

/** Each tooltip line is "Label: value"; only labels we know are read. True when temperature came from it. */
function readWeatherTooltip(draft: Draft, lines: readonly string[]): boolean {
  let temperature = false;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const key = colon > 0 ? runalyzeStatKey(line.slice(0, colon)) : null;
    if (key !== 'temperature' && key !== 'humidity') continue;
    if (offerStat(draft, key, line.slice(colon + 1)) && key === 'temperature') temperature = true;
  }
  return temperature;
}
