import { z } from '../core/zod';

export const SettingsSchema = z.object({
  /** Sites the content script may run on; Strava is on by default. */
  sites: z.record(z.string(), z.boolean()),
  panelCollapsed: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { sites: { strava: true }, panelCollapsed: false };
