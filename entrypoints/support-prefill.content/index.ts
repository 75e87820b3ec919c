// First: zod is told not to compile parsers with `Function` before any schema exists.
import '../../core/zod-config';
import { browser } from 'wxt/browser';
import { SELLER_CENTRAL_MATCHES } from '../../core/marketplaces';
import { createClient } from '../../core/messages/protocol';
import { type PendingPrefill, supportMessages } from '../../core/messages/support';
import { CONTACT_PAGE_GLOBS, isContactPageUrl } from '../../core/support/contact-url';
import { locateCaseForm } from '../../core/support/find-case-form';
import type { CaseFillReport } from '../../core/support/schema';
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
    const fallback = ctx.setTimeout(() => {
      if (filled) return;
      const search = locateCaseForm(document);
      const report: CaseFillReport = search.ok
        ? { outcomes: [] }
        : { outcomes: [], refusal: search.refusal, boxes: search.boxes };
      overlay.show(pending.lang, report);
    }, FALLBACK_AFTER_MS);
    watchForOrder(
      ctx,
      () => locateCaseForm(document).ok,
      () => {
        clearTimeout(fallback);
        void fill(pending);
      },
      { timeoutMs: WATCH_FOR_MS },
    );
  },
});
