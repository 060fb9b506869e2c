import type { Analysis, FindingId } from '../core/analysis';

const LACK_WORDS: Partial<Record<FindingId, string>> = {
  'sodium-deficit': 'sodium',
  'fluid-deficit': 'fluid',
  'fuel-gap': 'carbohydrate',
};

/** One line a runner can read at a glance: what was probably lacking, or that all is fine. */
export function headline(analysis: Analysis): string {
  const notable = analysis.findings.filter((f) => f.severity !== 'info');
  const lacks = notable.map((f) => LACK_WORDS[f.id]).filter((w): w is string => w !== undefined);
  if (lacks.length > 0) return `Probably short on ${joinWords(lacks)}`;
  if (notable.length > 0 || analysis.crampRisk.level !== 'low') {
    return `Likely cramp contributors: ${joinWords(analysis.crampRisk.contributors.slice(0, 2).map(lowerFirst)) || 'see below'}`;
  }
  return 'Nothing to worry about on this one';
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
