import type { Analysis, FindingId } from '../core/analysis';
import { type MessageKey, t } from '../platform/i18n';

const LACK_WORDS: Partial<Record<FindingId, MessageKey>> = {
  'sodium-deficit': 'lackSodium',
  'fluid-deficit': 'lackFluid',
  'fuel-gap': 'lackCarbohydrate',
};

/** One line a runner can read at a glance: what was probably lacking, or that all is fine. */
export function headline(analysis: Analysis): string {
  const notable = analysis.findings.filter((f) => f.severity !== 'info');
  const lacks = notable.flatMap((f) => {
    const key = LACK_WORDS[f.id];
    return key ? [t(key)] : [];
  });
  if (lacks.length > 0) return t('headlineShortOn', joinWords(lacks));
  if (notable.length > 0 || analysis.crampRisk.level !== 'low') {
    const contributors = analysis.crampRisk.contributors.slice(0, 2).map(lowerFirst);
    return t('headlineContributors', joinWords(contributors) || t('headlineSeeBelow'));
  }
  return t('headlineNothing');
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t('wordAnd')} ${words.at(-1)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
