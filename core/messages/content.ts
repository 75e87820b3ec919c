import * as z from 'zod/mini';
import type { RemovedKind } from '../capture/redact';
import type { OrderPageReading } from '../page/read-order-page';
import { MAX_PAGE_IDS } from '../return-form/page-ids';
import { FillPlanSchema, FillReportSchema, FormDescriptionSchema } from '../return-form/schema';
import { defineMessage } from './protocol';

// Messages answered by the content script in a Seller Central tab (popup → content script, sent
// with `tabs.sendMessage`, which needs no `tabs` permission).

/** What a page capture removed (or, for `ids`, faked), by kind: distinct values. */
const count = z.int().check(z.minimum(0));
export const RemovedCountsSchema = z.object({
  names: count,
  addresses: count,
  phones: count,
  emails: count,
  messages: count,
  ids: count,
} satisfies Record<RemovedKind, typeof count>);

/**
 * Messages answered by the page reader and the return-form relay
 * (entrypoints/order-page/return-form.ts, whose handler table must name each of them).
 */
const readingAndFormMessages = {
  /**
   * What the page reader reads on this page now; null when it is not an order page. The reply's
   * order is checked in full by the popup (`contentRepliesChecked` in ./content-checked.ts): the
   * content script answers with it but must not bundle the full order schema.
   */
  'page.reading': defineMessage(
    z.object({}),
    z.object({
      url: z.string(),
      reading: z.nullable(z.custom<OrderPageReading>((v) => typeof v === 'object')),
      /**
       * Every token of the page's address and visible text that may be an order id (Amazon's or
       * the seller's, core/return-form/page-ids.ts): the popup looks them up among the stored
       * orders when the page is not an order page it reads.
       */
      ids: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(MAX_PAGE_IDS))),
    }),
  ),
  /**
   * The return form on this page as it is now (null: no return form here), and the href of the
   * page's "Create customer return" ("Créer un retour client") link, to open it.
   */
  'return-form.read': defineMessage(
    z.object({}),
    z.object({
      url: z.string(),
      form: z.nullable(FormDescriptionSchema),
      createReturnUrl: z.nullable(z.string()),
    }),
  ),
  /** Applies a plan; the reply (also given to the overlay) says what was filled and what was not. */
  'return-form.fill': defineMessage(z.object({ plan: FillPlanSchema }), FillReportSchema),
};
export type ContentMessages = typeof readingAndFormMessages;

/** Messages answered by the page capture (entrypoints/order-page/capture.ts). */
export const captureMessages = {
  /**
   * "Enregistrer cette page pour un signalement": saves this page as one HTML file through a
   * download, personal data replaced (issue 12). With `dryRun`, nothing is saved: the reply only
   * says what would be removed, for the seller to confirm. `fakeIds` also replaces order ids and
   * tracking numbers by consistent fakes.
   */
  'page.capture': defineMessage(
    z.object({ fakeIds: z.boolean(), dryRun: z.optional(z.boolean()) }),
    z.object({
      removed: RemovedCountsSchema,
      /** The saved file's name; absent after a dry run. */
      fileName: z.optional(z.string().check(z.maxLength(200))),
    }),
  ),
};
export type CaptureMessages = typeof captureMessages;

/** Every popup → page message: the content script hands each of these to the order-page module. */
export const contentMessages = { ...readingAndFormMessages, ...captureMessages };
export type AllContentMessages = typeof contentMessages;
