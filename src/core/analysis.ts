import { findingIds } from './findings/index';
import { TEXT_LIMITS as TEXT } from './limits';
import { text, z } from './zod';

/** Every finding's id, from the one list of findings (src/core/findings/index.ts). */
export const FINDING_IDS = findingIds();
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
  key: text(TEXT.id),
  value: z.number(),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  unit: text(TEXT.id),
});
export type Amount = z.infer<typeof AmountSchema>;

const findingBody = {
  severity: SeveritySchema,
  /** What may have contributed, one sentence: never a diagnosis. */
  contributed: text(TEXT.prose),
  /** What to do next time, one sentence with amounts. */
  nextTime: text(TEXT.prose),
  /** Why this finding applies to this run. */
  why: z.optional(text(TEXT.prose)),
  amounts: z.optional(z.array(AmountSchema)),
  sources: z.array(text(TEXT.prose)),
};
/** What a finding's rule writes; its id comes from the finding's declaration. */
const FindingBodySchema = z.object(findingBody);
export type FindingBody = z.infer<typeof FindingBodySchema>;
export const FindingSchema = z.object({ id: FindingIdSchema, ...findingBody });
export type Finding = z.infer<typeof FindingSchema>;

export const InputNoteSchema = z.object({ field: text(TEXT.id), message: text(TEXT.prose) });
export type InputNote = z.infer<typeof InputNoteSchema>;

export const PlanSchema = z.object({
  before: z.object({ fluidMl: z.number(), fluidMlHigh: z.optional(z.number()), when: text(TEXT.prose) }),
  during: z.object({
    /** With `thirst` a ceiling ("at most"), never a target; never above the low end of the sweat estimate. */
    fluidMlPerH: z.number(),
    /** `schedule`: sips every few minutes; `thirst`: drink to thirst under the ceiling, no sips. */
    strategy: z.enum(['schedule', 'thirst']),
    sodiumMgPerH: z.number(),
    carbsGPerH: z.number(),
    sipEveryMin: z.nullable(z.number()),
    sipMl: z.nullable(z.number()),
    carry: z.optional(z.array(text(TEXT.prose))),
    /** The plan in the runner's own products (profile `products`); empty without any. Never more than the amounts above. */
    items: z.array(z.object({ name: text(TEXT.name), count: z.number(), everyMin: z.nullable(z.number()) })),
  }),
  after: z.object({
    fluidMl: z.number(),
    /** Upper end of the rehydration range (fluidMl is the lower end). */
    fluidMlHigh: z.optional(z.number()),
    carbsG: z.number(),
    proteinG: z.number(),
    withinMin: z.number(),
    /** Rehydration volumes come only from a weighed loss; `thirst`: drink to thirst and weigh yourself. */
    fluidFrom: z.optional(z.enum(['weighed', 'thirst'])),
    /** The recovery amounts matter when the next session is within this many hours; otherwise the next meal does. */
    ifNextWithinH: z.optional(z.number()),
  }),
});
export type Plan = z.infer<typeof PlanSchema>;

export const SAFETY_IDS = ['hyponatremia-signs', 'heat-illness-signs', 'see-a-doctor', 'cold', 'frostbite'] as const;
/** A sign that needs care, shown apart from the advice. */
export const SafetyNoteSchema = z.object({ id: z.enum(SAFETY_IDS), text: text(TEXT.prose), sources: z.array(text(TEXT.prose)) });
export type SafetyNote = z.infer<typeof SafetyNoteSchema>;

/**
 * What the session cost against what the runner took: `weighed` when both weights were logged
 * (the losses then come from the scale), else `estimated`; `took…` null when not logged.
 */
export const BalanceSchema = z.object({
  basis: z.enum(['weighed', 'estimated']),
  fluid: z.object({ lostMl: RangeSchema, tookMl: z.nullable(z.number()) }),
  sodium: z.object({ lostMg: RangeSchema, tookMg: z.nullable(z.number()) }),
  carbs: z.object({ tookG: z.nullable(z.number()), advisedGPerH: z.number() }),
});
export type Balance = z.infer<typeof BalanceSchema>;

export const AnalysisSchema = z.object({
  estimates: z.object({
    sweatRateLph: z.extend(RangeSchema, { basis: z.enum(['weighed', 'measured', 'personal', 'predicted']) }),
    sweatLossMl: RangeSchema,
    sodiumLossMg: RangeSchema,
    bodyMassLossPct: z.optional(z.number()),
    wbgtC: z.optional(z.number()),
    heatIndexF: z.optional(z.number()),
    heatFlag: z.optional(HeatFlagSchema),
    /** The WBGT counted the sun and wind (looked up); absent: a shade estimate from air and humidity. */
    wbgtWithSun: z.optional(z.boolean()),
    /** Holding heat balance would need more sweat than the body can make (ISO 7933 limits): the body heats up. */
    uncompensable: z.optional(z.boolean()),
    /** Why the sweat rate is what it is: the effort's basis and metabolic rate, the runner's own numbers and how sure, the sun. */
    sweatWhy: z.optional(text(TEXT.prose)),
  }),
  plan: PlanSchema,
  balance: BalanceSchema,
  findings: z.array(FindingSchema),
  crampRisk: z.object({ level: RiskLevelSchema, contributors: z.array(text(TEXT.prose)) }),
  safety: z.array(SafetyNoteSchema),
  missing: z.array(InputNoteSchema),
  invalid: z.array(InputNoteSchema),
});
export type Analysis = z.infer<typeof AnalysisSchema>;
