/**
 * The store build's panel: an extension page in a frame (src/panel), in the host's closed shadow
 * root. The page's scripts see a box of some height and nothing of what it shows: its text is not
 * in the page's document (window.find, selection and copy), its inputs' keys stay in the frame,
 * and the page's @font-face rules do not apply there. The view goes to the frame over an extension
 * port (platform/panel-port.ts), never through the page's window; the frame answers with the
 * runner's actions and its height.
 */
import { t } from '../platform/i18n';
import { type NativePort, panelFrameAddress } from '../platform/panel-port';
import type { MountPoint } from '../sites/types';
import type { PanelEvent, PanelView } from '../ui/panel-view';
import { ensurePanelHost, parkPanelHost } from './panel-host';

/** The frame box only; the panel's own sheet lives in the frame. `light dark` lets the frame follow the browser's theme, as the panel did in the page. */
const FRAME_CSS = ':host { all: initial !important; display: block !important; } iframe { display: block; width: 100%; height: 0; border: 0; color-scheme: light dark; }';

interface Framed {
  port: NativePort | null;
  view: PanelView | null;
  emit: (event: PanelEvent) => void;
}

const framedPanels = new WeakMap<HTMLElement, Framed>();

const EVENT_TYPES = new Set<PanelEvent['type']>(['toggle', 'manual-entry', 'manual-invalid', 'open-options', 'log-cramp', 'log-intake', 'plan-course']);

function openFrame(doc: Document, container: HTMLElement): Framed {
  const framed: Framed = { port: null, view: null, emit: () => undefined };
  const frame = doc.createElement('iframe');
  // The frame opens a port once its page has loaded (again after the host moved, which reloads a frame).
  const address = panelFrameAddress((port) => {
    if (!frame.isConnected) {
      // This frame's panel was removed (another route, the site switched off): forget it.
      address.stop();
      port.disconnect();
      return;
    }
    framed.port = port;
    port.onMessage.addListener((message) => {
      const m = message as { type?: unknown; px?: unknown } | null;
      if (m?.type === 'height' && typeof m.px === 'number' && Number.isFinite(m.px)) frame.style.height = `${Math.max(0, Math.ceil(m.px))}px`;
      else if (typeof m?.type === 'string' && EVENT_TYPES.has(m.type as PanelEvent['type'])) framed.emit(m as PanelEvent);
    });
    port.onDisconnect.addListener(() => {
      if (framed.port === port) framed.port = null;
    });
    if (framed.view) port.postMessage({ type: 'view', view: framed.view });
  });
  // What a screen reader announces as focus enters the frame, in the runner's language.
  frame.title = t('panelFrameTitle');
  frame.src = address.src;
  container.append(frame);
  return framed;
}

export function showFramedPanel(doc: Document, mount: MountPoint, view: PanelView, emit: (event: PanelEvent) => void): HTMLElement {
  const { host, container } = ensurePanelHost(doc, mount, FRAME_CSS);
  const framed = framedPanels.get(host) ?? openFrame(doc, container);
  framedPanels.set(host, framed);
  Object.assign(framed, { view, emit });
  framed.port?.postMessage({ type: 'view', view });
  return host;
}

/**
 * Starts loading the panel's frame before the page has a place for it, where the browser can move
 * it there later without reloading it (panel-host.ts): the frame's page then loads while the page
 * parses, instead of after. Elsewhere nothing happens and the frame loads once placed.
 */
export function parkFramedPanel(doc: Document): void {
  const parked = parkPanelHost(doc, FRAME_CSS);
  if (parked) framedPanels.set(parked.host, openFrame(doc, parked.container));
}
