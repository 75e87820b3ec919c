import * as z from 'zod/mini';
import { LANGS } from '../i18n/lang';
import { isSellerCentralHost } from '../marketplaces';
import { CasePrefillSchema } from '../support/schema';
import { defineMessage } from './protocol';

// Messages of the Selling Partner Support case prefill (issue 15 item 7). An extension page asks
// the background to open the contact page of a marketplace in a new tab and to keep the case text
// for that tab; the contact-page script of that tab, and no other, then asks for it once.
// zod/mini: the contact-page script bundles the reply's schema.

export const SupportPrefillRequestSchema = z.extend(CasePrefillSchema, {
  /** The order's Seller Central host; only a host of our own list is accepted. */
  host: z.string().check(
    z.maxLength(100),
    z.refine((host) => isSellerCentralHost(host), 'not a Seller Central host'),
  ),
  /** The language of the report shown on the contact page (the extension page's). */
  lang: z.enum(LANGS),
});

export const PendingPrefillSchema = z.extend(CasePrefillSchema, { lang: z.enum(LANGS) });
export type PendingPrefill = z.infer<typeof PendingPrefillSchema>;

export const supportMessages = {
  /** Extension pages only: opens the contact page in a new tab and keeps the text for that tab. */
  'support.prefill': defineMessage(
    SupportPrefillRequestSchema,
    z.object({ tabId: z.int(), url: z.string() }),
  ),
  /**
   * The contact-page script asks for its tab's case text: given once, and only to the tab the
   * background opened, on the host it opened, on a contact page. Null for any other page.
   */
  'support.pending': defineMessage(z.object({}), z.nullable(PendingPrefillSchema)),
};
export type SupportMessages = typeof supportMessages;
