/**
 * The content script's lean path to the browser. Chrome's MV3 `chrome.*` and Firefox's `browser.*`
 * both return promises natively, so the content script does not need webextension-polyfill
 * (3.5 kB gzipped) — its whole budget is 15 kB. Everything else uses browser.ts.
 */
export interface NativeExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: { getMessage(key: string, substitutions?: string[]): string; getUILanguage(): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: {
      addListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, unknown>, area: string) => void): void;
    };
  };
}

export function nativeApi(): NativeExtensionApi {
  const g = globalThis as { browser?: NativeExtensionApi; chrome?: NativeExtensionApi };
  const api = g.browser ?? g.chrome;
  if (!api?.runtime) throw new Error('not running inside the extension');
  return api;
}
