import { describe, expect, it, vi } from 'vitest';
import { relayPanelPorts } from '../../src/platform/panel-relay';
import { fakeBrowser } from '../setup/fake-browser';

type Listener = (message: unknown) => void;
function fakePort(name: string, sender?: object) {
  const messages: Listener[] = [];
  const disconnects: (() => void)[] = [];
  const port = {
    name,
    sender,
    received: [] as unknown[],
    disconnected: false,
    postMessage: (m: unknown) => port.received.push(m),
    disconnect: () => {
      port.disconnected = true;
    },
    onMessage: { addListener: (l: Listener) => messages.push(l) },
    onDisconnect: { addListener: (l: () => void) => disconnects.push(l) },
    /** What the other end sends, and its closing. */
    send: (m: unknown) => {
      for (const l of messages) l(m);
    },
    close: () => {
      for (const l of disconnects) l();
    },
  };
  return port;
}

function relay() {
  const onConnect = new Set<(port: unknown) => void>();
  const toContent: ReturnType<typeof fakePort>[] = [];
  const fake = fakeBrowser() as unknown as { runtime: Record<string, unknown>; tabs: Record<string, unknown> };
  fake.runtime.onConnect = { addListener: (l: (port: unknown) => void) => onConnect.add(l) };
  fake.tabs.connect = vi.fn((tabId: number, info: { name: string; frameId: number }) => {
    const port = fakePort(info.name, { tabId, frameId: info.frameId });
    toContent.push(port);
    return port;
  });
  relayPanelPorts();
  const connect = (port: ReturnType<typeof fakePort>) => {
    for (const l of onConnect) l(port);
  };
  return { connect, toContent };
}

const PANEL = 'chrome-extension://cramp-check-test-id/src/panel/index.html#abc';

describe('panel relay', () => {
  it("joins the panel frame to the content script in its own tab's top frame and passes messages both ways", () => {
    const { connect, toContent } = relay();
    const frame = fakePort('cramp-check-panel-frame:abc', { id: 'cramp-check-test-id', url: PANEL, frameId: 4, tab: { id: 7 } });
    connect(frame);
    expect(toContent).toHaveLength(1);
    expect(toContent[0]).toMatchObject({ name: 'cramp-check-panel:abc', sender: { tabId: 7, frameId: 0 } });
    frame.send({ type: 'height', px: 300 });
    toContent[0]?.send({ type: 'view' });
    expect(toContent[0]?.received).toEqual([{ type: 'height', px: 300 }]);
    expect(frame.received).toEqual([{ type: 'view' }]);
    toContent[0]?.close();
    expect(frame.disconnected).toBe(true);
  });

  it('refuses a port that is not from the panel page framed in a tab', () => {
    const { connect, toContent } = relay();
    const senders = [
      { id: 'cramp-check-test-id', url: 'chrome-extension://cramp-check-test-id/src/popup/index.html', frameId: 4, tab: { id: 7 } },
      { id: 'cramp-check-test-id', url: 'https://www.strava.com/src/panel/index.html', frameId: 4, tab: { id: 7 } },
      { id: 'another-extension', url: PANEL, frameId: 4, tab: { id: 7 } },
      { id: 'cramp-check-test-id', url: PANEL, frameId: 0, tab: { id: 7 } },
      { id: 'cramp-check-test-id', url: PANEL, frameId: 4 },
    ];
    for (const sender of senders) {
      const port = fakePort('cramp-check-panel-frame:abc', sender);
      connect(port);
      expect(port.disconnected).toBe(true);
    }
    expect(toContent).toEqual([]);
  });
});
