import * as z from 'zod/mini';
import type { OrderPageReading } from '../page/read-order-page';
import { FillPlanSchema, FillReportSchema, FormDescriptionSchema } from '../return-form/schema';
import { defineMessage } from './protocol';

// Messages answered by the content script in a Seller Central tab (popup → content script, sent
// with `tabs.sendMessage`, which needs no `tabs` permission).

export const contentMessages = {
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
export type ContentMessages = typeof contentMessages;
