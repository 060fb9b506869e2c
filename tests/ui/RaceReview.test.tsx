import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlannedRace } from '../../src/core/race/review';
import { Panel, type PanelProps } from '../../src/ui/Panel';
import { fakeBrowser, messagesFor } from '../setup/fake-browser';
import { sampleAnalysis } from './analysis-sample';

const race: PlannedRace = {
  name: 'Lower Manhattan 15K',
  goalTimeS: 4800,
  distanceM: 15_000,
  legs: [
    { fromM: 0, toM: 7500, startS: 0, endS: 2400 },
    { fromM: 7500, toM: 15_000, startS: 2400, endS: 4800 },
  ],
  totals: { fluidMl: 600, sodiumMg: 400, carbsG: 60 },
};

let root: HTMLElement;
function show(props: Partial<PanelProps>) {
  root = document.createElement('div');
  document.body.append(root);
  const all: PanelProps = {
    state: 'ready',
    analysis: sampleAnalysis(),
    pending: false,
    error: null,
    missingFields: [],
    units: 'metric',
    locale: 'en',
    collapsed: false,
    onToggle: vi.fn(),
    onManualEntry: vi.fn(),
    onManualInvalid: vi.fn(),
    onOpenOptions: vi.fn(),
    ...props,
  };
  act(() => render(<Panel {...all} />, root));
}
afterEach(() => root.remove());
const section = () => root.querySelector('.cc-race-review')?.textContent ?? '';

describe('the panel after a race', () => {
  it('one short section: the total time against the goal (no splits on the page) and a prompt to log intake', () => {
    show({ race, span: { elapsedS: 5100, movingS: 5000 } });
    expect(section()).toContain('Your race: Lower Manhattan 15K');
    expect(section()).toContain('Goal 1 h 20 min; you took 1 h 25 min, 5 min more.');
    expect(section()).toContain('The page shows no splits, so only the total time is compared.');
    expect(section()).toContain('Log what you took below to compare it with the plan.');
  });

  it('what was logged, against the plan; a faster finish says less', () => {
    show({ race, span: { elapsedS: 4500 }, intake: { fluidMl: 450, carbsG: 75 } });
    expect(section()).toContain('Goal 1 h 20 min; you took 1 h 15 min, 5 min less.');
    expect(section()).toContain('Planned against logged: fluid 600 mL / 450 mL, carbohydrate 60 g / 75 g, sodium 400 mg / —.');
  });

  it('no section for an activity that is no saved race', () => {
    show({ span: { elapsedS: 5100 } });
    expect(root.querySelector('.cc-race-review')).toBeNull();
  });

  it.each([
    ['de', 'Dein Rennen: Lower Manhattan 15K', 'Ziel 1 h 20 min; du hast 1 h 25 min gebraucht, 5 min länger.'],
    ['fr', 'Votre course : Lower Manhattan 15K', 'Objectif 1 h 20 min ; vous avez mis 1 h 25 min, soit 5 min de plus.'],
  ])('in %s', (language, heading, time) => {
    fakeBrowser().i18n.getMessage = messagesFor(language);
    show({ race, span: { elapsedS: 5100 }, locale: language });
    expect(section()).toContain(heading);
    expect(section()).toContain(time);
  });
});
