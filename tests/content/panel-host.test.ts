import { afterEach, describe, expect, it, vi } from 'vitest';
import { canMoveWithoutReload, ensurePanelHost, HOST_SELECTOR, parkPanelHost, releaseParkedHosts, removePanelHosts } from '../../src/content/panel-host';

type Moving = { moveBefore?: (node: Node, child: Node | null) => void };
const proto = Element.prototype as unknown as Moving;

function page() {
  document.body.innerHTML = '<div id="stats"></div><div id="after"></div>';
  return { parent: document.body, before: document.getElementById('after') };
}

describe('panel host', () => {
  it('creates one host with an open shadow root and its own stylesheet, at the mount point', () => {
    const mount = page();
    const { host, container } = ensurePanelHost(document, mount, '.cc-panel {}');
    expect(host.getAttribute('data-cramp-check')).toBe('panel');
    expect(host.shadowRoot?.mode).toBe('open');
    expect(host.shadowRoot?.querySelector('style')?.textContent).toContain('.cc-panel');
    expect(container.getRootNode()).toBe(host.shadowRoot);
    expect(host.nextElementSibling?.id).toBe('after');
  });

  it('reuses the host and removes extras, so there is only ever one panel', () => {
    const mount = page();
    const first = ensurePanelHost(document, mount, '.cc-panel {}').host;
    document.body.append(first.cloneNode());
    const second = ensurePanelHost(document, mount, '.cc-panel {}').host;
    expect(second).toBe(first);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    removePanelHosts(document);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
  });
});

/** A browser with `moveBefore`: the stand-in moves as insertBefore does, and records what it moved. */
function withMoveBefore(impl?: (this: Element, node: Node, child: Node | null) => void) {
  const moved = vi.fn(
    impl ??
      function (this: Element, node: Node, child: Node | null) {
        this.insertBefore(node, child);
      },
  );
  proto.moveBefore = moved;
  return moved;
}

afterEach(() => {
  delete proto.moveBefore;
  removePanelHosts(document);
});

describe('parked panel host', () => {
  it('without moveBefore nothing is parked: the host goes in at the mount point, as before', () => {
    expect(canMoveWithoutReload(document)).toBe(false);
    expect(parkPanelHost(document, '.cc-panel {}')).toBeNull();
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
    const { host } = ensurePanelHost(document, page(), '.cc-panel {}');
    expect(host.nextElementSibling?.id).toBe('after');
  });

  it('with moveBefore the host waits hidden at the end of the document, then moves (not re-inserted) into place and shows', () => {
    const moved = withMoveBefore();
    const insert = vi.spyOn(Element.prototype, 'insertBefore');
    const parked = parkPanelHost(document, '.cc-panel {}');
    expect(parked?.host.parentElement).toBe(document.documentElement);
    expect(parked?.host.shadowRoot?.innerHTML).toContain(':host { display: none !important; }');
    // Only one parked host per page.
    expect(parkPanelHost(document, '.cc-panel {}')).toBeNull();
    insert.mockClear();
    const placed = ensurePanelHost(document, page(), '.cc-panel {}');
    expect(placed.host).toBe(parked?.host);
    expect(placed.container).toBe(parked?.container);
    expect(moved).toHaveBeenCalledTimes(1);
    expect(moved.mock.calls[0]?.[0]).toBe(placed.host);
    // The stand-in's own insertBefore is the move; nothing else inserted the host.
    expect(insert).toHaveBeenCalledTimes(1);
    expect(placed.host.nextElementSibling?.id).toBe('after');
    expect(placed.host.shadowRoot?.innerHTML).not.toContain('display: none');
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
    insert.mockRestore();
  });

  it('releasing parked hosts removes a host still parked, never one already placed', () => {
    withMoveBefore();
    parkPanelHost(document, '.cc-panel {}');
    releaseParkedHosts(document);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(0);
    parkPanelHost(document, '.cc-panel {}');
    const placed = ensurePanelHost(document, page(), '.cc-panel {}');
    releaseParkedHosts(document);
    expect(placed.host.isConnected).toBe(true);
    expect(document.querySelectorAll(HOST_SELECTOR)).toHaveLength(1);
  });

  it('a move the browser refuses still places the host, by an ordinary insert', () => {
    withMoveBefore(() => {
      throw new DOMException('refused', 'HierarchyRequestError');
    });
    const parked = parkPanelHost(document, '.cc-panel {}');
    const placed = ensurePanelHost(document, page(), '.cc-panel {}');
    expect(placed.host).toBe(parked?.host);
    expect(placed.host.nextElementSibling?.id).toBe('after');
    expect(placed.host.shadowRoot?.innerHTML).not.toContain('display: none');
  });
});
