/**
 * Which units the page shows: Strava converts every value to the viewer's own setting (km or mi,
 * ℃ or ℉), so the marks on its values say which the runner chose there. Until the runner saves a
 * choice in the options, every surface follows it (core/locale-units.ts).
 */
import type { Units } from '../../core/units';
import { parseQuantity } from '../shared/quantity';
import type { Unit } from '../shared/units';
import { unitFromTitle } from '../shared/units';
import { keyOfLabel } from './classic';
import type { StravaReading } from './reading';

const SYSTEM_OF: Partial<Record<Unit, Units>> = {
  km: 'metric', m: 'metric', kmh: 'metric', perKm: 'metric', C: 'metric',
  mi: 'imperial', ft: 'imperial', mph: 'imperial', perMi: 'imperial', F: 'imperial',
};

/** Distances decide (Strava's "units of measurement"); a temperature alone decides when no distance is shown. */
const DISTANCE_FIRST = ['distance', 'pace', 'speed', 'elevation', 'temperature'] as const;

const systemOf = (text: string, title = ''): Units | undefined => {
  const unit = parseQuantity(text, unitFromTitle(title))?.unit;
  return unit ? SYSTEM_OF[unit] : undefined;
};

/** The units the page's values are shown in; undefined when no value carries a unit we know. */
export function stravaShownUnits(reading: StravaReading): Units | undefined {
  for (const key of DISTANCE_FIRST) {
    for (const cell of reading.cells) {
      if (keyOfLabel(cell.hook, cell.label) !== key) continue;
      const units = systemOf(cell.value, cell.unitTitle);
      if (units) return units;
    }
  }
  return reading.next ? systemOf(reading.next.summaryDistance) : undefined;
}
