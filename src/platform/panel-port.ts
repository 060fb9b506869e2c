/**
 * The private line between a content script and its panel frame (src/panel): extension ports, so
 * nothing the panel shows or the runner types there passes through the page's window (postMessage)
 * where the page's scripts could listen. The content script puts a random id in the frame's
 * address; the frame connects to the background under that id, and the background joins it to the
 * content script in the top frame of the frame's own tab (Firefox gives a frame inside a web page
 * no `tabs` to reach it directly). Pages cannot open extension ports. No polyfill on either end.
 */
import { type NativePort, nativeApi } from './native';

/** The panel frame's page: web-accessible to the sites only, under Chrome's per-session dynamic id. */
export const PANEL_PAGE = 'src/panel/index.html';
/** Background → content script, and frame → background. */
export const CONTENT_PORT_PREFIX = 'cramp-check-panel:';
export const FRAME_PORT_PREFIX = 'cramp-check-panel-frame:';

export type { NativePort };

/**
 * Content script side: the address of a new panel frame. `onPort` is called with each port joined
 * to that frame (again after a reload or a restarted background); `stop` forgets the frame.
 */
export function panelFrameAddress(onPort: (port: NativePort) => void): { src: string; stop: () => void } {
  const api = nativeApi();
  const id = crypto.randomUUID();
  const listener = (port: NativePort) => {
    if (port.name === `${CONTENT_PORT_PREFIX}${id}` && port.sender?.id === api.runtime.id) onPort(port);
  };
  api.runtime.onConnect.addListener(listener);
  return { src: `${api.runtime.getURL(PANEL_PAGE)}#${id}`, stop: () => api.runtime.onConnect.removeListener(listener) };
}

/** Frame side: a port to the content script of its tab, through the background, under the id in its own address. */
export function connectToContentScript(address: string): NativePort {
  return nativeApi().runtime.connect({ name: `${FRAME_PORT_PREFIX}${new URL(address).hash.slice(1)}` });
}
