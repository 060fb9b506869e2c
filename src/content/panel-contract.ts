import type { ActivityDraft } from '../core/activity';
import type { Analysis } from '../core/analysis';
import type { ReadState } from '../platform/messages';
import { TEST_BUILD } from './build-flags';

/**
 * Writes the panel contract onto the host element (documented in README, "Panel contract";
 * tests outside this repository rely on these exact attribute names). Test build only
 * (build-flags.ts): in the store build the host carries `data-cramp-check="panel"` and nothing
 * else, because the page's own scripts can read every attribute.
 */
export function writeReadAttributes(host: HTMLElement, draft: ActivityDraft, state: ReadState): void {
  if (!TEST_BUILD) return;
  const integer = (value: number | undefined) => (value === undefined ? undefined : String(Math.round(value)));
  const attributes: Record<string, string | undefined> = {
    'data-sport': draft.sport,
    'data-moving-s': integer(draft.movingS),
    'data-elapsed-s': integer(draft.elapsedS),
    'data-distance-m': integer(draft.distanceM),
    'data-temperature-c': draft.temperatureC === undefined ? undefined : String(draft.temperatureC),
    'data-temperature-source': draft.temperatureC === undefined ? undefined : draft.temperatureSource,
    'data-humidity-pct': integer(draft.humidityPct),
    'data-state': state,
  };
  setAll(host, attributes);
}

export function writeAnalysisAttributes(host: HTMLElement, analysis: Analysis | null): void {
  if (!TEST_BUILD) return;
  const e = analysis?.estimates;
  setAll(host, {
    'data-sweat-rate-lph': e ? e.sweatRateLph.value.toFixed(2) : undefined,
    'data-sweat-loss-ml': e ? String(Math.round(e.sweatLossMl.value)) : undefined,
    'data-sodium-loss-mg': e ? String(Math.round(e.sodiumLossMg.value)) : undefined,
    'data-risk': analysis?.crampRisk.level,
    'data-findings': analysis ? analysis.findings.map((f) => f.id).join(' ') : undefined,
  });
}

function setAll(host: HTMLElement, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) host.removeAttribute(name);
    else host.setAttribute(name, value);
  }
}
