import type { FindingDefinition } from './define';
import { crampHistory } from './cramp-history';
import { distanceSpike } from './distance-spike';
import { fluidDeficit } from './fluid-deficit';
import { fuelGap } from './fuel-gap';
import { heat } from './heat';
import { loadTrend } from './load-trend';
import { overdrinkingRisk } from './overdrinking-risk';
import { ownPattern } from './own-pattern';
import { paceSpike } from './pace-spike';
import { race } from './race';
import { shortEasy } from './short-easy';
import { sodiumDeficit } from './sodium-deficit';

/**
 * Every finding the engine knows, one line each (docs/design.md, "How to add a finding"). The ids,
 * the order the rules run in, the risk weights and the contributors' order all come from here.
 */
const DECLARED = [
  crampHistory,
  distanceSpike,
  fluidDeficit,
  fuelGap,
  heat,
  loadTrend,
  overdrinkingRisk,
  ownPattern,
  paceSpike,
  race,
  shortEasy,
  sodiumDeficit,
] as const;

type DeclaredId = (typeof DECLARED)[number]['id'];
/** The findings in rule order: the order they run in and are listed. */
export const FINDINGS: readonly FindingDefinition<DeclaredId>[] = [...DECLARED].sort((a, b) => a.order.rule - b.order.rule);
/** The findings that count towards cramp risk, strongest first (the risk summary's order). */
export const CONTRIBUTORS: readonly FindingDefinition<DeclaredId>[] = DECLARED.filter((f) => f.order.contributor !== undefined).sort(
  (a, b) => (a.order.contributor ?? 0) - (b.order.contributor ?? 0),
);
export const findingIds = (): [DeclaredId, ...DeclaredId[]] => FINDINGS.map((f) => f.id) as [DeclaredId, ...DeclaredId[]];
