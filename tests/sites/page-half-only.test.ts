/**
 * Each content script bundles its own site's page half only (issue 13.1): on the module graph the
 * bundler resolves (tests/architecture/module-graph.ts), nothing reachable from
 * src/content/entries/<site>.ts is a background half, a reader that belongs in the background, the
 * site list (which holds every background half) or another site's folder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { contentEntryOf, SITES } from '../../src/sites/index';
import { type Graph, moduleGraph, reachable } from '../architecture/module-graph';

let graph: Graph;
beforeAll(async () => {
  graph = await moduleGraph();
}, 60_000);

/** Background-only modules: interpretation, JSON reading, plausibility, the shared parsers. */
const BACKGROUND_ONLY =
  /^src\/sites\/(index\.ts|\w+\/(background|interpret|from-json|training-log|page-view|next|classic|public|reading-shape|sport|columns|rows)\.ts|shared\/(labels|numbers|units|dates|sports|durations|stat-values|draft|json-draft|future|quantity)\.ts)$|^src\/core\/(zod|plausibility|index|analyze)\.ts$/;

describe.each(SITES.map((s) => [s.meta.id] as const))('the %s content script', (id) => {
  it('reaches its page half and none of the background’s reading code or another site', () => {
    const bundled = [...reachable(graph, contentEntryOf(id))];
    expect(bundled).toContain(`src/sites/${id}/page.ts`);
    expect(bundled.filter((f) => BACKGROUND_ONLY.test(f))).toEqual([]);
    expect(bundled.filter((f) => f.startsWith('src/sites/') && !f.startsWith(`src/sites/${id}/`) && !f.startsWith('src/sites/shared/') && f !== 'src/sites/types.ts')).toEqual([]);
  });
});

it('the check can fail: the Strava background half, had the entry imported it, is caught', async () => {
  const entry = contentEntryOf('strava');
  const planted = await moduleGraph({ [entry]: `import { stravaSite } from '../../sites/strava/index';\nvoid stravaSite;\n` });
  const bundled = [...reachable(planted, entry)];
  expect(bundled.filter((f) => BACKGROUND_ONLY.test(f)).length).toBeGreaterThan(0);
}, 60_000);
