import * as z from 'zod/mini';
import { CaseFieldOutcomeSchema, CasePrefillSchema, CaseRefusalSchema } from './schema';

// window.postMessage between the isolated-world prefill script and the main-world case-form filler
// (Katal `value` properties are only visible in the main world). As for the return form
// (core/return-form/bridge.ts, whose same-window check both use), the page sees these messages and
// may post look-alikes: each side checks the source window and origin, the tag and the payload's
// shape; a reply is matched to its request by a random id, and it is only a claim that the
// isolated world checks against what it reads back itself (./verify-case-fill.ts).

export const SUPPORT_BRIDGE_TAG = 'mcf-desk/support-form/1';

const id = z.string().check(z.minLength(8), z.maxLength(64));

export const SupportBridgeRequestSchema = z.object({
  tag: z.literal(SUPPORT_BRIDGE_TAG),
  to: z.literal('main'),
  id,
  op: z.literal('fill'),
  prefill: CasePrefillSchema,
});
export type SupportBridgeRequest = z.infer<typeof SupportBridgeRequestSchema>;

export const SupportBridgeReplySchema = z.object({
  tag: z.literal(SUPPORT_BRIDGE_TAG),
  to: z.literal('isolated'),
  id,
  outcomes: z.optional(z.array(CaseFieldOutcomeSchema).check(z.maxLength(10))),
  refusal: z.optional(CaseRefusalSchema),
  error: z.optional(z.string().check(z.maxLength(500))),
});
export type SupportBridgeReply = z.infer<typeof SupportBridgeReplySchema>;

export function parseSupportBridgeRequest(data: unknown): SupportBridgeRequest | null {
  const parsed = z.safeParse(SupportBridgeRequestSchema, data);
  return parsed.success ? parsed.data : null;
}

export function parseSupportBridgeReply(data: unknown): SupportBridgeReply | null {
  const parsed = z.safeParse(SupportBridgeReplySchema, data);
  return parsed.success ? parsed.data : null;
}
