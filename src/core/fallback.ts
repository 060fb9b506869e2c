import type { Analysis } from './analysis';
import { formatVolumeRangeMl } from './format';
import { messages } from './i18n/index';
import type { Language, Units } from './profile';
import { PRIOR_LPH, PRIOR_SD_LPH } from './sweat-rate';

/**
 * The answer when even the checked path fails (a bug, not bad input): population prior, empty
 * plan, and a note. Keeps the promise that `analyze` never throws.
 */
export function safeAnalysis(language: Language = 'en', units: Units = 'metric'): Analysis {
  const m = messages(language);
  return {
    estimates: {
      sweatRateLph: { value: PRIOR_LPH, low: PRIOR_LPH - PRIOR_SD_LPH, high: PRIOR_LPH + PRIOR_SD_LPH, basis: 'predicted' },
      sweatLossMl: { value: 0, low: 0, high: 0 },
      sodiumLossMg: { value: 0, low: 0, high: 0 },
    },
    plan: {
      before: { fluidMl: 350, fluidMlHigh: 500, when: m.beforeWhen({ amount: formatVolumeRangeMl(300, 400, units, language) }) },
      during: { fluidMlPerH: 0, strategy: 'thirst', sodiumMgPerH: 0, carbsGPerH: 0, sipEveryMin: null, sipMl: null, carry: [], items: [] },
      after: { fluidMl: 0, carbsG: 0, proteinG: 0, withinMin: 0, fluidFrom: 'thirst' },
    },
    balance: {
      basis: 'estimated',
      fluid: { lostMl: { value: 0, low: 0, high: 0 }, tookMl: null },
      sodium: { lostMg: { value: 0, low: 0, high: 0 }, tookMg: null },
      carbs: { tookG: null, advisedGPerH: 0 },
    },
    findings: [],
    crampRisk: { level: 'low', contributors: [] },
    safety: [],
    missing: [],
    invalid: [{ field: 'activity', message: m.analysisFailed() }],
  };
}
