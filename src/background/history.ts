/**
 * The runner's history, on the background side: every analysis compares the activity with the
 * stored history (30-day windows in core/history.ts); activities read from a page or from
 * Strava's training log are stored; the history view sums the last 8 weeks. The service worker
 * may stop at any time, so everything here starts from storage.
 */
import type { Activity, CrampLog, Intake } from '../core/activity';
import type { RiskLevel } from '../core/analysis';
import { familyOf } from '../core/past-runs';
import { analyze, crampRiskLevel } from '../core/index';
import { DAY_MS, wallClockMs } from '../core/start-time';
import type { Profile } from '../core/profile';
import { loadHistory, setCrampLog, setIntake, upsertActivities } from '../platform/history-store';
import { weighInOf } from '../core/weigh-ins';
import type { SweatTest } from '../core/profile';
import type { Analyzed, HistoryView } from '../platform/messages';

export const HISTORY_WEEKS = 8;

export function analyzeAgainst(activity: Activity, profile: Profile, history: readonly Activity[], now: Date): Analyzed {
  return { activity, analysis: analyze(activity, profile, history, now), analyzedAt: now.toISOString() };
}

/**
 * An activity read from a page opened at `openedAt`: stored through the write queue (when it has
 * an id, and unless the runner deleted everything since the page opened), then analyzed with the
 * history. `stored` says whether it was stored: when not, nothing else from that page is written.
 * The caller decides ownership: only the runner's own activities are passed here to be stored.
 */
export async function storeAndAnalyze(activity: Activity, profile: Profile, now: Date, openedAt?: number): Promise<{ analyzed: Analyzed; stored: boolean }> {
  if (!activity.id) return { analyzed: analyzeAgainst(activity, profile, (await loadHistory(undefined, now)).value, now), stored: false };
  const { history, stored } = await upsertActivities([activity], { now, ...(openedAt === undefined ? {} : { openedAt }) });
  // The stored copy carries the cramp log the runner gave earlier, if any.
  const kept = history.find((a) => a.source === activity.source && a.id === activity.id) ?? activity;
  return { analyzed: analyzeAgainst(kept, profile, history, now), stored };
}

/** The stored copy of one activity, if the history holds it (read once per worker, cached-storage.ts). */
export async function storedActivity(source: string, id: string, now: Date): Promise<Activity | undefined> {
  return (await loadHistory(undefined, now)).value.find((a) => a.source === source && a.id === id);
}

/** A run typed in by hand: compared with the history, never stored. */
export async function analyzeManual(activity: Activity, profile: Profile, now: Date): Promise<Analyzed> {
  return analyzeAgainst(activity, profile, (await loadHistory(undefined, now)).value, now);
}

/** `viewed`: the activity as last analyzed in the sender's tab, stored with the log if the history no longer holds it. */
export async function logCramp(source: string, id: string, cramp: CrampLog, profile: Profile, now: Date, viewed?: Activity): Promise<Analyzed> {
  const updated = await setCrampLog(source, id, cramp, { now, ...(viewed ? { viewed } : {}) });
  if (!updated) throw new Error(`no stored activity ${source}:${id} to log a cramp on`);
  return analyzeAgainst(updated.activity, profile, updated.history, now);
}

/** What the runner took on an activity, stored with it like a cramp log, then analyzed again. */
export async function logIntake(source: string, id: string, intake: Intake, profile: Profile, now: Date, viewed?: Activity): Promise<Analyzed> {
  const updated = await setIntake(source, id, intake, { now, ...(viewed ? { viewed } : {}) });
  if (!updated) throw new Error(`no stored activity ${source}:${id} to log what was taken on`);
  return analyzeAgainst(updated.activity, profile, updated.history, now);
}

/** Every weigh-in logged on a stored activity, newest first, linked to it and with its conditions. */
export async function activityWeighIns(now: Date): Promise<SweatTest[]> {
  const tests = (await loadHistory(undefined, now)).value.flatMap((a) => weighInOf(a) ?? []);
  return tests.reverse();
}

