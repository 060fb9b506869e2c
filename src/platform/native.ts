/**
 * The content script's lean path to the browser. Chrome's MV3 `chrome.*` and Firefox's `browser.*`
 * both return promises natively, so the content script does not need webextension-polyfill
 * (3.5 kB gzipped) — its whole budget is 15 kB. Everything else uses browser.ts.
 */
export interface NativeExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    /** Messages from this extension only (tabs.sendMessage); a page cannot send here. */
    onMessage: {
      addListener(listener: (message: unknown) => undefined): void;
      removeListener(listener: (message: unknown) => undefined): void;
    };
    getURL(path: string): string;
    /** Between the content script and its panel frame (panel-port.ts). */
    connect(info: { name: string }): NativePort;
    onConnect: {
      addListener(listener: (port: NativePort) => void): void;
      removeListener(listener: (port: NativePort) => void): void;
    };
  };
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
}

export interface NativePort {
  name: string;
  sender?: { id?: string; frameId?: number; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/**
 * `browser` (Firefox) or `chrome` (Chrome), whichever is the real extension API. A page element
 * with `id="browser"` or `id="chrome"` shows up as a global of that name (named access on window),
 * so a candidate only counts when it really has `runtime.sendMessage` and a `runtime.id`.
 */
export function nativeApi(): NativeExtensionApi {
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  for (const candidate of [g.browser, g.chrome]) {
    const runtime = (candidate as { runtime?: { sendMessage?: unknown; id?: unknown } } | undefined)?.runtime;
    if (typeof runtime?.sendMessage === 'function' && typeof runtime.id === 'string') return candidate as NativeExtensionApi;
  }
  throw new Error('not running inside the extension');
}
