// A panel that speaks only where something matters: "negligible" for amounts below the rounding
// step, each piece of advice once, one profile prompt, values never broken from their units.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../src/core/activity';
import { analyze } from '../../src/core/analyze';
import { Panel } from '../../src/ui/Panel';
import { VALUE_WITH_UNIT } from '../../src/ui/unbroken';

let root: HTMLElement;
afterEach(() => root.remove());

const NOW = new Date('2026-12-06T12:00:00Z');
const WALK: Activity = { source: 'strava', sport: 'walk', movingS: 430, distanceM: 407.5, elevationGainM: 0 };
const HOT_RUN: Activity = { source: 'strava', sport: 'run', movingS: 53 * 60, distanceM: 10_000, temperatureC: 32, humidityPct: 60 };
const LONG_RIDE: Activity = { source: 'strava', sport: 'ride', movingS: 5.6 * 3600, distanceM: 150_000, temperatureC: 15, humidityPct: 50 };

function show(activity: Activity) {
  root = document.createElement('div');
  document.body.append(root);
  const onOpenOptions = vi.fn();
  const analysis = analyze(activity, { units: 'metric' }, [], NOW);
  act(() =>
    render(
      <Panel state="ready" analysis={analysis} pending={false} error={null} missingFields={[]} units="metric" locale="en" collapsed={false} onToggle={vi.fn()} onManualEntry={vi.fn()} onManualInvalid={vi.fn()} onOpenOptions={onOpenOptions} onLogCramp={vi.fn()} />,
      root,
    ),
  );
  return { onOpenOptions };
}

const text = () => root.textContent ?? '';
const count = (needle: RegExp) => text().match(new RegExp(needle, 'gi'))?.length ?? 0;

describe('a quiet panel', () => {
  it('says "negligible" where an amount rounds to nothing, never "≈ 0"', () => {
    show(WALK);
    const estimates = root.querySelector('.cc-estimates')?.textContent ?? '';
    expect(estimates).not.toMatch(/≈\s*0\s*m[Lg]/);
    expect(estimates).toMatch(/Sweat loss\s*negligible/);
    expect(estimates).toMatch(/Sodium loss\s*negligible/);
  });

  it('says "nothing to worry about" once on a short walk', () => {
    show(WALK);
    expect(count(/nothing to worry about/)).toBe(1);
    expect(count(/no drinks/)).toBe(1);
  });

  it.each([
    ['a hot 53-min run', HOT_RUN, /250 mL every 15 min/],
    ['a long ride with a thirst plan', LONG_RIDE, /sodium per hour/],
  ])('says each drinking advice once on %s', (_, activity, advice) => {
    show(activity);
    expect(count(advice)).toBe(1);
  });

  it('collapses the profile prompts into one line with one link to the options', () => {
    const { onOpenOptions } = show(WALK);
    const prompts = [...root.querySelectorAll('.cc-missing li')].filter((li) => /profile/i.test(li.textContent ?? ''));
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.textContent).toBe('Amounts assume a typical runner. Add to your profile: body mass, height and a weighed run');
    const links = root.querySelectorAll('.cc-missing button');
    expect(links).toHaveLength(1);
    act(() => (links[0] as HTMLButtonElement).click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it.each([
    ['walk', WALK],
    ['hot run', HOT_RUN],
    ['long ride', LONG_RIDE],
  ])('never lets a value break from its unit (%s)', (_, activity) => {
    show(activity);
    act(() => root.querySelector('details')?.setAttribute('open', ''));
    const loose: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.cc-nb')) continue;
      for (const match of (node.textContent ?? '').matchAll(VALUE_WITH_UNIT)) loose.push(match[0]);
    }
    expect(loose).toEqual([]);
    // The values are there, each inside one unbreakable span.
    expect(root.querySelectorAll('.cc-nb').length).toBeGreaterThan(3);
  });
});
