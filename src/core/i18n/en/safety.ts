import type { Catalogue } from '../types';

/** Why a runner is told to see a doctor (§10 of the reference: the red flags). */
export interface DoctorReasons {
  often: boolean;
  shortEasy: boolean;
  /** Cramps logged in the 30 days before and including this session, when 3 or more. */
  logged: number | null;
}

/** English safety notes: the signs that need medical care, shown apart from the advice. */
export const safety = {
  safetyHyponatremia: () =>
    'Low blood sodium (hyponatremia): headache, nausea or vomiting, confusion, swollen hands or feet, or weighing more after than before need medical care — do not drink more. Signs can start up to 24 h after the session.',
  safetyHeatIllness: () =>
    'Heat illness: confusion, unsteadiness, collapse, vomiting or hot skin mean stop at once. Cool the person first (cold water, ice, shade) and call emergency services.',
  safetySeeDoctor: (p: DoctorReasons) =>
    `${p.often ? 'You cramp often. ' : ''}${p.shortEasy ? 'You logged a cramp on a short, easy session. ' : ''}${p.logged !== null ? `You logged ${p.logged} cramps in 30 days. ` : ''}See a doctor if cramps come at rest or at night, often without exercise, with weakness, or with dark (cola-coloured) urine and severe muscle pain after a long or hard effort, or if they began with a new medicine (such as statins or diuretics).`,
  safetyFrostbite: (p: { windChillC: string }) =>
    `Frostbite: with your own speed the wind chill was about ${p.windChillC}, below −27 °C, where exposed skin can freeze within 30 minutes. Cover face, ears and hands, and stop if skin turns white, numb or waxy.`,
  safetyCold: () =>
    'Cold: on a long session at a white flag, wet clothes and slowing down can chill you (hypothermia). Take a layer to add, keep dry, and head home if you shiver hard or feel clumsy or confused.',
};
export type SafetyMessages = Catalogue<typeof safety>;
