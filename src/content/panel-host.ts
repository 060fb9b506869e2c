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
/** The sheet that hides a parked host until it is placed. */
const parkedSheets = new WeakMap<HTMLElement, HTMLStyleElement>();

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
  if (!alreadyPlaced) place(host, mount);
  // A parked host (parkPanelHost) shows from here on, in its place.
  parkedSheets.get(host)?.remove();
  parkedSheets.delete(host);
  const container = roots.get(host)?.querySelector<HTMLElement>('.cc-root');
  if (!container) throw new Error('panel host lost its shadow root');
  return { host, container };
}

type MovingParent = Element & { moveBefore?: (node: Node, child: Node | null) => void };

/** Whether this browser moves a node without reloading the frames in it (`moveBefore`). */
export function canMoveWithoutReload(doc: Document): boolean {
  return typeof (doc.documentElement as MovingParent | null)?.moveBefore === 'function';
}

/**
 * Moves a host that is already in the document with `moveBefore` where the browser has it: a
 * frame moved that way keeps its loaded page, where `insertBefore` would reload it.
 */
function place(host: HTMLElement, mount: MountPoint): void {
  const parent = mount.parent as MovingParent;
  if (host.isConnected && parent.isConnected && typeof parent.moveBefore === 'function') {
    try {
      parent.moveBefore(host, mount.before);
      return;
    } catch {
      // Refused (another document, say): an ordinary insert, which reloads a frame, still places it.
    }
  }
  parent.insertBefore(host, mount.before);
}

/**
 * A hidden host at the end of the document, before the page has a place for the panel: the store
 * build starts loading its frame there, and `ensurePanelHost` moves it into place (without reloading
 * it) once the mount point is found. Only where the browser can move it so; otherwise null.
 */
export function parkPanelHost(doc: Document, css: string): PanelHost | null {
  if (!canMoveWithoutReload(doc) || !doc.documentElement) return null;
  for (const host of doc.querySelectorAll<HTMLElement>(HOST_SELECTOR)) if (roots.has(host)) return null;
  const host = createHost(doc, css);
  const shadow = roots.get(host);
  const container = shadow?.querySelector<HTMLElement>('.cc-root');
  if (!shadow || !container) return null;
  // Out of the page's layout and of the runner's sight until placed; a frame in it still loads.
  // In the shadow root's own sheet, after `css`: an important :host rule there beats any outside it.
  const parked = doc.createElement('style');
  parked.textContent = ':host { display: none !important; }';
  shadow.append(parked);
  parkedSheets.set(host, parked);
  doc.documentElement.append(host);
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

/**
 * Lets go of a host still parked (parkPanelHost) when the page turned out to have no place for the
 * panel: its hidden frame is not kept loaded for nothing. A place found later gets a new host.
 */
export function releaseParkedHosts(doc: Document): void {
  for (const host of doc.querySelectorAll<HTMLElement>(HOST_SELECTOR)) if (parkedSheets.has(host)) host.remove();
}

export function removePanelHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(HOST_SELECTOR)) host.remove();
}
