import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSystemSchemeChange, pageColorScheme } from '../../src/content/page-scheme';

/** The test's own document (a page with a window, for computed styles), set up as the page. */
function page(declared: string | null, bodyStyle = ''): Document {
  document.head.replaceChildren();
  if (declared !== null) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = declared;
    document.head.append(meta);
  }
  document.body.setAttribute('style', bodyStyle);
  return document;
}
afterEach(() => {
  page(null);
  vi.restoreAllMocks();
});

/** The system's scheme as the page's window reports it; returns the query list, to fire a change. */
function systemIs(scheme: 'light' | 'dark') {
  const list = Object.assign(new EventTarget(), { matches: scheme === 'dark', media: '(prefers-color-scheme: dark)' });
  vi.spyOn(window, 'matchMedia').mockImplementation((query) => {
    expect(query).toBe('(prefers-color-scheme: dark)');
    return list as unknown as MediaQueryList;
  });
  return list;
}

describe('the page colour scheme the panel follows', () => {
  it.each([
    ['light', '', 'light'],
    ['dark', '', 'dark'],
    ['only dark', '', 'dark'],
    // Nothing declared: the browser draws the page light (Strava's pages declare nothing).
    [null, '', 'light'],
    [null, 'background-color: rgb(255, 255, 255)', 'light'],
    // Nothing declared, but the page paints itself dark.
    [null, 'background-color: rgb(18, 18, 20)', 'dark'],
    [null, 'background-color: rgba(0, 0, 0, 0)', 'light'],
  ] as const)('declared %s, body %s → %s, whatever the system', (declared, style, scheme) => {
    for (const system of ['light', 'dark'] as const) {
      systemIs(system);
      expect(pageColorScheme(page(declared, style))).toBe(scheme);
    }
  });

  it.each(['light dark', 'dark light'])('a page that declares both (%s) follows the system, and so does the panel', (declared) => {
    systemIs('dark');
    expect(pageColorScheme(page(declared))).toBe('dark');
    systemIs('light');
    expect(pageColorScheme(page(declared))).toBe('light');
  });

  it("hears the system switch until the page's view ends", () => {
    const list = systemIs('light');
    const heard = vi.fn();
    const view = new AbortController();
    onSystemSchemeChange(page('light dark'), heard, view.signal);
    list.dispatchEvent(new Event('change'));
    expect(heard).toHaveBeenCalledTimes(1);
    view.abort();
    list.dispatchEvent(new Event('change'));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
