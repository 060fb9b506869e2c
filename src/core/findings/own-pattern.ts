import type { Context } from '../context';
import { formatNumber, formatTemperature } from '../format';
import { cToF } from '../heat';
import type { PatternKind } from '../i18n/finding-params';
import { SOURCES } from '../sources';
import { defineFinding } from './define';

/** Dates listed in the sentence; the rest are counted. */
const MAX_DATES = 3;
const KIND: Record<Context['family'], PatternKind> = { run: 'runs', foot: 'hikes', ride: 'rides', other: 'sessions' };

/**
 * The runner's own cramp log: (a) earlier cramps in similar conditions, (b) what their last cramps
 * share. Labelled as their log, not science. Strong (a warning) only when this run fits their
 * pattern and fewer logged runs fitting it went fine than cramped; earlier similar cramps alone
 * are a caution (weak evidence); a pattern this run does not fit is info and counts nothing.
 */
export const ownPattern = defineFinding({
  id: 'own-pattern',
  order: { rule: 20, contributor: 20 },
  weight: { info: null, caution: { class: 'weak', points: 0.5 }, warning: { class: 'strong', points: 2 } },
  needs: ['ownLog', 'family'],
  rule: (c, t) => {
    const o = c.ownLog;
    if (o === null) return null;
    const parts: string[] = [];
    const similar = o.similar.length;
    if (similar > 0) {
      const dates = o.similar.slice(0, MAX_DATES).map((l) => l.date || '?');
      parts.push(t.similar({ n: similar, dates: dates.join(', '), more: similar - dates.length }));
      if (o.similarFine > 0) parts.push(t.similarFine({ n: o.similarFine }));
    }
    const p = o.pattern;
    if (p !== null) {
      parts.push(
        t.pattern({
          n: p.n,
          kind: p.allRaces ? 'races' : KIND[c.family],
          overMin: p.overMin === null ? null : `${p.overMin} min`,
          // In °F rounded down, so "above" stays true for every cramp (22 °C = 71.6 °F → "above 71 °F").
          aboveC: p.aboveC === null ? null : c.units === 'imperial' ? `${formatNumber(Math.floor(cToF(p.aboveC)), 0, c.language)} °F` : formatTemperature(p.aboveC, c.units, c.language),
          lastQuarter: p.lastQuarter,
          muscle: p.muscle,
        }),
      );
      if (p.fine !== null) parts.push(t.patternFine({ n: p.fine }));
      if (p.matches !== null) parts.push(t.patternMatch({ matches: p.matches }));
    }
    const matches = p !== null && p.matches === true;
    const strong = matches && (p.fine ?? 0) < p.n;
    const amounts = [
      { key: 'similarCramps', value: similar, unit: 'sessions' },
      { key: 'similarFine', value: o.similarFine, unit: 'sessions' },
    ];
    if (p !== null) amounts.push({ key: 'patternCramps', value: p.n, unit: 'sessions' });
    if (p !== null && p.fine !== null) amounts.push({ key: 'patternFine', value: p.fine, unit: 'sessions' });
    return {
      severity: strong ? 'warning' : matches || similar > 0 ? 'caution' : 'info',
      contributed: parts.join(' '),
      nextTime: t.nextTime({ matches }),
      why: t.why(),
      amounts,
      sources: [SOURCES.schwellnus2011],
    };
  },
});
