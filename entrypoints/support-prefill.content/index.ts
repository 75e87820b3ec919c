// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../../core/marketplaces';
import { createClient } from '../../core/messages/protocol';
import { type PendingPrefill, supportMessages } from '../../core/messages/support';
import { CONTACT_PAGE_GLOBS, isContactPageUrl } from '../../core/support/contact-url';
import { locateCaseForm } from '../../core/support/find-case-form';
import { verifyCaseFill } from '../../core/support/verify-case-fill';
import { watchForOrder } from '../content/watch-for-order';
import { mainWorldFiller } from './main-world';
import { createReportOverlay } from './report';

// The Selling Partner Support case prefill on the contact page (issue 15 item 7). It runs on
// Seller Central's contact pages only (the globs; every other page never loads it) and asks the
// background once for its tab's case text: only the tab the background opened gets one
// (entrypoints/background/support-handlers.ts), every other contact page is left alone. Seller
// Central draws the form late: the page is watched until the description box appears, then the
// main world fills it, the extension reads it back, and a small report says what was filled. If
// no box appears in a while, the report says the text is in the clipboard (the extension page
// copied it at the click); a box that appears later is still filled, for a few minutes.

/** How long before the report says "in the clipboard" when no box has appeared. */
const FALLBACK_AFTER_MS = 8000;
/** How long a late form is still filled. */
const WATCH_FOR_MS = 3 * 60_000;
/** The look that does not wait for the document's mutations. */
const SLOW_LOOK_MS = 2000;

export default defineContentScript({
  matches: [...SELLER_CENTRAL_MATCHES],
  includeGlobs: [...CONTACT_PAGE_GLOBS],
  runAt: 'document_idle',
  async main(ctx) {
    if (!isContactPageUrl(location.href)) return;
    const send = createClient((envelope) => browser.runtime.sendMessage(envelope), supportMessages);
    const pending = await send('support.pending', {}).catch(() => null);
    if (!pending || ctx.isInvalid) return;

    const overlay = createReportOverlay(document);
    const askMainWorldToFill = mainWorldFiller(ctx);
    let filled = false;
    const fill = async (prefill: PendingPrefill) => {
      if (filled) return;
      filled = true;
      const { lang, ...asked } = prefill;
      // The main world's answer is a claim; only what it says of a box the extension cannot read
      // back itself counts (core/support/verify-case-fill.ts).
      const claims = await askMainWorldToFill(asked)
        .then((reply) => reply.outcomes ?? [])
        .catch(() => []);
      overlay.show(lang, verifyCaseFill(document, asked, claims));
    };

    if (locateCaseForm(document).ok) {
      await fill(pending);
      return;
    }
    // Mutations of the page's document say when to look again. A form drawn inside a component's
    // shadow root or in a frame changes nothing the observer sees: a slow look every few seconds
    // covers those.
    const found = () => {
      if (filled || !locateCaseForm(document).ok) return false;
      stopWatching();
      clearInterval(slowLook);
      void fill(pending);
      return true;
    };
    const stopWatching = watchForOrder(ctx, () => locateCaseForm(document).ok, found, {
      timeoutMs: WATCH_FOR_MS,
    });
    const slowLook = ctx.setInterval(found, SLOW_LOOK_MS);
    ctx.setTimeout(() => clearInterval(slowLook), WATCH_FOR_MS);
    ctx.setTimeout(() => {
      if (filled || found()) return;
      // No box yet: say where the text is (a form that comes later is still filled).
      const search = locateCaseForm(document);
      if (!search.ok)
        overlay.show(pending.lang, { outcomes: [], refusal: search.refusal, boxes: search.boxes });
    }, FALLBACK_AFTER_MS);
  },
});
