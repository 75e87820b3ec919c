import { z } from 'zod';
import { MAX_PAGE_IDS } from '../return-form/page-ids';
import { PageReadingSchema } from './background';
import { contentMessages } from './content';
import { defineMessage } from './protocol';

// The content script's message table as the popup uses it: the same messages, with the page
// reading in the reply validated against the full order schema (full zod stays out of the
// content script's bundle).
export const contentMessagesChecked = {
  ...contentMessages,
  'page.reading': defineMessage(
    contentMessages['page.reading'].request,
    z.object({
      url: z.string(),
      reading: PageReadingSchema.nullable(),
      ids: z.array(z.string().max(64)).max(MAX_PAGE_IDS).optional(),
    }),
  ),
};
export type ContentMessagesChecked = typeof contentMessagesChecked;
