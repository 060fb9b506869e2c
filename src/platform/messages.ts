import { ActivitySchema, CrampLogSchema, IntakeSchema, MuscleSchema } from '../core/activity';
import { AnalysisSchema, RiskLevelSchema } from '../core/analysis';
import { MANUAL_FIELDS, MAX_ROUTE_GPX_CHARS, MUSCLES, RACE_NAME_MAX, TEXT_LIMITS } from '../core/limits';
import { ProfileSchema, SweatTestSchema, UnitsSchema } from '../core/profile';
import { RacePlanSchema, SavedRaceSchema, SavedRacesSchema } from '../core/race/index';
import { ProductListSchema } from '../core/product';
import type { PlannedRace } from '../core/race/review';
import { text, z } from '../core/zod';
import { StartTimeSchema } from '../core/start-time';
import type { LatLng } from '../core/weather-hours';
import type { PanelPatch } from './panel-patch';
import { SettingsSchema } from './settings';

/** Every string a message carries has a bound (limits.ts TEXT_LIMITS): ids and keys, and ISO times. */
const Id = text(TEXT_LIMITS.id);
const Time = text(TEXT_LIMITS.time);

/** The values the panel asks the runner for when the page did not show them (core/limits.ts). */
export const ManualFieldSchema = z.enum(MANUAL_FIELDS);
export type ManualField = z.infer<typeof ManualFieldSchema>;

/**
 * Values the runner typed in for one activity (SI), as the panel sends them: any number per
 * manual field, so the background can check them against core/limits.ts MANUAL_LIMITS (the
 * stored ManualEntrySchema in core/activity.ts) and say which it refused.
 */
export const TypedValuesSchema = z.partialRecord(ManualFieldSchema, z.number());
export type TypedValues = z.infer<typeof TypedValuesSchema>;

/** A point on the map (core/weather-hours.ts LatLng), as it crosses contexts and is kept. */
export const LatLngSchema = z.object({ lat: z.number(), lng: z.number() }) satisfies z.ZodMiniType<LatLng>;

/**
 * A cramp log as the panel sends it: only the known muscles, each at most once, so a page that
 * reaches the panel's message cannot store a muscle it named (stored logs stay lenient: old
 * entries may name others, which the engine ignores).
 */
const LoggedCrampSchema = z.extend(CrampLogSchema, {
  muscles: z.optional(
    z.array(MuscleSchema).check(
      z.maxLength(MUSCLES.length),
      z.refine((list) => new Set(list).size === list.length),
    ),
  ),
});

