// Mounts the real options page against the fake browser, with a stand-in background that
// stores through the real src/platform/storage code, so saves round-trip through fake storage.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../src/options/OptionsApp';
import { createHandlers } from '../../src/background/handlers';
import { listen } from '../../src/platform/messaging';

/** The real background handlers, on the fake browser: saves, imports and deletes go through its write queue. */
export function listenLikeBackground(): void {
  listen(createHandlers(() => TODAY));
}

/** Lets every pending message and storage promise finish, then re-renders. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

export const TODAY = new Date(2026, 5, 14, 9, 30);

export async function mountOptions(locale = 'en-GB'): Promise<HTMLElement> {
  const root = document.createElement('main');
  document.body.append(root);
  listenLikeBackground();
  act(() => {
    render(<OptionsApp locale={locale} today={() => TODAY} />, root);
  });
  await settle();
  return root;
}

export function unmount(root: HTMLElement): void {
  act(() => {
    render(null, root);
  });
  root.remove();
}

/** The input or select whose <label for> text contains `text`. */
export function field<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, text: string | RegExp): T {
  const labels = [...root.querySelectorAll('label')].filter((l) => (typeof text === 'string' ? l.textContent?.includes(text) : text.test(l.textContent ?? '')));
  if (labels.length !== 1) throw new Error(`expected one label matching ${text}, found ${labels.length}`);
  const control = root.querySelector(`#${CSS.escape(labels[0]?.htmlFor ?? '')}`);
  if (!control) throw new Error(`label ${text} points at nothing`);
  return control as T;
}

export function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function button(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].filter((b) => b.textContent?.trim() === name);
  if (found.length !== 1) throw new Error(`expected one button "${name}", found ${found.length}`);
  return found[0] as HTMLButtonElement;
}

export async function click(element: HTMLElement): Promise<void> {
  act(() => {
    element.click();
  });
  await settle();
}

/** What is stored under `key` in the fake storage.local, unwrapped from its version envelope. */
export async function stored(key: string): Promise<unknown> {
  const { fakeBrowser } = await import('../setup/fake-browser');
  const raw = (await fakeBrowser().storage.local.get(key))[key] as { data?: unknown } | undefined;
  return raw && typeof raw === 'object' && 'data' in raw ? raw.data : raw;
}
