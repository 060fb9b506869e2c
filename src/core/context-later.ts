import type { Context } from './context';
import type { buildPlan } from './plan';

/**
 * The parts of an analysis's context worked out only when first read (analysis-context.ts): the
 * plan, which the cramp-risk rules read only to word a finding that fires, and the popup's 8-week
 * view, wanting the level alone, never reads. They are read through the context's prototype:
 * getters written in the context's own literal made V8 keep every context as a slow dictionary
 * object (about 4 µs to build, and slow to read), a prototype's getters leave it a plain fast
 * object. Reading a value later gives the number reading it at once would: every input is fixed.
 */
export type Planned = ReturnType<typeof buildPlan>;
type LaterPart = 'plan' | 'carb' | 'recoveryCarbsHighG';
/** What the context's own literal holds: every field but the later ones, and how to plan once. */
export type ContextFields = Omit<Context, LaterPart> & { planned: () => Planned };

const LATER_PLAN = {
  get plan(): Planned['plan'] {
    return (this as unknown as ContextFields).planned().plan;
  },
  get carb(): Planned['carb'] {
    return (this as unknown as ContextFields).planned().carb;
  },
  get recoveryCarbsHighG(): number {
    return (this as unknown as ContextFields).planned().recoveryCarbsHighG;
  },
};

/** The context: its own fields, the later parts on the one shared prototype. */
export const withLaterParts = (fields: ContextFields): Context => Object.setPrototypeOf(fields, LATER_PLAN) as Context;
