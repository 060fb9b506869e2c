/**
 * Reads one Strava activity page. Never throws: each field is read on its own, and anything the
 * page did not show, or showed in a form we cannot read, is listed in `unread` with the reason.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import type { ExtractResult } from '../types';
import { parseLocalDateTime } from '../shared/dates';
import { DraftBuilder } from '../shared/draft-builder';
import { decimalSeparatorOf } from '../shared/numbers';
import { pageLanguage, quoted, textOf } from '../shared/text';
import { applyStat, applyStatElement, crossCheck, type StatContext } from './apply';
import { classicCells, weatherCells } from './cells';
import { type PublicActivity, readPublicProps } from './public-props';
import { firstMatch, SELECTORS } from './selectors';
import { readSport } from './sport';

/** Fields a Strava page can show; any not read is reported in `unread`. */
const EXPECTED: readonly (keyof ActivityDraft)[] = [
  'sport', 'startTime', 'distanceM', 'movingS', 'elapsedS', 'elevationGainM', 'temperatureC', 'humidityPct', 'avgHeartRate', 'calories', 'energyKj',
];

export function extractStrava(doc: Document, _url: URL): ExtractResult {
  const builder = new DraftBuilder();
  let layout = 'none';
  let temperatureSource: TemperatureSource | undefined;
  try {
    const language = pageLanguage(doc);
    const ctx: StatContext = { builder, decimalSeparator: decimalSeparatorOf(language), speedsMs: [] };
    const publicRoot = firstMatch(doc, SELECTORS.publicRoot);
    const stats = firstMatch(doc, SELECTORS.classicStats) ?? firstMatch(doc, SELECTORS.classicSummaryRow);
    const props = publicRoot ? readPublicProps(publicRoot) : null;
    builder.attempt('sport', () => {
      const found = readSport(doc, props?.types ?? []);
      if (found.sport) builder.set('sport', found.sport);
      else builder.miss('sport', found.problem ?? 'no sport shown');
      if (found.isRace) builder.set('isRace', true);
    });
    if (stats) {
      layout = 'classic';
      temperatureSource = readClassic(ctx, doc, stats, language);
    } else if (publicRoot) {
      layout = 'public';
      if (props) readPublic(ctx, props, language);
      else builder.miss('movingS', 'the public view data could not be read');
    }
    builder.attempt('distanceM', () => crossCheck(ctx));
  } catch (error) {
    builder.miss('movingS', `page could not be read (${quoted(String(error))})`);
  }
  if (builder.activity.temperatureC === undefined) temperatureSource = undefined;
  if (temperatureSource) builder.activity.temperatureSource = temperatureSource;
  const notShown = layout === 'none' ? 'no Strava stats found on this page' : 'not shown on this page';
  return { layout, activity: builder.activity, temperatureSource, unread: builder.unread(EXPECTED, notShown), rejected: builder.rejected };
}

/** Classic page: weather panel first (it measures the air; a device sensor warms in the sun), then the stats. */
function readClassic(ctx: StatContext, doc: Document, stats: Element, language: string): TemperatureSource | undefined {
  let source: TemperatureSource | undefined;
  readStartTime(ctx, textOf(firstMatch(doc, SELECTORS.startTime)), language);
  for (const cell of weatherCells(doc)) {
    if (applyStatElement(ctx, cell.key, cell.value) && cell.key === 'temperature') source = 'weather';
  }
  for (const cell of classicCells(stats)) {
    if (applyStatElement(ctx, cell.key, cell.value) && cell.key === 'temperature') source = 'device';
  }
  return source;
}

function readPublic(ctx: StatContext, props: PublicActivity, language: string): void {
  if (props.distance !== undefined) applyStat(ctx, 'distance', props.distance, null);
  if (props.time !== undefined) applyStat(ctx, 'movingTime', props.time, null);
  if (props.elevation !== undefined) applyStat(ctx, 'elevation', props.elevation, null);
  if (typeof props.calories === 'number') ctx.builder.offer('calories', Math.round(props.calories));
  else if (props.calories !== undefined) applyStat(ctx, 'calories', props.calories, null);
  if (props.date !== undefined) readStartTime(ctx, props.date, language);
}

function readStartTime(ctx: StatContext, text: string, language: string): void {
  ctx.builder.attempt('startTime', () => {
    const iso = text === '' ? null : parseLocalDateTime(text, language);
    if (text === '') ctx.builder.miss('startTime', 'no start time shown');
    else if (iso === null) ctx.builder.miss('startTime', `could not read the date ${quoted(text)}`);
    else ctx.builder.set('startTime', iso);
  });
}