/** Removes the weights logged on one activity (its weigh-in goes with them); what was taken stays. */
export async function removeActivityWeights(activityId: string, now: Date): Promise<null> {
  const history = (await loadHistory(undefined, now)).value;
  const activity = history.find((a) => `${a.source}:${a.id}` === activityId);
  if (!activity?.id || !activity.intake) return null;
  const { massBeforeKg: _before, massAfterKg: _after, ...rest } = activity.intake;
  await setIntake(activity.source, activity.id, rest, { now });
  return null;
}

/**
 * The runner's own activities from a site's training log (read by the site's background half),
 * from a page opened at `openedAt`: upserted.
 */
export async function storeTrainingLog(activities: readonly Activity[], now: Date, openedAt?: number): Promise<{ added: number; total: number }> {
  if (activities.length === 0) return { added: 0, total: (await loadHistory(undefined, now)).value.length };
  const { added, history } = await upsertActivities(activities, { now, ...(openedAt === undefined ? {} : { openedAt }) });
  return { added, total: history.length };
}

/** Wall-clock starts run up to 14 h ahead of UTC (UTC+14): a run today there is still this week's. */
const TODAY_SLACK_MS = 2 * DAY_MS;

/** The Monday (UTC midnight) of the week holding `dayMs`. */
const mondayOf = (dayMs: number) => dayMs - ((new Date(dayMs).getUTCDay() + 6) % 7) * DAY_MS;

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The last 8 Monday weeks, oldest first, ending with the week of today (`now`): a view that ends
 * at the newest stored run would show last winter as "the last 8 weeks". Each week's running
 * distance and its runs, each with the cramp risk it had against the history before it, and the
 * cramp log the runner gave. Runs = the run family (run, trail run).
 */
export function historyView(history: readonly Activity[], profile: Profile, now: Date): HistoryView {
  // Today by UTC; a run started today in a zone already past midnight still counts (TODAY_SLACK_MS).
  const anchor = wallClockMs(now.toISOString().slice(0, 10)) ?? 0;
  const firstMonday = mondayOf(anchor) - (HISTORY_WEEKS - 1) * 7 * DAY_MS;
  // A start is read (start-time.ts) only when its calendar day, written first, is not before the
  // first Monday: ISO dates order as text, and the view holds 8 weeks of a history of up to two years.
  const firstDay = isoDate(firstMonday);
  const starts = history.map((a) => (typeof a.startTime === 'string' && a.startTime.slice(0, 10) >= firstDay ? wallClockMs(a.startTime) : null));
  const weeks: HistoryView['weeks'] = Array.from({ length: HISTORY_WEEKS }, (_, i) => ({
    weekStart: isoDate(firstMonday + i * 7 * DAY_MS),
    distanceM: 0,
    runs: [],
  }));
  const inView: { activity: Activity; week: number; startMs: number }[] = [];
  history.forEach((activity, i) => {
    const startMs = starts[i];
    if (startMs === null || startMs === undefined || familyOf(activity.sport) !== 'run' || startMs < firstMonday) return;
    const week = Math.min(HISTORY_WEEKS - 1, Math.floor((startMs - firstMonday) / (7 * DAY_MS)));
    if (startMs < anchor + TODAY_SLACK_MS) inView.push({ activity, week, startMs });
  });
  inView.sort((a, b) => a.startMs - b.startMs);
  for (const { activity, week } of inView) {
    const target = weeks[week];
    if (!target) continue;
    // Core compares a run only with what came before its own start (and ignores cramps logged on
    // later runs), so every run is rated against the same stored history, read once (past-runs.ts).
    const risk: RiskLevel = crampRiskLevel(activity, profile, history, now);
    const run: HistoryView['weeks'][number]['runs'][number] = { startTime: activity.startTime as string, risk };
    if (activity.id !== undefined) run.id = activity.id;
    if (activity.distanceM !== undefined) run.distanceM = activity.distanceM;
    if (activity.cramp !== undefined) run.cramped = activity.cramp.cramped;
    target.runs.push(run);
    target.distanceM += activity.distanceM ?? 0;
  }
  for (const week of weeks) week.distanceM = Math.round(week.distanceM);
  return { weeks };
}

export async function loadHistoryView(profile: Profile, now: Date): Promise<HistoryView> {
  return historyView((await loadHistory(undefined, now)).value, profile, now);
}
