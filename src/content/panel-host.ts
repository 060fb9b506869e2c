import panelCss from '../ui/panel.css?inline';
import type { MountPoint } from '../sites/types';

export const HOST_SELECTOR = '[data-cramp-check="panel"]';

export interface PanelHost {
  host: HTMLElement;
  /** Where Preact renders, inside the open shadow root. */
  container: HTMLElement;
}

/**
 * Places exactly one panel host at the mount point, reusing an existing one so re-extraction
 * never stacks panels. The shadow root is open (the panel contract promises it) and holds
 * its own stylesheet, so the page's CSS cannot leak in.
 */
export function ensurePanelHost(doc: Document, mount: MountPoint): PanelHost {
  const existing = [...doc.querySelectorAll<HTMLElement>(HOST_SELECTOR)];
  for (const extra of existing.slice(1)) extra.remove();
  const host = existing[0] ?? createHost(doc);
  const alreadyPlaced = host.parentElement === mount.parent && (mount.before === null || host.nextSibling === mount.before);
  if (!alreadyPlaced) mount.parent.insertBefore(host, mount.before);
  const container = host.shadowRoot?.querySelector<HTMLElement>('.cc-root');
  if (!container) throw new Error('panel host lost its shadow root');
  return { host, container };
}

function createHost(doc: Document): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute('data-cramp-check', 'panel');
  // The host lives in the page's DOM, so page rules can match it; an inline !important display
  // wins over any page stylesheet. Inside, the shadow root's own sheet (:host { all: initial })
  // stops inherited styles, and no page selector reaches the panel's elements.
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = panelCss;
  const container = doc.createElement('div');
  container.className = 'cc-root';
  shadow.append(style, container);
  return host;
}

export function removePanelHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_SELECTOR)) host.remove();
}
