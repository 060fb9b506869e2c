import type { Finding } from './analysis';
import type { Context } from './context';
import { formatNumber, formatPercent, formatTemperature } from './format';
import { cToF } from './heat';
import { msg } from './i18n/index';
import type { PatternKind } from './i18n/en/log';
import { SOURCES } from './sources';
import { toShown, unitSymbol } from './units';

/** Runners in Frandsen et al. 2025. */
const FRANDSEN_RUNNERS = 5205;
/** Gabbett 2016's "sweet spot" and "danger zone" for the acute:chronic workload ratio. */
const ACWR_SAFE_LOW = 0.8;
const ACWR_SAFE_HIGH = 1.3;
const ACWR_DANGER = 1.5;
/** Dates listed in the sentence; the rest are counted. */
const MAX_DATES = 3;

/**
 * Weekly volume rising over the 4 weeks before the activity. Info or caution, never a warning: the
 * week-to-week ratio showed no link with injury in Frandsen et al. 2025, and the acute:chronic
 * ratio (Gabbett 2016) is contested (Impellizzeri et al. 2020), so it is only a secondary note.
 */
export function loadTrendFinding(c: Context): Finding | null {
  const t = c.loadTrend;
  if (t === null) return null;
  const m = msg(c);
  const weeks = `${t.weeksM.map((x) => formatNumber(toShown('distance', x, c.units), 0, c.language)).join(' → ')} ${unitSymbol('distance', c.units)}`;
  const n = (x: number) => formatNumber(x, 2, c.language);
  return {
    id: 'load-trend',
    severity: t.risePct >= 50 ? 'caution' : 'info',
    lacked: m.loadTrendLacked({ weeks, pct: formatPercent(Math.round(t.risePct), c.language) }),
    nextTime: m.loadTrendNextTime(),
    why: m.loadTrendWhy({
      // Frandsen 2025 measured running injuries in runners: quoted for runs only (issue 11.6).
      runners: c.family === 'run' ? formatNumber(FRANDSEN_RUNNERS, 0, c.language) : null,
      acwr: n(t.acwr),
      low: n(ACWR_SAFE_LOW),
      high: n(ACWR_SAFE_HIGH),
      danger: n(ACWR_DANGER),
    }),
    amounts: [
      ...t.weeksM.map((x, i) => ({ key: `weekM${i + 1}`, value: Math.round(x), unit: 'm' })),
      { key: 'weeklyRisePct', value: Math.round(t.risePct), unit: '%' },
      { key: 'acwrCoupled', value: t.acwr, unit: 'ratio' },
    ],
    sources: c.family === 'run' ? [SOURCES.frandsen2025, SOURCES.gabbett2016, SOURCES.impellizzeri2020] : [SOURCES.gabbett2016, SOURCES.impellizzeri2020],
  };
}

const KIND: Record<Context['family'], PatternKind> = { run: 'runs', foot: 'hikes', ride: 'rides', other: 'sessions' };

/**
 * The runner's own cramp log: (a) earlier cramps in similar conditions, (b) what their last cramps
 * share. Labelled as their log, not science. Strong (a warning) only when this run fits their
 * pattern and fewer logged runs fitting it went fine than cramped; earlier similar cramps alone
 * are a caution; a pattern this run does not fit is info.
 */
export function ownPatternFinding(c: Context): Finding | null {
  const o = c.ownLog;
  if (o === null) return null;
  const m = msg(c);
  const parts: string[] = [];
  const similar = o.similar.length;
  if (similar > 0) {
    const dates = o.similar.slice(0, MAX_DATES).map((l) => l.date || '?');
    parts.push(m.ownSimilar({ n: similar, dates: dates.join(', '), more: similar - dates.length }));
    if (o.similarFine > 0) parts.push(m.ownSimilarFine({ n: o.similarFine }));
  }
  const p = o.pattern;
  if (p !== null) {
    parts.push(
      m.ownPattern({
        n: p.n,
        kind: p.allRaces ? 'races' : KIND[c.family],
        overMin: p.overMin === null ? null : `${p.overMin} min`,
        // In °F rounded down, so "above" stays true for every cramp (22 °C = 71.6 °F → "above 71 °F").
        aboveC: p.aboveC === null ? null : c.units === 'imperial' ? `${formatNumber(Math.floor(cToF(p.aboveC)), 0, c.language)} °F` : formatTemperature(p.aboveC, c.units, c.language),
        lastQuarter: p.lastQuarter,
        muscle: p.muscle,
      }),
    );
    if (p.fine !== null) parts.push(m.ownPatternFine({ n: p.fine }));
    if (p.matches !== null) parts.push(m.ownPatternMatch({ matches: p.matches }));
  }
  const matches = p !== null && p.matches === true;
  const strong = matches && (p.fine ?? 0) < p.n;
  const amounts = [
    { key: 'similarCramps', value: similar, unit: 'runs' },
    { key: 'similarFine', value: o.similarFine, unit: 'runs' },
  ];
  if (p !== null) amounts.push({ key: 'patternCramps', value: p.n, unit: 'runs' });
  if (p !== null && p.fine !== null) amounts.push({ key: 'patternFine', value: p.fine, unit: 'runs' });
  return {
    id: 'own-pattern',
    severity: strong ? 'warning' : matches || similar > 0 ? 'caution' : 'info',
    lacked: parts.join(' '),
    nextTime: m.ownPatternNextTime({ matches }),
    why: m.ownPatternWhy(),
    amounts,
    sources: [SOURCES.schwellnus2011],
  };
}
