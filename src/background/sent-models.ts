/**
 * The last panel model each tab was sent, so the weather phase can answer with what changed
 * (platform/panel-patch.ts). Kept in memory only: nothing is written for it, and a worker stopped
 * between the two phases has forgotten it, so that reply is a whole model (a patch on nothing).
 */
import { type PanelModel, PanelModelSchema } from '../platform/messages';
import { diffPanelModel, type PanelPatch } from '../platform/panel-patch';

interface Sent {
  openedAt: number | undefined;
  seq: number;
  model: PanelModel;
}

/** Open tabs are few; a closed tab's entry goes once this many newer ones are kept. */
const MAX_TABS = 32;
const sent = new Map<number, Sent>();

/** Remembers `model` as the reply `seq` of the tab's view opened at `openedAt`. */
export function rememberSent(tabId: number | undefined, openedAt: number | undefined, seq: number | undefined, model: PanelModel): void {
  if (tabId === undefined) return;
  if (seq === undefined) {
    sent.delete(tabId);
    return;
  }
  sent.delete(tabId);
  sent.set(tabId, { openedAt, seq, model });
  const oldest = sent.keys().next().value;
  if (sent.size > MAX_TABS && oldest !== undefined) sent.delete(oldest);
}

/**
 * `model` as a patch on the reply `since` of the same view, if that is the last one this tab was
 * sent; else whole. The model is checked here, as messaging checks every whole reply: the content
 * script trusts what the patch makes of it.
 */
export function patchSince(tabId: number | undefined, openedAt: number | undefined, since: number | undefined, model: PanelModel): PanelPatch {
  const checked = PanelModelSchema.parse(model);
  const previous = tabId === undefined ? undefined : sent.get(tabId);
  const base = previous !== undefined && since !== undefined && previous.seq === since && previous.openedAt === openedAt ? previous : null;
  return diffPanelModel(base, checked);
}
