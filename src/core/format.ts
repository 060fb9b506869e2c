import { toShown, toStored, type Units, unitSymbol } from './units';

/**
 * The one place SI numbers become text for a runner, metric or imperial (conversions: units.ts).
 * Everything else in core (and the UI) calls these. Intl.NumberFormat is slow to construct, so
 * instances are cached per locale and options; formatting itself stays well inside the
 * analysis budget (README "Budgets", `npm run bench`). Default locale 'en'; the engine passes the
 * runner's language (languages.ts) so numbers in its sentences match the words around them.
 */
const cache = new Map<string, Intl.NumberFormat>();

export interface NumberStyle {
  /** Always show this many decimals ("1.20"), not at most ("1.2"). */
  fixed?: boolean;
  /** Group thousands ("3,000"); false for limits in messages ("3000"). Default true. */
  grouping?: boolean;
}

function nf(locale: string | undefined, digits: number, style: NumberStyle): Intl.NumberFormat {
  const key = `${locale ?? 'en'}|${digits}|${style.fixed === true}|${style.grouping !== false}`;
  let f = cache.get(key);
  if (f === undefined) {
    // signDisplay 'negative': a value that rounds to zero reads "0", never "-0".
    const options: Intl.NumberFormatOptions = {
      maximumFractionDigits: digits,
      minimumFractionDigits: style.fixed ? digits : 0,
      // 'auto', not true ('always'): Spanish writes 3850 but 38.500, as Intl's default does.
      useGrouping: style.grouping === false ? false : 'auto',
      signDisplay: 'negative',
    };
    try {
      f = new Intl.NumberFormat(locale ?? 'en', options);
    } catch {
      f = new Intl.NumberFormat('en', options);
    }
    cache.set(key, f);
  }
  return f;
}

/** Not-a-number reads "0": a sentence never says "NaN". */
const num = (x: number, digits: number, locale?: string, style: NumberStyle = {}): string => nf(locale, digits, style).format(Number.isFinite(x) ? x : 0);

/** A plain number for a sentence: "1.64" in English, "1,64" in German and French. */
export function formatNumber(x: number, maxDigits: number, locale?: string, style?: NumberStyle): string {
  return num(x, maxDigits, locale, style);
}

/** Millilitres as US fl oz, through the one volume scale in units.ts. */
const mlToFlOz = (ml: number): number => toShown('volume', ml / 1000, 'imperial');

/** 150 → "150 mL", 1800 → "1.8 L"; imperial "5 fl oz". */
export function formatVolumeMl(ml: number, units: Units, locale?: string): string {
  if (units === 'imperial') return `${num(mlToFlOz(ml), 0, locale)} fl oz`;
  return Math.abs(ml) >= 1000 ? `${num(ml / 1000, 1, locale)} L` : `${num(ml, 0, locale)} mL`;
}

/** A whole amount in the runner's units, for an assumed value: "70 kg" or "154 lb", "175 cm" or "69 in". */
export function formatWhole(quantity: 'mass' | 'height', stored: number, units: Units, locale?: string): string {
  return `${num(toShown(quantity, stored, units), 0, locale)} ${unitSymbol(quantity, units)}`;
}

/** A volume range: "300–400 mL", "10–14 fl oz". */
export function formatVolumeRangeMl(lowMl: number, highMl: number, units: Units, locale?: string): string {
  const low = units === 'imperial' ? mlToFlOz(lowMl) : highMl >= 1000 ? lowMl / 1000 : lowMl;
  return `${num(low, units === 'metric' && highMl >= 1000 ? 1 : 0, locale)}–${formatVolumeMl(highMl, units, locale)}`;
}

/** Sweat rate: "1.2 L/h" or "41 fl oz/h". */
export function formatRateLph(lph: number, units: Units, locale?: string): string {
  if (units === 'imperial') return `${num(mlToFlOz(lph * 1000), 0, locale)} fl oz/h`;
  return `${num(lph, 1, locale)} L/h`;
}

/** Body weight to 0.1 kg or lb: "69.2 kg", "152.6 lb" (a scale's reading, and a gain of "0.5 kg"). */
export function formatMass(kg: number, units: Units, locale?: string): string {
  return `${num(toShown('mass', kg, units), 1, locale)} ${unitSymbol('mass', units)}`;
}

export function formatTemperature(c: number, units: Units, locale?: string): string {
  return `${num(toShown('temperature', c, units), 0, locale)} ${unitSymbol('temperature', units)}`;
}

export function formatDistance(m: number, units: Units, locale?: string): string {
  return `${num(toShown('distance', m, units), 1, locale)} ${unitSymbol('distance', units)}`;
}

/** 5400 → "1 h 30 min", 2700 → "45 min". */
export function formatDuration(s: number): string {
  const totalMin = Math.round(Number.isFinite(s) ? Math.max(0, s) / 60 : 0);
  const h = Math.floor(totalMin / 60);
  const min = totalMin % 60;
  if (h === 0) return `${min} min`;
  return min === 0 ? `${h} h` : `${h} h ${min} min`;
}

export function formatSodiumMg(mg: number, locale?: string): string {
  return `${num(mg, 0, locale)} mg`;
}

export function formatCarbsG(g: number, locale?: string): string {
  return `${num(g, 0, locale)} g`;
}

export function formatPercent(pct: number, locale?: string): string {
  return `${num(pct, Math.abs(pct) < 10 ? 1 : 0, locale)} %`;
}

/** Pace from speed: "5:00 /km" or "8:03 /mi". */
export function formatPace(speedMs: number, units: Units): string {
  if (!(speedMs > 0) || !Number.isFinite(speedMs)) return '–';
  const perUnitS = Math.round(toStored('distance', 1, units) / speedMs);
  const min = Math.floor(perUnitS / 60);
  const sec = perUnitS % 60;
  return `${min}:${sec < 10 ? '0' : ''}${sec} /${unitSymbol('distance', units)}`;
}
