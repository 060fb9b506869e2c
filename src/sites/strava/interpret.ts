/**
 * Interprets what reading.ts copied from a Strava page (in the background). Never throws: each
 * field is read on its own, and anything the page did not show, or showed in a form we cannot
 * read, is listed in `unread` with the reason.
 */
import type { ActivityDraft, TemperatureSource } from '../../core/activity';
import { implausibleSpeedReason } from '../../core/plausibility';
import type { Units } from '../../core/units';
import { attempt, type Draft, miss, newDraft, reject, unread } from '../shared/draft';
import { refuseFutureStart } from '../shared/future';
import { decimalSeparatorOf } from '../shared/numbers';
import type { StatKey } from '../shared/labels';
import { applyStartTime, FIELD_OF_STAT } from '../shared/stat-values';
import { quoted } from '../shared/text';
import type { Interpreted, Ownership, StartPoint } from '../types';
import { keyOfLabel, readClassicStats } from './classic';
import { nextSportTypes, readNext, startPointOf } from './next';
import { crossCheckPageView, displayStepM } from './page-view';
import { publicTypes, readPublicStats } from './public';
import type { OwnerHints, RawCell } from './reading';
import { asStravaReading } from './reading-shape';
import { stravaShownUnits } from './shown-units';
import { readSport } from './sport';
import { stravaTitle } from './title';

/** Fields a Strava page can show: the sport, the start time and every stat (in FIELD_OF_STAT's order, which `unread` keeps). */
const EXPECTED: (keyof ActivityDraft)[] = ['sport', 'startTime', ...Object.values(FIELD_OF_STAT)];

/**
 * The runner's own activity when Strava offers its edit link (shown to the owner only) OR the
 * logged-in athlete is the activity's athlete; someone else's when both ids are known and differ;
 * unknown when logged out.
 */
export function stravaOwnership(owner: OwnerHints): Ownership {
  if (owner.editLink) return 'own';
  if (owner.viewerId !== '' && owner.ownerId !== '') return owner.viewerId === owner.ownerId ? 'own' : 'other';
  return 'unknown';
}

/** `raw` is a StravaReading as sent by a content script: shape-checked here first. */
export function interpretStrava(raw: unknown, _url: URL, now: Date): Interpreted {
  const draft = newDraft();
  let layout = 'none';
  let temperatureSource: TemperatureSource | undefined;
  let ownership: Ownership = 'unknown';
  let startPoint: StartPoint | undefined;
  let shownUnits: Units | undefined;
  try {
    const reading = asStravaReading(raw);
    ownership = stravaOwnership(reading.owner);
    shownUnits = stravaShownUnits(reading);
    const title = stravaTitle(reading);
    if (title !== undefined) draft.activity.title = title;
    const language = reading.language;
    draft.decimalSeparator = decimalSeparatorOf(language);
    const props = reading.publicProps;
    readSport(draft, reading, [...nextSportTypes(reading.next), ...publicTypes(props)]);
    if (reading.layout === 'classic') {
      layout = 'classic';
      applyStartTime(draft, reading.startTime, language);
      temperatureSource = readClassicStats(draft, reading.cells);
      if (reading.pageViewActivity) {
        const shown = { distance: distanceCell(reading.cells), elevation: statCell(reading.cells, 'elevation') };
        attempt(draft, 'distanceM', () => crossCheckPageView(draft, reading.pageViewActivity, shown));
      }
    } else if (reading.layout === 'next' && reading.next) {
      layout = 'next';
      readNext(draft, reading.next);
      startPoint = startPointOf(reading.next.startPoint);
    } else if (reading.layout === 'public') {
      layout = 'public';
      if (props) readPublicStats(draft, props, language);
      else miss(draft, 'movingS', 'the public view data could not be read');
    }
    attempt(draft, 'distanceM', () => crossCheck(draft, displayStepM(distanceCell(reading.cells))));
  } catch (error) {
    miss(draft, 'movingS', `page could not be read (${quoted(String(error))})`);
  }
  const { activity, rejected } = refuseFutureStart(draft, now);
  if (activity.temperatureC === undefined) temperatureSource = undefined;
  if (temperatureSource) activity.temperatureSource = temperatureSource;
  const notShown = layout === 'none' ? 'no Strava stats found on this page' : 'not shown on this page';
  const result: Interpreted = { layout, activity, temperatureSource, unread: unread(draft, EXPECTED, notShown), rejected, ownership };
  if (startPoint) result.startPoint = startPoint;
  if (shownUnits) result.shownUnits = shownUnits;
  return result;
}

const statCell = (cells: readonly RawCell[], key: StatKey) => cells.find((c) => c.from === 'device' && keyOfLabel(c.hook, c.label) === key);
const distanceCell = (cells: readonly RawCell[]) => statCell(cells, 'distance');

/**
 * Distance and time must agree with each other and with the sport: faster than anyone can move
 * means a misread (usually the distance: decimal separator or unit), so it is rejected. When the
 * page also shows an average speed or pace, distance over moving (or elapsed) time must match it
 * within 25 %, the distance taken anywhere within one display step (`stepM`) of what is shown:
 * "0.01 km" in 14 s at 1.3 m/s agrees (10–20 m), it is not rejected.
 */
function crossCheck(draft: Draft, stepM: number): void {
  const { distanceM, movingS, elapsedS, sport = 'other' } = draft.activity;
  if (elapsedS !== undefined && movingS !== undefined && elapsedS < movingS) reject(draft, 'elapsedS', 'elapsed time is shorter than moving time');
  if (distanceM === undefined || movingS === undefined) return;
  const tooFast = implausibleSpeedReason(sport, Math.max(0, distanceM - stepM), movingS);
  if (tooFast) {
    reject(draft, 'distanceM', tooFast);
    return;
  }
  const shownMs = draft.speedsMs[0] ?? 0;
  const agrees = (seconds = 0) => {
    if (seconds <= 0) return false;
    const low = Math.max(0, distanceM - stepM) / seconds;
    const high = (distanceM + stepM) / seconds;
    // |speed − shown| ≤ 25 % of shown, for some distance within the step.
    return shownMs >= low / 1.25 && shownMs <= high / 0.75;
  };
  if (shownMs > 0 && distanceM !== 0 && !agrees(movingS) && !agrees(draft.activity.elapsedS)) {
    reject(draft, 'distanceM', `distance over time (${(distanceM / movingS).toFixed(2)} m/s) disagrees with the average speed shown (${shownMs.toFixed(2)} m/s)`);
  }
}
