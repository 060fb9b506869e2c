import { type Analysis, AnalysisSchema } from '../../src/core/analysis';

/** A hand-written analysis (not from the engine) so UI tests do not depend on the model's numbers. */
export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return AnalysisSchema.parse({
    estimates: {
      sweatRateLph: { value: 1.2, low: 0.9, high: 1.5, basis: 'predicted' },
      sweatLossMl: { value: 2400, low: 1800, high: 3000 },
      sodiumLossMg: { value: 2200, low: 1250, high: 4100 },
      wbgtC: 26.1,
      heatFlag: 'red',
    },
    plan: {
      before: { fluidMl: 450, fluidMlHigh: 600, when: 'about 4 h before' },
      during: { fluidMlPerH: 600, strategy: 'schedule', sodiumMgPerH: 500, carbsGPerH: 60, sipEveryMin: 15, sipMl: 150, items: [] },
      after: { fluidMl: 1500, carbsG: 80, proteinG: 20, withinMin: 60, fluidFrom: 'weighed' },
    },
    balance: {
      basis: 'estimated',
      fluid: { lostMl: { value: 2400, low: 1800, high: 3000 }, tookMl: null },
      sodium: { lostMg: { value: 2200, low: 1250, high: 4100 }, tookMg: null },
      carbs: { tookG: null, advisedGPerH: 60 },
    },
    findings: [
      { id: 'sodium-deficit', severity: 'warning', contributed: 'Sodium: about 2,200 mg lost.', nextTime: 'Take 500 mg sodium per hour.', why: 'A 2 h run in the heat.', sources: ['Lau et al. 2019'] },
      { id: 'fluid-deficit', severity: 'caution', contributed: 'Fluid: about 2.4 L lost.', nextTime: 'Drink 150 mL every 15 min.', why: 'Loss above 2 % of body mass.', sources: ['Sawka et al. 2007'] },
      { id: 'heat', severity: 'caution', contributed: 'Heat.', nextTime: 'Run early.', sources: ['ACSM'] },
    ],
    crampRisk: { level: 'high', contributors: ['Sodium lost in the heat', 'Run longer than usual'] },
    safety: [],
    missing: [{ field: 'bodyMassKg', message: 'Add your body mass for amounts scaled to you.' }],
    invalid: [],
    ...overrides,
  });
}
