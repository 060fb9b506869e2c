import { browser, type Runtime } from './browser';
import { CONTENT_PORT_PREFIX, FRAME_PORT_PREFIX, PANEL_PAGE } from './panel-port';

/** A port from this extension's panel page, framed inside a tab (not the top frame). Its address may use Chrome's dynamic id. */
function fromPanelFrame(port: Runtime.Port): number | null {
  const sender = port.sender;
  const url = sender?.url && URL.canParse(sender.url) ? new URL(sender.url) : null;
  const ownPage = url !== null && ['chrome-extension:', 'moz-extension:'].includes(url.protocol) && url.pathname === `/${PANEL_PAGE}`;
  if (!ownPage || sender?.id !== browser.runtime.id || sender.frameId === 0 || sender.tab?.id === undefined) return null;
  return sender.tab.id;
}

/**
 * Background side: joins each panel frame's port to the content script in the top frame of the
 * same tab, under the same id (panel-port.ts), and passes messages both ways untouched. Either side
 * closing closes the other.
 */
export function relayPanelPorts(): void {
  browser.runtime.onConnect.addListener((frame) => {
    if (!frame.name.startsWith(FRAME_PORT_PREFIX)) return;
    const tabId = fromPanelFrame(frame);
    if (tabId === null) {
      frame.disconnect();
      return;
    }
    const id = frame.name.slice(FRAME_PORT_PREFIX.length);
    const content = browser.tabs.connect(tabId, { name: `${CONTENT_PORT_PREFIX}${id}`, frameId: 0 });
    frame.onMessage.addListener((message) => content.postMessage(message));
    content.onMessage.addListener((message) => frame.postMessage(message));
    frame.onDisconnect.addListener(() => content.disconnect());
    content.onDisconnect.addListener(() => frame.disconnect());
  });
}
