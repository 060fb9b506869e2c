import { afterEach, describe, expect, it } from 'vitest';
import { pageColorScheme } from '../../src/content/page-scheme';

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
afterEach(() => page(null));

describe('the page colour scheme the panel follows', () => {
  it.each([
    ['light', '', 'light'],
    ['dark', '', 'dark'],
    ['only dark', '', 'dark'],
    // A page that follows the system leaves the panel to follow it too.
    ['light dark', '', null],
    // Nothing declared: the browser draws the page light (Strava's pages declare nothing).
    [null, '', 'light'],
    [null, 'background-color: rgb(255, 255, 255)', 'light'],
    // Nothing declared, but the page paints itself dark.
    [null, 'background-color: rgb(18, 18, 20)', 'dark'],
    [null, 'background-color: rgba(0, 0, 0, 0)', 'light'],
  ] as const)('declared %s, body %s → %s', (declared, style, scheme) => {
    expect(pageColorScheme(page(declared, style))).toBe(scheme);
  });
});
