/** Public API of the analysis engine. Everything the UI and other modules need comes from here. */
export * from './activity';
export * from './analysis';
export * from './profile';
export { type Product, ProductListSchema, ProductSchema, profileProducts, STARTER_PRODUCTS } from './product';
export { PRODUCT_KINDS } from './limits';
export * from './plausibility';
export * from './format';
export { analyze, DEFAULT_HEIGHT_CM, DEFAULT_MASS_KG } from './analyze';
export { sweatRateFromWeighIn, weighInProblem, rehydrationL, type WeighIn } from './sweat-test';
export { wbgtC, heatFlag, heatIndexF, cToF, fToC } from './heat';
export { duBoisM2, vapourPressureKPa, saturationKPa, heatBalanceSweatLph } from './heat-balance';
export { acsmRunningVo2, acsmWalkingVo2, vo2ToWatts } from './metabolic';
export { carbAdvice, type CarbBand } from './carbs';
export { distanceSpike, paceSpikePct, WINDOW_MS } from './recent-training';
export { PRIOR_LPH, PRIOR_SD_LPH } from './sweat-rate';
export { personalSweatCurve, type SweatCurve, type SweatLine } from './personal-fit';
export { SOURCES } from './sources';
export * from './race/index';
