import type { Analysis } from '../core/analysis';
import { t } from '../platform/i18n';

/**
 * One line a runner can read at a glance: what may have contributed, strongest first, or that all
 * is fine. Never what was "lacked": the evidence does not support a diagnosis.
 */
export function headline(analysis: Analysis): string {
  const notable = analysis.findings.filter((f) => f.severity !== 'info');
  if (notable.length > 0 || analysis.crampRisk.level !== 'low') {
    const contributors = analysis.crampRisk.contributors.slice(0, 2).map(lowerFirst);
    return t('headlineContributors', joinWords(contributors) || t('headlineSeeBelow'));
  }
  return t('headlineNothing');
}

export function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t('wordAnd')} ${words.at(-1)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
