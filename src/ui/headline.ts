import type { Analysis, HeatFlag } from '../core/analysis';
import { type MessageKey, t } from '../platform/i18n';

/** Heat flags that are a danger in their own right, more serious than any cramp. */
export const DANGER_FLAGS: ReadonlySet<HeatFlag> = new Set(['red', 'black']);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const heatKey = (flag: HeatFlag) => `heat${cap(flag)}` as MessageKey;
export const flagKey = (flag: HeatFlag) => `flag${cap(flag)}` as MessageKey;

/**
 * One line a runner can read at a glance, the most serious thing first: a red or black heat flag,
 * then what may have contributed to cramps, strongest first, or that all is fine. Never what was
 * "lacked": the evidence does not support a diagnosis.
 */
export function headline(analysis: Analysis): string {
  const flag = analysis.estimates.heatFlag;
  const heat = flag && DANGER_FLAGS.has(flag) ? t('headlineHeat', t(heatKey(flag)), t(flagKey(flag))) : null;
  const notable = analysis.findings.filter((f) => f.severity !== 'info');
  if (notable.length > 0 || analysis.crampRisk.level !== 'low') {
    const contributors = analysis.crampRisk.contributors.slice(0, 2).map(lowerFirst);
    const cramps = t('headlineContributors', joinWords(contributors) || t('headlineSeeBelow'));
    return heat ? `${heat} ${cramps}` : cramps;
  }
  return heat ?? t('headlineNothing');
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t('wordAnd')} ${words.at(-1)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
