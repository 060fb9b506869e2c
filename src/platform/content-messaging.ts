import type { ReplyData, Request } from './messages';
import { nativeApi } from './native';

/** The requests a content script makes (MESSAGE_CONTEXTS 'content'; the background refuses any other from a page). */
type ContentRequestType = 'read-page' | 'read-weather' | 'set-panel-collapsed' | 'log-cramp' | 'log-intake' | 'open-options' | 'import-training-log' | 'open-race-course';
export type ContentRequest<T extends ContentRequestType> = Extract<Request, { type: T }>;

/** The one notice the background sends content scripts (tab-notices.ts): the profile or settings have a new value. */
export const PROFILE_OR_SETTINGS_CHANGED = 'profile-or-settings-changed';

export class ContentMessageError extends Error {}

/**
 * Sends a request to the background; throws ContentMessageError with a readable reason on any
 * failure. The reply's data is not re-checked here: only this extension's background can answer
 * runtime.sendMessage, and it parses every reply with the reply's zod schema before sending
 * (messaging.ts handleMessage), so a content script needs neither zod nor a copy of the schemas.
 */
export async function sendFromContent<T extends ContentRequestType>(request: ContentRequest<T>): Promise<ReplyData<T>> {
  const type = (request as Request).type as ContentRequestType;
  let reply: unknown;
  try {
    reply = await nativeApi().runtime.sendMessage(request);
  } catch (error) {
    throw new ContentMessageError(`could not reach the extension (${error instanceof Error ? error.message : String(error)})`);
  }
  const envelope = reply as { ok?: unknown; data?: unknown; error?: unknown } | undefined;
  if (typeof envelope?.ok !== 'boolean') throw new ContentMessageError('no reply from the extension');
  if (!envelope.ok) throw new ContentMessageError(String(envelope.error ?? 'unknown error'));
  if (!('data' in envelope)) throw new ContentMessageError(`no data in the reply to ${type}`);
  return envelope.data as ReplyData<T>;
}

/**
 * Calls `listener` whenever the background says the profile or settings changed
 * (tab-notices.ts), so the panel asks again; stops on abort. Only this extension can message a content script.
 */
export function onProfileOrSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === PROFILE_OR_SETTINGS_CHANGED) listener();
    return undefined;
  };
  const events = nativeApi().runtime.onMessage;
  events.addListener(onMessage);
  signal.addEventListener('abort', () => events.removeListener(onMessage), { once: true });
}
