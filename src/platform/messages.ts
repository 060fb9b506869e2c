import { ActivitySchema, CrampLogSchema, TemperatureSourceSchema } from '../core/activity';
import { AnalysisSchema, RiskLevelSchema } from '../core/analysis';
import { ProfileSchema } from '../core/profile';
import { z } from '../core/zod';
import { SettingsSchema } from './settings';

/**
 * Every message between the extension's contexts. Named by what is asked; parsed on receipt
 * by the background (messaging.ts `handleMessage`), so a malformed or unknown message gets an error back.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /**
   * Content script → background: analyze what was read on the page (sender tab gets the badge).
   * `openedAt`: when the page (route) was opened, epoch ms; nothing is stored from a page opened before "Delete all data".
   */
  z.object({ type: z.literal('analyze'), activity: ActivitySchema, openedAt: z.optional(z.number()) }),
  /** Popup → background: the analysis last made for a tab. */
  z.object({ type: z.literal('get-tab-analysis'), tabId: z.number() }),
  /** Popup → background: the last analysis made anywhere. */
  z.object({ type: z.literal('get-last-analysis') }),
  /** Popup → background: analyze a run typed in by hand (next-run planner, manual entry). */
  z.object({ type: z.literal('analyze-manual'), activity: ActivitySchema }),
  /** Options/popup → background: profile and settings, with any recovery notice. */
  z.object({ type: z.literal('get-profile') }),
  z.object({ type: z.literal('save-profile'), profile: ProfileSchema }),
  z.object({ type: z.literal('save-settings'), settings: SettingsSchema }),
  /** Content script → background: turn the page's copied text into what was read (sites/interpreters.ts). */
  z.object({ type: z.literal('interpret'), site: z.string(), reading: z.unknown() }),
  /** Panel → background: the runner's cramp log for an activity; stored with it, then re-analyzed. */
  z.object({ type: z.literal('log-cramp'), source: z.string(), id: z.string(), cramp: CrampLogSchema }),
  /** Content script → background: one page of Strava's training log (raw JSON `models`), opt-in. */
  z.object({ type: z.literal('import-training-log'), models: z.array(z.unknown()), openedAt: z.optional(z.number()) }),
  /** Options → background: forget everything, in the background's write queue (erasure.ts). */
  z.object({ type: z.literal('delete-all-data') }),
  /** Options → background: import an export file's text (parsed again there: the page's plan is never trusted). */
  z.object({ type: z.literal('import-data'), text: z.string() }),
  /** Options → background: put back what the last import replaced. */
  z.object({ type: z.literal('undo-import') }),
  /** Popup/options → background: the last 8 weeks for the history view. */
  z.object({ type: z.literal('get-history-view') }),
  /** Content script → background: content scripts cannot open the options page themselves. */
  z.object({ type: z.literal('open-options') }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export const AnalyzedSchema = z.object({
  activity: ActivitySchema,
  analysis: AnalysisSchema,
  analyzedAt: z.string(),
});
export type Analyzed = z.infer<typeof AnalyzedSchema>;

const FieldProblemSchema = z.object({ field: z.string(), reason: z.string() });

/** What a site adapter read (src/sites/types.ts ExtractResult). */
export const ExtractResultSchema = z.object({
  layout: z.string(),
  activity: z.partial(z.omit(ActivitySchema, { source: true })),
  temperatureSource: z.optional(TemperatureSourceSchema),
  unread: z.array(FieldProblemSchema),
  rejected: z.array(FieldProblemSchema),
});

/** The history view: the last 8 weeks, oldest first (weeks start on Monday, runner's local time). */
export const HistoryViewSchema = z.object({
  weeks: z.array(
    z.object({
      /** ISO date of the week's Monday. */
      weekStart: z.string(),
      distanceM: z.number(),
      runs: z.array(z.object({ id: z.optional(z.string()), startTime: z.string(), distanceM: z.optional(z.number()), risk: RiskLevelSchema, cramped: z.optional(z.boolean()) })),
    }),
  ),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

export const ProfileStateSchema = z.object({
  profile: ProfileSchema,
  settings: SettingsSchema,
  /** Stored values that could not be read and were kept aside, dated (kept-aside.ts). */
  recovered: z.array(z.object({ key: z.string(), backupKey: z.string(), at: z.string() })),
  /** How many activities the history's count cap dropped so far, and when it last did. */
  historyCapped: z.optional(z.object({ count: z.number(), at: z.string() })),
  /** When the last import happened, while it can be undone. */
  importUndoAt: z.optional(z.string()),
});
export type ProfileState = z.infer<typeof ProfileStateSchema>;

/** What each request answers with, so callers parse replies too. */
export const ReplyDataSchemas = {
  analyze: AnalyzedSchema,
  'analyze-manual': AnalyzedSchema,
  'get-tab-analysis': z.nullable(AnalyzedSchema),
  'get-last-analysis': z.nullable(AnalyzedSchema),
  'get-profile': ProfileStateSchema,
  'save-profile': ProfileStateSchema,
  'save-settings': ProfileStateSchema,
  'open-options': z.null(),
  'delete-all-data': z.null(),
  'import-data': z.object({ added: z.number(), updated: z.number(), crampLogsKept: z.number(), outsideLimits: z.number() }),
  'undo-import': z.boolean(),
  interpret: ExtractResultSchema,
  'log-cramp': AnalyzedSchema,
  'import-training-log': z.object({ added: z.number(), total: z.number() }),
  'get-history-view': HistoryViewSchema,
} as const satisfies Record<RequestType, z.ZodMiniType>;

export type ReplyData<T extends RequestType> = z.infer<(typeof ReplyDataSchemas)[T]>;

/** The envelope of every reply: errors travel back to the sender instead of vanishing. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
