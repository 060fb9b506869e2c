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
  it('labels even its most serious finding a possible contributor, never a likely one (issue 11.6: the evidence allows no more)', () => {
    show();
    const labels = [...root.querySelectorAll('.cc-severity')].map((el) => el.textContent ?? '');
    expect(root.querySelector('.cc-warning .cc-severity')?.textContent).toMatch(/^Possible contributor/);
    for (const label of labels) expect(label).not.toMatch(/likely|probabl/i);
  });

  it('leads with what may have contributed (never what was lacking), then the losses with their ranges', () => {
    show();
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Most serious: high heat stress (red flag). May have contributed: sodium lost in the heat and run longer than usual');
    expect(text()).toContain('High cramp risk');
    expect(text()).toMatch(/Sweat loss≈ 2\.4 L/);
    expect(text()).toMatch(/1\.8 L–3 L/);
    expect(text()).toContain('Next time: Take 500 mg sodium per hour.');
    expect(root.querySelectorAll('.cc-finding')).toHaveLength(3);
  });

  it('says so when nothing was lacking', () => {
    show({
      analysis: sampleAnalysis({
        findings: [{ id: 'short-easy', severity: 'info', contributed: 'Nothing much.', nextTime: 'Carry on.', sources: [] }],
        crampRisk: { level: 'low', contributors: [] },
        estimates: { ...sampleAnalysis().estimates, heatFlag: 'green', wbgtC: 15 },
      }),
    });
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Nothing to worry about on this one');
  });

  it('labels the heat flag a shade estimate unless the sun was counted', () => {
    const withFlag = (over: object) => sampleAnalysis({ estimates: { ...sampleAnalysis().estimates, heatFlag: 'red', wbgtC: 24, ...over } });
    show({ analysis: withFlag({}) });
    expect(text()).toContain('shade estimate: sun not counted');
    root.remove();
    show({ analysis: withFlag({ wbgtWithSun: true }) });
    expect(text()).toContain('WBGT in the sun');
    expect(text()).not.toContain('shade estimate');
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

describe('Panel: issue 11 surfaces', () => {
  const safety = [
    { id: 'hyponatremia-signs' as const, text: 'Low blood sodium: headache, confusion.', sources: ['Hew-Butler et al. 2015'] },
    { id: 'heat-illness-signs' as const, text: 'Heat illness: stop, cool, call.', sources: ['ACSM'] },
  ];

  it('shows safety notes apart from the advice, as text, before the findings', () => {
    show({ analysis: sampleAnalysis({ safety }) });
    const box = root.querySelector('.cc-safety');
    expect(box?.getAttribute('aria-label')).toBe('When to get help');
    expect([...(box?.querySelectorAll('li') ?? [])].map((li) => li.getAttribute('data-safety'))).toEqual(['hyponatremia-signs', 'heat-illness-signs']);
    expect(box?.textContent).toContain('Low blood sodium: headache, confusion.');
    // before the first finding in document order
    const first = root.querySelector('.cc-finding');
    expect(box && first && box.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows no safety box when there is nothing to say', () => {
    show();
    expect(root.querySelector('.cc-safety')).toBeNull();
  });

  it('words a thirst plan as a ceiling, without a sip schedule', () => {
    const base = sampleAnalysis();
    const heatOnly = base.findings.filter((f) => f.id === 'heat');
    show({ analysis: sampleAnalysis({ findings: heatOnly, plan: { ...base.plan, during: { ...base.plan.during, strategy: 'thirst', fluidMlPerH: 400, sipEveryMin: null, sipMl: null } } }) });
    const plan = root.querySelector('.cc-plan');
    expect(plan?.getAttribute('data-strategy')).toBe('thirst');
    expect(plan?.textContent).toBe('Next time: drink to thirst, at most 400 mL per hour; up to 500 mg sodium per hour; about 60 g carbohydrate per hour');
  });

  it('shows a sip schedule only for the schedule strategy', () => {
    show({ analysis: sampleAnalysis({ findings: sampleAnalysis().findings.filter((f) => f.id === 'heat') }) });
    expect(root.querySelector('.cc-plan')?.textContent).toContain('drink 150 mL every 15 min (600 mL per hour)');
  });

  it('puts what does not help (magnesium, drinking beyond thirst) in the sources section', () => {
    show();
    const why = root.querySelector('.cc-why');
    expect(why?.querySelector('.cc-not-help')?.textContent).toMatch(/magnesium does not prevent exercise cramps.*drinking beyond thirst/);
  });
});

describe('Panel in German', () => {
  it('uses the German messages for its own words and German number formatting', async () => {
    const { fakeBrowser, messagesFor } = await import('../setup/fake-browser');
    fakeBrowser().i18n.getMessage = messagesFor('de');
    show({ locale: 'de' });
    expect(root.querySelector('.cc-headline')?.textContent).toBe('Am wichtigsten: hohe Hitzebelastung (Flagge rot). Könnte beigetragen haben: sodium lost in the heat und run longer than usual');
    expect(text()).toContain('Hohes Krampfrisiko');
    expect(text()).toContain('Schweißverlust≈ 2,4 L');
    expect(text()).toContain('Beim nächsten Mal:');
  });
});
