import { z } from '../core/zod';
import { browser, type Runtime } from './browser';
import { MESSAGE_CONTEXTS, type Reply, type ReplyData, ReplyDataSchemas, type Request, RequestSchema, type RequestType } from './messages';

export type Handlers = {
  [T in RequestType]: (request: Extract<Request, { type: T }>, sender: Runtime.MessageSender) => Promise<ReplyData<T>>;
};

/** This extension: its id, and the base URL of its own pages (`chrome-extension://<id>/`). */
export interface Self {
  id: string;
  baseUrl: string;
}

/** Why a sender may not talk to us, or null. Only this extension's own pages and content scripts may. */
export function rejectSender(sender: Runtime.MessageSender, self: Self): string | null {
  if (sender.id !== self.id) return 'sender is not this extension';
  return null;
}

/**
 * Why `sender` may not send a message of `type`, or null. Content-script messages come
 * from a tab's top frame on a web page (the handler checks that page against the site); profile,
 * settings, history, import and delete come only from the extension's own pages.
 */
export function rejectContext(type: RequestType, sender: Runtime.MessageSender, self: Self): string | null {
  const fromOwnPage = typeof sender.url === 'string' && self.baseUrl !== '' && sender.url.startsWith(self.baseUrl);
  if (MESSAGE_CONTEXTS[type] === 'extension') return fromOwnPage ? null : `${type} is only accepted from the extension's own pages`;
  if (fromOwnPage || sender.tab?.id === undefined) return `${type} is only accepted from a content script`;
  if (sender.frameId !== 0) return `${type} is only accepted from the page's top frame`;
  return null;
}

/**
 * Parses every incoming message and routes it to its handler, and parses every reply with its
 * schema (ReplyDataSchemas) before it leaves: content scripts cannot ship zod, so they trust a
 * reply from their own extension and the background makes sure it deserves the trust (issue
 * 13.4: one schema, no hand-written guard repeating it). Replies always carry `{ ok }`: a
 * malformed, unknown or foreign message, or a reply the background built wrong, gets an error
 * back, never silence or a crash.
 */
export async function handleMessage(raw: unknown, sender: Runtime.MessageSender, handlers: Handlers, self: Self): Promise<Reply<unknown>> {
  const refused = rejectSender(sender, self);
  if (refused) return { ok: false, error: refused };
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed message: ${z.prettifyError(parsed.error)}` };
  const request = parsed.data;
  const outOfContext = rejectContext(request.type, sender, self);
  if (outOfContext) return { ok: false, error: outOfContext };
  try {
    const handler = handlers[request.type] as (r: Request, s: Runtime.MessageSender) => Promise<unknown>;
    const data = await handler(request, sender);
    const checked = (ReplyDataSchemas[request.type] as z.ZodMiniType).safeParse(data);
    if (!checked.success) return { ok: false, error: `malformed reply to ${request.type}: ${z.prettifyError(checked.error)}` };
    return { ok: true, data: checked.data };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the handlers in the background. Returns a function that unregisters them. */
export function listen(handlers: Handlers): () => void {
  const self: Self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };
  const listener = (raw: unknown, sender: Runtime.MessageSender) => handleMessage(raw, sender, handlers, self);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export class MessageError extends Error {}

/** Sends a request to the background and parses the reply, throwing MessageError on any failure. */
export async function send<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ReplyData<T>> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    throw new MessageError(`could not reach the extension: ${error instanceof Error ? error.message : String(error)}`);
  }
  const envelope = reply as Partial<Reply<unknown>> | undefined;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.ok !== 'boolean') {
    throw new MessageError('no reply from the extension');
  }
  if (!envelope.ok) throw new MessageError((envelope as { error?: unknown }).error?.toString() ?? 'unknown error');
  const schema = ReplyDataSchemas[request.type] as unknown as z.ZodMiniType<ReplyData<T>>;
  const data = schema.safeParse((envelope as { data: unknown }).data);
  if (!data.success) throw new MessageError(`malformed reply: ${z.prettifyError(data.error)}`);
  return data.data;
}
