import type { Units } from './profile';

/**
 * The one place SI numbers become text for a runner, metric or imperial. Everything else in core
 * (and the UI) calls these. Intl.NumberFormat is slow to construct, so instances are cached.
 * Default locale 'en'; the engine passes the runner's language ('en', 'de', 'fr') so numbers in
 * its sentences match the words around them.
 */
const ML_PER_FL_OZ = 29.5735;
const KG_PER_LB = 0.45359237;
const M_PER_MI = 1609.344;

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string | undefined, maxDigits: number): Intl.NumberFormat {
  const key = `${locale ?? 'en'}|${maxDigits}`;
  let f = cache.get(key);
  if (f === undefined) {
    try {
      f = new Intl.NumberFormat(locale ?? 'en', { maximumFractionDigits: maxDigits });
    } catch {
      f = new Intl.NumberFormat('en', { maximumFractionDigits: maxDigits });
    }
    cache.set(key, f);
  }
  return f;
}

/**
 * Fast path: Intl's format() costs ~1 µs a call and a finding set makes dozens, which would cap
 * `analyze` well under its 50,000/s budget. Same output as Intl with maximumFractionDigits (half
 * away from zero, trailing zeros dropped, thousands grouped by 3 from 1,000) given the locale's
 * group and decimal separators.
 */
function formatFast(x: number, digits: number, group: string, decimal: string): string {
  const f = 10 ** digits;
  const abs = Math.round(Math.abs(x) * f) / f;
  if (abs === 0) return '0';
  let s = abs.toFixed(digits);
  if (digits > 0) s = s.replace(/\.?0+$/, '');
  const dot = s.indexOf('.');
  let int = dot === -1 ? s : s.slice(0, dot);
  const frac = dot === -1 ? '' : decimal + s.slice(dot + 1);
  if (int.length > 3) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (x < 0 ? '-' : '') + int + frac;
}

/**
 * The engine's other languages take the fast path too, with separators read once from Intl
 * ('de': "." and ","; 'fr': a narrow no-break space and ","). Both group from 1,000 like English
 * (CLDR minimum grouping digits 1); tests/core/format.test.ts checks them against Intl.
 */
const FAST_LOCALES: readonly string[] = ['de', 'fr'];
const separators = new Map<string, { group: string; decimal: string }>();
function localSeparators(locale: string): { group: string; decimal: string } {
  let sep = separators.get(locale);
  if (sep === undefined) {
    const parts = nf(locale, 1).formatToParts(12345.5);
    sep = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separators.set(locale, sep);
  }
  return sep;
}

const num = (x: number, digits: number, locale?: string): string => {
  const v = Number.isFinite(x) ? x : 0;
  if (locale === undefined || locale === 'en') return formatFast(v, digits, ',', '.');
  if (!FAST_LOCALES.includes(locale)) return nf(locale, digits).format(v);
  const sep = localSeparators(locale);
  return formatFast(v, digits, sep.group, sep.decimal);
};

/** A plain number for a sentence: "1.64" in English, "1,64" in German and French. */
export function formatNumber(x: number, maxDigits: number, locale?: string): string {
  return num(x, maxDigits, locale);
}

export function mlToFlOz(ml: number): number {
  return ml / ML_PER_FL_OZ;
}

/** 150 → "150 mL", 1800 → "1.8 L"; imperial "5 fl oz". */
export function formatVolumeMl(ml: number, units: Units, locale?: string): string {
  if (units === 'imperial') return `${num(mlToFlOz(ml), 0, locale)} fl oz`;
  return Math.abs(ml) >= 1000 ? `${num(ml / 1000, 1, locale)} L` : `${num(ml, 0, locale)} mL`;
}

/** Sweat rate: "1.2 L/h" or "41 fl oz/h". */
export function formatRateLph(lph: number, units: Units, locale?: string): string {
  if (units === 'imperial') return `${num(mlToFlOz(lph * 1000), 0, locale)} fl oz/h`;
  return `${num(lph, 1, locale)} L/h`;
}

export function formatMass(kg: number, units: Units, locale?: string): string {
  if (units === 'imperial') {
    const lb = kg / KG_PER_LB;
    return `${num(lb, Math.abs(lb) < 10 ? 1 : 0, locale)} lb`;
  }
  return `${num(kg, Math.abs(kg) < 10 ? 1 : 0, locale)} kg`;
}

export function formatTemperature(c: number, units: Units, locale?: string): string {
  return units === 'imperial' ? `${num((c * 9) / 5 + 32, 0, locale)} °F` : `${num(c, 0, locale)} °C`;
}

export function formatDistance(m: number, units: Units, locale?: string): string {
  return units === 'imperial' ? `${num(m / M_PER_MI, 1, locale)} mi` : `${num(m / 1000, 1, locale)} km`;
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
  const perUnitS = Math.round((units === 'imperial' ? M_PER_MI : 1000) / speedMs);
  const min = Math.floor(perUnitS / 60);
  const sec = perUnitS % 60;
  return `${min}:${sec < 10 ? '0' : ''}${sec} /${units === 'imperial' ? 'mi' : 'km'}`;
}
