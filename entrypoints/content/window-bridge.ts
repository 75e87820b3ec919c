import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MessageError } from '../../core/messages/protocol';
import { isSameWindowMessage } from '../../core/return-form/bridge';

// Requests from an isolated-world content script to a main-world script of ours on the same page,
// by window.postMessage (the return-form filler, the support case-form filler). The page sees
// these messages and may post look-alikes: a reply counts only from this very window and origin,
// in our shape (`parseReply`), for a request we sent (a random id); it is still only a claim,
// which the caller checks against what it reads back itself.

export interface WindowBridgeOptions<Reply> {
  /** A message event's data, if it is a reply of this bridge. */
  parseReply: (data: unknown) => Reply | null;
  /** How long the main-world script may take to answer. */
  timeoutMs: number;
  /** The error when it does not answer in time. */
  notAnswered: string;
}

/** `ask(build)` posts `build(id)` and resolves to the reply with that id (rejects on its `error`). */
export function createWindowBridge<Reply extends { id: string; error?: string | undefined }>(
  ctx: ContentScriptContext,
  { parseReply, timeoutMs, notAnswered }: WindowBridgeOptions<Reply>,
) {
  const pending = new Map<string, (reply: Reply) => void>();
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (!isSameWindowMessage(event, { window, origin: location.origin })) return;
    const reply = parseReply(event.data);
    if (!reply) return;
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  });
  return function ask(build: (id: string) => unknown): Promise<Reply> {
    const id = crypto.randomUUID();
    return new Promise<Reply>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new MessageError('failed', notAnswered));
      }, timeoutMs);
      pending.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) reject(new MessageError('failed', reply.error));
        else resolve(reply);
      });
      window.postMessage(build(id), location.origin);
    });
  };
}
