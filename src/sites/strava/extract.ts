/**
 * Interprets what reading.ts copied from a Strava page. Never throws: each field is read on its
 * own, and anything the page did not show, or showed in a form we cannot read, is listed in
 * `unread` with the reason. Runs in the background for the content script (see reading.ts);
 * `extractStrava` composes both for tests and tools.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { implausibleSpeedReason } from '../../core/plausibility';
import { attempt, type Draft, miss, newDraft, reject, unread } from '../shared/draft';
import { decimalSeparatorOf } from '../shared/numbers';
import { applyStartTime, FIELD_OF_STAT } from '../shared/stat-values';
import { quoted } from '../shared/text';
import type { ExtractResult } from '../types';
import { readClassicStats } from './classic';
import { publicTypes, readPublicStats } from './public';
import { collectStrava } from './reading';
import { asStravaReading } from './reading-shape';
import { readSport } from './sport';

/** Fields a Strava page can show: the sport, the start time and every stat (in FIELD_OF_STAT's order, which `unread` keeps). */
const EXPECTED: (keyof ActivityDraft)[] = ['sport', 'startTime', ...Object.values(FIELD_OF_STAT)];

export function extractStrava(doc: Document, _url: URL): ExtractResult {
  return interpretStrava(collectStrava(doc));
}

/** `raw` is a StravaReading as sent by a content script: shape-checked here first. */
export function interpretStrava(raw: unknown): ExtractResult {
  const draft = newDraft();
  let layout = 'none';
  let temperatureSource: TemperatureSource | undefined;
  try {
    const reading = asStravaReading(raw);
    const language = reading.language;
    draft.decimalSeparator = decimalSeparatorOf(language);
    const props = reading.publicProps;
    readSport(draft, reading, publicTypes(props));
    if (reading.layout === 'classic') {
      layout = 'classic';
      applyStartTime(draft, reading.startTime, language);
      temperatureSource = readClassicStats(draft, reading.cells);
    } else if (reading.layout === 'public') {
      layout = 'public';
      if (props) readPublicStats(draft, props, language);
      else miss(draft, 'movingS', 'the public view data could not be read');
    }
    attempt(draft, 'distanceM', () => crossCheck(draft));
  } catch (error) {
    miss(draft, 'movingS', `page could not be read (${quoted(String(error))})`);
  }
  const { activity, rejected } = draft;
  if (activity.temperatureC === undefined) temperatureSource = undefined;
  if (temperatureSource) activity.temperatureSource = temperatureSource;
  const notShown = layout === 'none' ? 'no Strava stats found on this page' : 'not shown on this page';
  return { layout, activity, temperatureSource, unread: unread(draft, EXPECTED, notShown), rejected };
}

/**
 * Distance and time must agree with each other and with the sport: faster than anyone can move
 * means a misread (usually the distance: decimal separator or unit), so it is rejected. When the
 * page also shows an average speed or pace, distance over moving (or elapsed) time must match it
 * within 25 %.
 */
function crossCheck(draft: Draft): void {
  const { distanceM, movingS, elapsedS, sport = 'other' } = draft.activity;
  if (elapsedS !== undefined && movingS !== undefined && elapsedS < movingS) reject(draft, 'elapsedS', 'elapsed time is shorter than moving time');
  if (distanceM === undefined || movingS === undefined) return;
  const tooFast = implausibleSpeedReason(sport, distanceM, movingS);
  if (tooFast) {
    reject(draft, 'distanceM', tooFast);
    return;
  }
  const shownMs = draft.speedsMs[0] ?? 0;
  const agrees = (seconds = 0) => seconds > 0 && Math.abs(distanceM / seconds - shownMs) / shownMs <= 0.25;
  if (shownMs > 0 && distanceM !== 0 && !agrees(movingS) && !agrees(draft.activity.elapsedS)) {
    reject(draft, 'distanceM', `distance over time (${(distanceM / movingS).toFixed(2)} m/s) disagrees with the average speed shown (${shownMs.toFixed(2)} m/s)`);
  }
}