/**
 * Every message between the extension's contexts. Named by what is asked; parsed on receipt
 * by the background (messaging.ts `handleMessage`), so a malformed or unknown message gets an error back.
 * Which context may send which type: MESSAGE_CONTEXTS below.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /**
   * Content script → background, the ONE page message: what the page half captured
   * (`capture`, plain JSON) and, after a manual entry, the values typed (`manual`). The reply is the
   * whole PanelModel. `openedAt`: when the page (route) was opened, epoch ms; nothing is stored from
   * a page opened before "Delete all data". `seq`: the content script's number for this read, so
   * the weather phase can name the reply it builds on.
   */
  z.object({
    type: z.literal('read-page'),
    site: Id,
    url: text(TEXT_LIMITS.url),
    capture: z.unknown(),
    manual: z.optional(TypedValuesSchema),
    openedAt: z.optional(z.number()),
    seq: z.optional(z.number()),
    /** The splits of the page's own track (PageHalf.track), asked for when the activity is a saved race's; kept for the runner's own only. */
    splits: ActivitySchema.shape.splits,
    /** The time per speed and grade of the page's own track, once fetched; kept for the runner's own only. */
    movement: ActivitySchema.shape.movement,
    /** The moving-time average of the track's heart-rate stream, bpm; used for the runner's own only, when the page shows none. */
    heartRate: ActivitySchema.shape.avgHeartRate,
  }),
  /**
   * Content script → background, the weather phase of a page read (after a reply with
   * `weatherPending`): the same page, the start point the page half found, if any, and `since`,
   * the `seq` of the reply it builds on. The reply is a PanelPatch on that reply.
   */
  z.object({
    type: z.literal('read-weather'),
    site: Id,
    url: text(TEXT_LIMITS.url),
    capture: z.unknown(),
    openedAt: z.optional(z.number()),
    startPoint: z.optional(z.nullable(LatLngSchema)),
    since: z.optional(z.number()),
    splits: ActivitySchema.shape.splits,
    movement: ActivitySchema.shape.movement,
    heartRate: ActivitySchema.shape.avgHeartRate,
  }),
  /** Content script → background: the panel was collapsed or expanded (kept for every panel; not from a page opened before "Delete all data"). */
  z.object({ type: z.literal('set-panel-collapsed'), collapsed: z.boolean(), openedAt: z.optional(z.number()) }),
  /** Popup → background: the analysis last made for a tab. */
  z.object({ type: z.literal('get-tab-analysis'), tabId: z.number() }),
  /** Popup → background: the last analysis made anywhere. */
  z.object({ type: z.literal('get-last-analysis') }),
  /** Popup → background: analyze a run typed in by hand (next-run planner, manual entry). */
  z.object({ type: z.literal('analyze-manual'), activity: ActivitySchema }),
  /** Options/popup → background: profile and settings, with any recovery notice. */
  z.object({ type: z.literal('get-profile') }),
  /** `base`: the value the page started from; only what it changed is applied to what is stored now (core/merge-edits.ts). */
  z.object({ type: z.literal('save-profile'), profile: ProfileSchema, base: z.optional(ProfileSchema) }),
  z.object({ type: z.literal('save-settings'), settings: SettingsSchema, base: z.optional(SettingsSchema) }),
  /** Panel → background: the runner's cramp log for an activity; stored with it, then re-analyzed. */
  z.object({ type: z.literal('log-cramp'), source: Id, id: Id, cramp: LoggedCrampSchema }),
  /** Panel → background: what the runner took and weighed on an activity (limits.ts INTAKE_LIMITS); `{}` removes it. */
  z.object({ type: z.literal('log-intake'), source: Id, id: Id, intake: IntakeSchema }),
  /** Content script → background: one page of its site's training log (raw JSON `models`), opt-in. */
  z.object({ type: z.literal('import-training-log'), site: Id, models: z.array(z.unknown()), openedAt: z.optional(z.number()) }),
  /** Options → background: forget everything, in the background's write queue (erasure.ts). */
  z.object({ type: z.literal('delete-all-data') }),
  /** Options → background: import an export file's text (parsed again there: the page's plan is never trusted). */
  z.object({ type: z.literal('import-data'), text: text(TEXT_LIMITS.file) }),
  /** Options → background: take back what the last import changed; what was changed since stays. */
  z.object({ type: z.literal('undo-import') }),
  /** Options → background: the weigh-ins the runner logged on activities (sweat tests with their conditions). */
  z.object({ type: z.literal('get-activity-weigh-ins') }),
  /** Options → background: forget the weights logged on one activity (`<source>:<id>`); what was drunk and eaten stays. */
  z.object({ type: z.literal('remove-activity-weights'), activityId: Id }),
  /** Popup/options → background: the last 8 weeks for the history view. */
  z.object({ type: z.literal('get-history-view') }),
  /** Content script → background: content scripts cannot open the options page themselves. */
  z.object({ type: z.literal('open-options') }),
  /** Race page → background: the races saved by name; save (replace by name) or delete one. */
  z.object({ type: z.literal('get-races') }),
  z.object({ type: z.literal('save-race'), race: SavedRaceSchema }),
  z.object({ type: z.literal('delete-race'), name: text(RACE_NAME_MAX) }),
  /** Race page → background: the plan per aid station, with the stored profile and history. */
  z.object({ type: z.literal('plan-race'), race: SavedRaceSchema }),
  /** Content script on a route page → background: the route's GPX text (unparsed), kept as a course draft; the race page opens with it. */
  z.object({ type: z.literal('open-race-course'), site: Id, url: text(TEXT_LIMITS.url), routeId: z.string().check(z.maxLength(TEXT_LIMITS.id), z.regex(/^\d{1,24}$/)), gpx: z.string().check(z.maxLength(MAX_ROUTE_GPX_CHARS)) }),
  /** Race page → background: the course draft a route page handed over, once (taken: removed). */
  z.object({ type: z.literal('take-race-course') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

/** A route's GPX, handed from its page to the race page (session storage until taken). */
export const CourseDraftSchema = z.object({ site: Id, routeId: Id, gpx: text(MAX_ROUTE_GPX_CHARS) });
export type CourseDraft = z.infer<typeof CourseDraftSchema>;

export const AnalyzedSchema = z.object({
  activity: ActivitySchema,
  analysis: AnalysisSchema,
  analyzedAt: Time,
});
export type Analyzed = z.infer<typeof AnalyzedSchema>;

/**
 * Everything the panel shows for one page, decided by the background: the content
 * script renders it and holds no domain rule. Of the profile it carries only what the panel shows
 * (the units).
 */
/** The panel contract's read state (README, "Panel contract"), decided by background/read-state.ts. */
export const ReadStateSchema = z.enum(['ready', 'partial', 'unreadable']);
export type ReadState = z.infer<typeof ReadStateSchema>;

/** A saved race's plan as the panel compares it (core/race/review.ts PlannedRace). */
const PlannedRaceSchema = z.object({
  name: text(RACE_NAME_MAX),
  goalTimeS: z.number(),
  distanceM: z.number(),
  legs: z.array(z.object({ fromM: z.number(), toM: z.number(), startS: z.number(), endS: z.number() })),
  totals: z.object({ fluidMl: z.number(), sodiumMg: z.number(), carbsG: z.number() }),
}) satisfies z.ZodMiniType<PlannedRace>;

export const PanelModelSchema = z.object({
  /** False when the runner switched this site off: the content script removes the panel and stops. */
  enabled: z.boolean(),
  activityId: Id,
  state: ReadStateSchema,
  /** What the page showed, overlaid by what the runner typed in (SI). */
  draft: z.partial(z.omit(ActivitySchema, { source: true, cramp: true, intake: true })),
  /** Essential values still missing, which the panel asks for. */
  missing: z.array(ManualFieldSchema),
  analysis: z.nullable(AnalysisSchema),
  cramp: z.nullable(CrampLogSchema),
  /** Only the runner's own, stored activities take a cramp log (and what was taken on them). */
  canLogCramp: z.boolean(),
  /** What the runner logged taking on this activity, when they did. */
  intake: z.optional(IntakeSchema),
  /** The runner's products, for the intake form's servings (own activities only). */
  products: z.optional(ProductListSchema),
  /** The saved race this activity is (the runner's own, on the race's date, about its distance): its plan, for the after-race comparison. */
  race: z.optional(PlannedRaceSchema),
  ownership: z.enum(['own', 'other', 'unknown']),
  units: UnitsSchema,
  collapsed: z.boolean(),
  /** Message keys (public/_locales) of notices to show above the panel body. */
  notices: z.array(Id),
  /** Why the analysis could not be made; null when it was. */
  error: z.nullable(text(TEXT_LIMITS.prose)),
  /** Whether the content script should read the site's training log now (opt-in, own activity, once a day). */
  importTrainingLog: z.boolean(),
  /** A weather lookup is due: the content script sends read-weather. */
  weatherPending: z.optional(z.boolean()),
  /** The page's own track would change the effort estimate (background/track-wanted.ts): the content script fetches it once and reads the page again. */
  trackWanted: z.optional(z.boolean()),
});
export type PanelModel = z.infer<typeof PanelModelSchema>;

/** What changed since an earlier reply (panel-patch.ts); made from a model checked with PanelModelSchema. */
export const PanelPatchSchema = z.object({
  base: z.nullable(z.number()),
  set: z.array(z.tuple([z.array(Id), z.unknown()])),
  unset: z.array(z.array(Id)),
}) satisfies z.ZodMiniType<PanelPatch>;

/** The history view: the last 8 weeks, oldest first (weeks start on Monday, runner's local time). */
export const HistoryViewSchema = z.object({
  weeks: z.array(
    z.object({
      /** The week's Monday, a wall-clock date (core/start-time.ts). */
      weekStart: StartTimeSchema,
      distanceM: z.number(),
      runs: z.array(z.object({ id: z.optional(Id), startTime: StartTimeSchema, distanceM: z.optional(z.number()), risk: RiskLevelSchema, cramped: z.optional(z.boolean()) })),
    }),
  ),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

export const ProfileStateSchema = z.object({
  profile: ProfileSchema,
  settings: SettingsSchema,
  /** Stored values that could not be read and were kept aside, dated (kept-aside.ts). */
  recovered: z.array(z.object({ key: Id, backupKey: Id, at: Time, inPlace: z.optional(z.literal(true)) })),
  /** How many activities the history's count cap dropped so far, and when it last did. */
  historyCapped: z.optional(z.object({ count: z.number(), at: Time })),
  /** When the last import happened, while it can be undone. */
  importUndoAt: z.optional(Time),
  /** Set when the browser's storage for the extension is (nearly) full: nothing new fits (storage-usage.ts). */
  storeFull: z.optional(z.object({ usedBytes: z.number(), quotaBytes: z.number() })),
});
export type ProfileState = z.infer<typeof ProfileStateSchema>;

/** What each request answers with, so callers parse replies too. */
export const ReplyDataSchemas = {
  'read-page': PanelModelSchema,
  'read-weather': PanelPatchSchema,
  'set-panel-collapsed': z.null(),
  'analyze-manual': AnalyzedSchema,
  'get-tab-analysis': z.nullable(AnalyzedSchema),
  'get-last-analysis': z.nullable(AnalyzedSchema),
  'get-profile': ProfileStateSchema,
  'save-profile': ProfileStateSchema,
  'save-settings': ProfileStateSchema,
  'open-options': z.null(),
  'delete-all-data': z.null(),
  'import-data': z.object({ added: z.number(), updated: z.number(), crampLogsKept: z.number(), outsideLimits: z.number() }),
  /** null: no import to undo; `kept`: storage paths changed since the import, left as they are. */
  'undo-import': z.nullable(z.object({ kept: z.array(z.array(Id)) })),
  'log-cramp': AnalyzedSchema,
  'log-intake': AnalyzedSchema,
  'import-training-log': z.object({ added: z.number(), total: z.number() }),
  'get-history-view': HistoryViewSchema,
  'get-races': SavedRacesSchema,
  'save-race': SavedRacesSchema,
  'delete-race': SavedRacesSchema,
  'plan-race': RacePlanSchema,
  'open-race-course': z.null(),
  'take-race-course': z.nullable(CourseDraftSchema),
  'get-activity-weigh-ins': z.array(SweatTestSchema),
  'remove-activity-weights': z.null(),
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyData<T extends RequestType> = z.infer<(typeof ReplyDataSchemas)[T]>;

/**
 * Who may send each message: `content` = a content script in the top frame of a tab
 * (its page's origin is checked against the site by the handler); `extension` = the extension's own
 * pages (popup, options). Nothing else is accepted.
 */
export const MESSAGE_CONTEXTS = {
  'read-page': 'content',
  'read-weather': 'content',
  'set-panel-collapsed': 'content',
  'log-cramp': 'content',
  'log-intake': 'content',
  'import-training-log': 'content',
  'open-options': 'content',
  'get-tab-analysis': 'extension',
  'get-last-analysis': 'extension',
  'analyze-manual': 'extension',
  'get-profile': 'extension',
  'save-profile': 'extension',
  'save-settings': 'extension',
  'delete-all-data': 'extension',
  'import-data': 'extension',
  'undo-import': 'extension',
  'get-history-view': 'extension',
  'get-races': 'extension',
  'save-race': 'extension',
  'delete-race': 'extension',
  'plan-race': 'extension',
  'open-race-course': 'content',
  'take-race-course': 'extension',
  'get-activity-weigh-ins': 'extension',
  'remove-activity-weights': 'extension',
} as const satisfies Record<RequestType, 'content' | 'extension'>;

/** The envelope of every reply: errors travel back to the sender instead of vanishing. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
