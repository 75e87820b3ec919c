import { z } from 'zod';
import { AssessmentSchema } from '../model/finding';
import { OrderSchema } from '../model/order';
import { defineMessage } from './protocol';

// Messages answered by the background service worker (content script / extension pages → BG).

export const OrderKeySchema = z.string().min(3).max(200);

/** What the content script read on an order page. */
export const PageReadingSchema = z.object({
  order: OrderSchema,
  /** Fields the reader looked for and did not find. */
  missing: z.array(z.string().max(100)).max(100),
});
export type PageReading = z.infer<typeof PageReadingSchema>;

export const StoredOrderViewSchema = z.object({
  key: OrderKeySchema,
  order: OrderSchema,
  assessment: AssessmentSchema,
});
export type StoredOrderView = z.infer<typeof StoredOrderViewSchema>;

export const backgroundMessages = {
  /** The content script stores a page reading; the reply is the merged order and its findings. */
  'reading.store': defineMessage(
    z.object({ url: z.url({ protocol: /^https$/ }), reading: PageReadingSchema }),
    StoredOrderViewSchema.extend({ changed: z.boolean() }),
  ),
  'order.get': defineMessage(z.object({ key: OrderKeySchema }), StoredOrderViewSchema.nullable()),
  /** Orders needing attention, most urgent first, one page at a time. */
  'orders.attention': defineMessage(
    z.object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    z.object({ total: z.number().int().min(0), items: z.array(StoredOrderViewSchema) }),
  ),
};
export type BackgroundMessages = typeof backgroundMessages;
