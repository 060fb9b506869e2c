import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelProps } from '../../src/ui/Panel';
import { sampleAnalysis } from './analysis-sample';

let root: HTMLElement;

function show(props: Partial<PanelProps> = {}) {
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
  return all;
}

afterEach(() => root.remove());

const text = () => root.textContent ?? '';

describe('Panel', () => {
  it('leads with what was probably lacking, then the losses with their ranges', () => {
    show();
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Probably short on sodium and fluid');
    expect(text()).toContain('High cramp risk');
    expect(text()).toMatch(/Sweat loss≈ 2\.4 L/);
    expect(text()).toMatch(/1\.8 L–3 L/);
    expect(text()).toContain('Next time: Take 500 mg sodium per hour.');
    expect(root.querySelectorAll('.cc-finding')).toHaveLength(3);
  });

  it('says so when nothing was lacking', () => {
    show({
      analysis: sampleAnalysis({
        findings: [{ id: 'short-easy', severity: 'info', lacked: 'Nothing much.', nextTime: 'Carry on.', sources: [] }],
        crampRisk: { level: 'low', contributors: [] },
      }),
    });
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Nothing to worry about on this one');
  });

  it('collapses to its header and reports the toggle', () => {
    const props = show({ collapsed: true });
    expect(root.querySelector('.cc-body')).toBeNull();
    const toggle = root.querySelector<HTMLButtonElement>('.cc-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    act(() => toggle?.click());
    expect(props.onToggle).toHaveBeenCalledOnce();
  });

  it('offers manual entry for an unreadable page, and nothing else', () => {
    show({ state: 'unreadable', analysis: null, missingFields: ['movingS', 'distanceM', 'temperatureC', 'humidityPct'] });
    expect(text()).toContain("couldn't read this activity's stats");
    const labels = [...root.querySelectorAll('.cc-manual label span')].map((l) => l.textContent);
    expect(labels).toEqual(['Moving time (minutes)', 'Distance (km)', 'Temperature (°C)', 'Humidity (%)']);
  });

  it('sends the profile link for a missing profile field', () => {
    const props = show();
    const link = root.querySelector<HTMLButtonElement>('.cc-missing .cc-link');
    act(() => link?.click());
    expect(props.onOpenOptions).toHaveBeenCalledOnce();
  });

  it('renders page-derived and engine text as text, never as markup', () => {
    show({ error: '<img src=x onerror="alert(1)">' });
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('<img src=x onerror="alert(1)">');
  });
});

describe('Panel in German', () => {
  it('uses the German messages for its own words and German number formatting', async () => {
    const { fakeBrowser, messagesFor } = await import('../setup/fake-browser');
    fakeBrowser().i18n.getMessage = messagesFor('de');
    show({ locale: 'de' });
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Wahrscheinlich zu wenig Natrium und Flüssigkeit');
    expect(text()).toContain('Hohes Krampfrisiko');
    expect(text()).toContain('Schweißverlust≈ 2,4 L');
    expect(text()).toContain('Beim nächsten Mal:');
  });
});
