import type { MountPoint } from '../sites/types';
import { TEST_BUILD } from './build-flags';

export const HOST_SELECTOR = '[data-cramp-check="panel"]';

export interface PanelHost {
  host: HTMLElement;
  /** Where the panel (test build) or its frame (store build) goes, inside the shadow root. */
  container: HTMLElement;
}

/**
 * Our hosts and their shadow roots. In the store build the root is CLOSED: `host.shadowRoot` is
 * null for the page's scripts (and for ours), so only this map reaches the panel. An element the
 * page planted with our selector is not in it, and is removed.
 */
const roots = new WeakMap<HTMLElement, ShadowRoot>();

/**
 * Places exactly one panel host at the mount point, reusing ours so re-extraction never stacks
 * panels. The shadow root holds its own stylesheet (`css`), so the page's CSS cannot leak in; it
 * is open only in the test build (the panel contract, build-flags.ts).
 */
export function ensurePanelHost(doc: Document, mount: MountPoint, css: string): PanelHost {
  const existing = [...doc.querySelectorAll<HTMLElement>(HOST_SELECTOR)];
  const ours = existing.find((el) => roots.has(el));
  for (const other of existing) if (other !== ours) other.remove();
  const host = ours ?? createHost(doc, css);
  // A mount point found after the host went in may name the host itself as `before`. Moving a
  // placed host would reload the store build's panel frame, so it moves only when misplaced.
  const alreadyPlaced = host.parentElement === mount.parent && (mount.before === null || mount.before === host || host.nextSibling === mount.before);
  if (!alreadyPlaced) mount.parent.insertBefore(host, mount.before);
  const container = roots.get(host)?.querySelector<HTMLElement>('.cc-root');
  if (!container) throw new Error('panel host lost its shadow root');
  return { host, container };
}

/** Events a page script synthesised (`isTrusted` false) never reach the panel's controls. */
const GUARDED_EVENTS = ['click', 'input', 'change', 'submit', 'keydown', 'keyup', 'pointerdown', 'mousedown'];

function ignoreSynthesised(event: Event): void {
  // Real browsers always set isTrusted; only a script's dispatchEvent/click() gives false.
  if (event.isTrusted === false) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}

function createHost(doc: Document, css: string): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute('data-cramp-check', 'panel');
  // The host lives in the page's DOM, so page rules can match it; an inline !important display
  // wins over any page stylesheet. Inside, the shadow root's own sheet (:host { all: initial })
  // stops inherited styles, and no page selector reaches the panel's elements.
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  roots.set(host, shadow);
  // Capture on the root runs before any control's own listener.
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, ignoreSynthesised, { capture: true });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'cc-root';
  shadow.append(style, container);
  return host;
}

export function removePanelHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_SELECTOR)) host.remove();
}
