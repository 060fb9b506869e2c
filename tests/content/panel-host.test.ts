import { describe, expect, it } from 'vitest';
import { ensurePanelHost, HOST_SELECTOR, removePanelHosts } from '../../src/content/panel-host';

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
