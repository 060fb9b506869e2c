/**
 * Short citations, one place, so every finding names the same source the same way.
 * Full references and what each one supports are in docs/science.md.
 */
export const SOURCES = {
  barnes2019: 'Barnes et al. 2019, J Sports Sci',
  baker2016: 'Baker et al. 2016, J Sports Sci',
  lara2016: 'Lara et al. 2016, JISSN',
  cheuvront2021: 'Cheuvront, Sollanek & Baker 2021, Biol Sport',
  iso7933: 'ISO 7933 (predicted heat strain)',
  acsmEquations: 'ACSM metabolic equations',
  sawka2007: 'Sawka et al. 2007, ACSM position stand, MSSE',
  nata2017: 'McDermott et al. 2017, NATA position statement, J Athl Train',
  hewButler2015: 'Hew-Butler et al. 2015, Clin J Sport Med',
  castellani2006: 'Castellani et al. 2006, ACSM position stand (cold), MSSE',
  mcCubbin2018: 'McCubbin & Costa 2018, Sports Med',
  jeukendrup2014: 'Jeukendrup 2014, Sports Med',
  wallis2022: 'Wallis & Podlogar 2022, GSSI Sports Science Exchange',
  schwellnus2011: 'Schwellnus et al. 2011, Br J Sports Med',
  schwellnus2009: 'Schwellnus 2009, Br J Sports Med (cramp review)',
  garrison2020: 'Garrison et al. 2020, Cochrane review (magnesium for cramps)',
  riegel1981: 'Riegel 1981, American Scientist',
  stofan2005: 'Stofan et al. 2005, Int J Sport Nutr Exerc Metab',
  lau2019: 'Lau, Kato & Nosaka 2019, BMJ Open Sport Exerc Med',
  miller2010: 'Miller et al. 2010, MSSE',
  georgieva2021: 'Georgieva et al. 2021 (pickle-juice replication)',
  frandsen2025: 'Frandsen et al. 2025, BJSM',
  gabbett2016: 'Gabbett 2016, BJSM',
  impellizzeri2020: 'Impellizzeri et al. 2020, Int J Sports Physiol Perform',
  bomWbgt: 'Australian Bureau of Meteorology WBGT approximation',
  acsmHeatFlags: 'Armstrong et al. 2007, ACSM position stand on exertional heat illness, MSSE',
  rothfusz1990: 'Rothfusz 1990, NWS heat index',
} as const;
