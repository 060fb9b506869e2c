import { render } from 'preact';
import type { MountPoint } from '../sites/types';
import panelCss from '../ui/panel.css?inline';
import { type PanelEvent, type PanelView, PanelFromView } from '../ui/panel-view';
import { ensurePanelHost } from './panel-host';

/**
 * The test build's panel: drawn in the page, in an open shadow root, so real-browser tests and
 * tests outside this repository read it (README, "Panel contract"). The store build draws the
 * same view in the extension's own frame instead (panel-frame.ts).
 */
export function showInlinePanel(doc: Document, mount: MountPoint, view: PanelView, emit: (event: PanelEvent) => void): HTMLElement {
  const { host, container } = ensurePanelHost(doc, mount, panelCss);
  render(<PanelFromView view={view} emit={emit} />, container);
  return host;
}
