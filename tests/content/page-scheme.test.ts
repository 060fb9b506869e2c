import { afterEach, describe, expect, it } from 'vitest';
import { pageColorScheme } from '../../src/content/page-scheme';

/** The test's own document (a page with a window, for computed styles), set up as the page. */
function page(head: string, bodyStyle = ''): Document {
  document.head.innerHTML = head;
  document.body.setAttribute('style', bodyStyle);
  return document;
}
afterEach(() => page(''));

describe('the page colour scheme the panel follows', () => {
  it.each([
    ['<meta name="color-scheme" content="light">', '', 'light'],
    ['<meta name="color-scheme" content="dark">', '', 'dark'],
    ['<meta name="color-scheme" content="only dark">', '', 'dark'],
    // A page that follows the system leaves the panel to follow it too.
    ['<meta name="color-scheme" content="light dark">', '', null],
    // Nothing declared: the browser draws the page light (Strava's pages declare nothing).
    ['', '', 'light'],
    ['', 'background-color: rgb(255, 255, 255)', 'light'],
    // Nothing declared, but the page paints itself dark.
    ['', 'background-color: rgb(18, 18, 20)', 'dark'],
    ['', 'background-color: rgba(0, 0, 0, 0)', 'light'],
  ] as const)('%s %s → %s', (head, style, scheme) => {
    expect(pageColorScheme(page(head, style))).toBe(scheme);
  });
});
