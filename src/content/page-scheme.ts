/**
 * The colour scheme the panel is drawn in: the page's, so the panel matches it rather than the
 * system (a dark box on Strava's white page reads as a foreign object). A page that declares no
 * scheme is drawn light by the browser (CSS Color Adjustment: `normal` means light only), unless it
 * paints its own dark background; a page that declares both follows the system, and so does the
 * panel. Always one of the two, so the panel's sheet writes its dark colours once (ui/panel.css).
 */
export type PageScheme = 'light' | 'dark';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

function declared(doc: Document): string {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="color-scheme" i]')?.content.trim();
  if (meta) return meta.toLowerCase();
  const view = doc.defaultView;
  return view ? view.getComputedStyle(doc.documentElement).getPropertyValue('color-scheme').trim().toLowerCase() : '';
}

/** The relative luminance of an opaque `rgb(…)` background, else null (transparent or unparsed). */
function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m || (m[4] !== undefined && Number.parseFloat(m[4]) < 1)) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function paintedDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const l = luminance(view.getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.4;
  }
  return false;
}

export function pageColorScheme(doc: Document): PageScheme {
  const words = new Set(declared(doc).split(/\s+/).filter((w) => w === 'light' || w === 'dark'));
  if (words.size === 2) return doc.defaultView?.matchMedia?.(SYSTEM_DARK).matches ? 'dark' : 'light';
  if (words.has('dark')) return 'dark';
  if (words.has('light')) return 'light';
  return paintedDark(doc) ? 'dark' : 'light';
}

/** Calls `listener` when the system switches between light and dark (a page that declares both follows it), until `signal` aborts. */
export function onSystemSchemeChange(doc: Document, listener: () => void, signal: AbortSignal): void {
  doc.defaultView?.matchMedia?.(SYSTEM_DARK).addEventListener('change', listener, { signal });
}
