import * as z from 'zod/mini';
import { FieldOutcomeSchema, FillOperationSchema, FormDescriptionSchema } from './schema';

// window.postMessage between our isolated-world content script and our main-world filler. The
// page sees these messages and may post look-alikes, so each side checks the source window, the
// origin, the tag and the payload's shape; replies are matched to requests by a random id.

export const BRIDGE_TAG = 'mcf-desk/return-form/1';

const id = z.string().check(z.minLength(8), z.maxLength(64));

export const BridgeRequestSchema = z.discriminatedUnion('op', [
  z.object({ tag: z.literal(BRIDGE_TAG), to: z.literal('main'), id, op: z.literal('read') }),
  z.object({
    tag: z.literal(BRIDGE_TAG),
    to: z.literal('main'),
    id,
    op: z.literal('fill'),
    operations: z.array(FillOperationSchema).check(z.maxLength(200)),
  }),
]);
export type BridgeRequest = z.infer<typeof BridgeRequestSchema>;

export const BridgeReplySchema = z.object({
  tag: z.literal(BRIDGE_TAG),
  to: z.literal('isolated'),
  id,
  form: z.optional(FormDescriptionSchema),
  outcomes: z.optional(z.array(FieldOutcomeSchema).check(z.maxLength(400))),
  error: z.optional(z.string().check(z.maxLength(500))),
});
export type BridgeReply = z.infer<typeof BridgeReplySchema>;

/** A message event's data, if it is a request of ours for the main world. */
export function parseBridgeRequest(data: unknown): BridgeRequest | null {
  const parsed = z.safeParse(BridgeRequestSchema, data);
  return parsed.success ? parsed.data : null;
}

/** A message event's data, if it is a reply of ours for the isolated world. */
export function parseBridgeReply(data: unknown): BridgeReply | null {
  const parsed = z.safeParse(BridgeReplySchema, data);
  return parsed.success ? parsed.data : null;
}

/** Whether a message event comes from this very window and origin (not a frame, not a popup). */
export function isSameWindowMessage(
  event: Pick<MessageEvent, 'source' | 'origin'>,
  own: { window: unknown; origin: string },
): boolean {
  return event.source === own.window && event.origin === own.origin;
}
