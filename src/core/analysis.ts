import { z } from './zod';

export const FINDING_IDS = [
  'fluid-deficit',
  'overdrinking-risk',
  'sodium-deficit',
  'fuel-gap',
  'heat',
  'distance-spike',
  'pace-spike',
  'cramp-history',
  'race',
  'short-easy',
  /** Weekly volume rising fast; acute:chronic ratio as a secondary note (issue 6). */
  'load-trend',
  /** Earlier logged cramps in similar conditions; the runner's own pattern (issue 6). */
  'own-pattern',
] as const;
export const FindingIdSchema = z.enum(FINDING_IDS);
export type FindingId = z.infer<typeof FindingIdSchema>;

export const SeveritySchema = z.enum(['info', 'caution', 'warning']);
export const RiskLevelSchema = z.enum(['low', 'moderate', 'high']);
export type RiskLevel = z.infer<typeof RiskLevelSchema>;
export const HeatFlagSchema = z.enum(['white', 'green', 'yellow', 'red', 'black']);
export type HeatFlag = z.infer<typeof HeatFlagSchema>;

const RangeSchema = z.object({ value: z.number(), low: z.number(), high: z.number() });
export type Range = z.infer<typeof RangeSchema>;

export const AmountSchema = z.object({
  /** What the number measures, e.g. `fluidMlPerH`. */
  key: z.string(),
  value: z.number(),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  unit: z.string(),
});
export type Amount = z.infer<typeof AmountSchema>;

export const FindingSchema = z.object({
  id: FindingIdSchema,
  severity: SeveritySchema,
  /** What the runner probably lacked, one sentence. */
  lacked: z.string(),
  /** What to do next time, one sentence with amounts. */
  nextTime: z.string(),
  /** Why this finding applies to this run. */
  why: z.optional(z.string()),
  amounts: z.optional(z.array(AmountSchema)),
  sources: z.array(z.string()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const InputNoteSchema = z.object({ field: z.string(), message: z.string() });
export type InputNote = z.infer<typeof InputNoteSchema>;

export const PlanSchema = z.object({
  before: z.object({ fluidMl: z.number(), fluidMlHigh: z.optional(z.number()), when: z.string() }),
  during: z.object({
    fluidMlPerH: z.number(),
    sodiumMgPerH: z.number(),
    carbsGPerH: z.number(),
    sipEveryMin: z.nullable(z.number()),
    sipMl: z.nullable(z.number()),
    carry: z.optional(z.array(z.string())),
  }),
  after: z.object({
    fluidMl: z.number(),
    /** Upper end of the rehydration range (fluidMl is the lower end). */
    fluidMlHigh: z.optional(z.number()),
    carbsG: z.number(),
    proteinG: z.number(),
    withinMin: z.number(),
  }),
});
export type Plan = z.infer<typeof PlanSchema>;

export const AnalysisSchema = z.object({
  estimates: z.object({
    sweatRateLph: z.extend(RangeSchema, { basis: z.enum(['measured', 'personal', 'predicted']) }),
    sweatLossMl: RangeSchema,
    sodiumLossMg: RangeSchema,
    bodyMassLossPct: z.optional(z.number()),
    wbgtC: z.optional(z.number()),
    heatIndexF: z.optional(z.number()),
    heatFlag: z.optional(HeatFlagSchema),
  }),
  plan: PlanSchema,
  findings: z.array(FindingSchema),
  crampRisk: z.object({ level: RiskLevelSchema, contributors: z.array(z.string()) }),
  missing: z.array(InputNoteSchema),
  invalid: z.array(InputNoteSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
