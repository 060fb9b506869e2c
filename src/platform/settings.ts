import { UnitsSchema } from '../core/profile';
import { TEXT_LIMITS } from '../core/limits';
import { text, z } from '../core/zod';

export const SettingsSchema = z.object({
  /** Sites the content script may run on; Strava is on by default. */
  sites: z.record(text(TEXT_LIMITS.id), z.boolean()),
  panelCollapsed: z.boolean(),
  /** Opt-in: read recent activities from Strava's own training log when viewing one's own activity. */
  importTrainingLog: z.optional(z.boolean()),
  /**
   * Opt-in: look up the weather at Open-Meteo for activities whose page shows none, and
   * fill the planner from the forecast. Off (absent) means not one request leaves the browser.
   */
  weatherLookup: z.optional(z.boolean()),
  /**
   * The units the runner's site last showed (Strava follows the runner's own setting there): the
   * units every surface shows until the runner saves a choice (core/locale-units.ts).
   */
  pageUnits: z.optional(UnitsSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { sites: { strava: true }, panelCollapsed: false };
