// The panel frame (the store build's panel, src/content/panel-frame.ts): draws the view its own
// content script sends over extension ports (platform/panel-port.ts), sends back the runner's
// actions and its height.
import { render } from 'preact';
import { t, uiLanguage } from '../platform/i18n';
import { connectToContentScript } from '../platform/panel-port';
import panelCss from '../ui/panel.css?inline';
import { type PanelEvent, type PanelView, PanelFromView } from '../ui/panel-view';

// The frame's document speaks the runner's language, as the panel's words do (screen readers pick the voice from it).
document.documentElement.lang = uiLanguage();
document.title = t('panelFrameTitle');

const host = document.getElementById('panel') as HTMLElement;
// The same shadow root and sheet as the panel had in the page, so it looks the same.
const shadow = host.attachShadow({ mode: 'open' });
const style = document.createElement('style');
style.textContent = panelCss;
const container = document.createElement('div');
container.className = 'cc-root';
shadow.append(style, container);

/** Sends the page this frame's height, and nothing else (the content script sizes the box). */
const height = () => document.body.getBoundingClientRect().height;
let sendHeight: (px: number) => void = () => undefined;
new ResizeObserver(() => sendHeight(height())).observe(document.body);

/** One port at a time; when the background stops (MV3 workers do), the frame connects again. */
function connect(): void {
  const port = connectToContentScript(location.href);
  const emit = (event: PanelEvent) => port.postMessage(event);
  port.onMessage.addListener((message) => {
    const m = message as { type?: unknown; view?: PanelView } | null;
    if (m?.type !== 'view' || !m.view) return;
    render(<PanelFromView view={m.view} emit={emit} />, container);
    // At once, not only from the observer: a frame with no height yet is not rendered, so its observer would wait.
    sendHeight(height());
  });
  port.onDisconnect.addListener(() => setTimeout(connect, 1000));
  // A frame still parked out of the page's layout (content/panel-host.ts) has no width, and its
  // height then would be the panel's at zero width: it waits until placed, when the observer fires.
  sendHeight = (px) => {
    if (innerWidth > 0) port.postMessage({ type: 'height', px });
  };
  sendHeight(height());
}
connect();
