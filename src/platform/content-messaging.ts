import type { ReplyData, Request } from './messages';
import { nativeApi } from './native';
import { isAnalyzed, isExtractResult, isImportCount, isProfileState } from './reply-guards';

/** The requests a content script makes, and how each reply is checked on receipt. */
const REPLY_CHECKS = {
  analyze: isAnalyzed,
  'log-cramp': isAnalyzed,
  'get-profile': isProfileState,
  'save-settings': isProfileState,
  'open-options': (v: unknown) => v === null,
  interpret: isExtractResult,
  'import-training-log': isImportCount,
} as const;

type ContentRequestType = keyof typeof REPLY_CHECKS;

export class ContentMessageError extends Error {}

/** Sends a request to the background; throws ContentMessageError with a readable reason on any failure. */
export async function sendFromContent<T extends ContentRequestType>(request: Extract<Request, { type: T }>): Promise<ReplyData<T>> {
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
  const check: (v: unknown) => boolean = REPLY_CHECKS[type];
  if (!check(envelope.data)) throw new ContentMessageError(`malformed reply to ${type}`);
  return envelope.data as ReplyData<T>;
}
