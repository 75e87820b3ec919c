import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  parseSupportBridgeReply,
  SUPPORT_BRIDGE_TAG,
  type SupportBridgeReply,
  type SupportBridgeRequest,
} from '../../core/support/bridge';
import type { CasePrefill } from '../../core/support/schema';
import { createWindowBridge } from '../content/window-bridge';

// Asks the main-world case-form filler (entrypoints/support-form-filler.content.ts) to fill the
// form, over the same window bridge as the return form's (entrypoints/content/window-bridge.ts).

/** How long the main-world filler may take to answer before we say it is not there. */
const BRIDGE_TIMEOUT_MS = 4000;

export function mainWorldFiller(
  ctx: ContentScriptContext,
): (prefill: CasePrefill) => Promise<SupportBridgeReply> {
  const ask = createWindowBridge(ctx, {
    parseReply: parseSupportBridgeReply,
    timeoutMs: BRIDGE_TIMEOUT_MS,
    notAnswered: 'the case-form filler did not answer on this page',
  });
  return (prefill) =>
    ask((id): SupportBridgeRequest => ({ tag: SUPPORT_BRIDGE_TAG, to: 'main', id, op: 'fill', prefill }));
}
