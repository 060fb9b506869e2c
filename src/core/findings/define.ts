import type { FindingBody } from '../analysis';
import type { Context } from '../context';
import { FINDING_TEXT, type FindingMessages } from '../i18n/index';

export type Severity = FindingBody['severity'];
export type FindingTextId = keyof FindingMessages;

/**
 * How a finding counts towards the cramp-risk level (risk.ts): `strong` evidence adds up, `race-pace`
 * counts once for the largest of its class (a race is run faster than training: counting both
 * counted the same thing twice), `weak` evidence adds up to a cap below "moderate". Null: no points
 * and no contributor label.
 */
export type RiskPoints = { class: 'strong' | 'race-pace' | 'weak'; points: number } | null;
export type Weight = Readonly<Record<Severity, RiskPoints>>;

/** A warning counts half a point more than the same finding as a caution. */
const WARNING_BUMP = 0.5;
export const strong = (points: number): Weight => ({
  info: { class: 'strong', points },
  caution: { class: 'strong', points },
  warning: { class: 'strong', points: points + WARNING_BUMP },
});
export const racePace = (points: number): Weight => ({
  info: { class: 'race-pace', points },
  caution: { class: 'race-pace', points },
  warning: { class: 'race-pace', points: points + WARNING_BUMP },
});
export const weak = (points: number): Weight => ({
  info: { class: 'weak', points },
  caution: { class: 'weak', points },
  warning: { class: 'weak', points },
});
/** Not a cramp-risk factor (energy, over-drinking, nothing to fix): no points, no contributor. */
export const noRisk: Weight = { info: null, caution: null, warning: null };

/** The context a rule may read: the inputs it declares, plus the language and units it writes in. */
export type Inputs<N extends keyof Context> = Pick<Context, N | 'language' | 'units'>;

interface Declaration<Id extends FindingTextId, N extends keyof Context> {
  id: Id;
  /**
   * Where the finding sits: `rule` is its place among the findings of an analysis (rules run and
   * list in this order), `contributor` its place in the cramp-risk summary (strongest first).
   */
  order: { rule: number; contributor?: number };
  weight: Weight;
  /** What the rule reads from the analysis context: it is given nothing else. */
  needs: readonly N[];
  rule: (c: Inputs<N>, text: FindingMessages[Id]) => FindingBody | null;
}

export interface FindingDefinition<Id extends FindingTextId = FindingTextId> {
  readonly id: Id;
  readonly order: { readonly rule: number; readonly contributor?: number };
  readonly weight: Weight;
  readonly needs: readonly (keyof Context)[];
  /** The finding for this context, in its language, or null when the rule does not apply. */
  readonly run: (c: Context) => (FindingBody & { id: Id }) | null;
}

/** One finding, declared once: everything else (ids, rule order, risk weights, contributors) derives from it. */
export function defineFinding<Id extends FindingTextId, N extends keyof Context>(d: Declaration<Id, N>): FindingDefinition<Id> {
  return {
    id: d.id,
    order: d.order,
    weight: d.weight,
    needs: d.needs,
    run: (c) => {
      const body = d.rule(c, FINDING_TEXT[c.language][d.id]);
      return body === null ? null : { id: d.id, ...body };
    },
  };
}

/** The finding's short label in the cramp-risk summary, if it has one. */
export const contributorLabel = (text: FindingMessages[FindingTextId]): string | undefined =>
  'contributor' in text && typeof text.contributor === 'function' ? text.contributor() : undefined;
