import { marketplaceFor } from '../../core/marketplaces';
import type { OrderDetail, StoredOrderView } from '../../core/messages/background';
import type { ContentMessagesChecked } from '../../core/messages/content-checked';
import type { ReplyOf } from '../../core/messages/protocol';
import type { AppSettings } from '../../core/model/app-settings';
import { OrderSchema } from '../../core/model/order';
import { orderKey } from '../../core/model/order-key';
import { assessOrder } from '../../core/policy/assess';
import { sendBackground, sleep } from './messaging';
import { claimsOfOrder, findOrdersByIds } from './stored-orders';

// Which order the popup is about: the one the tab's page shows (its reading), else the one stored
// order its address and text name; several: the seller chooses among them.

export type PageReadingReply = ReplyOf<ContentMessagesChecked, 'page.reading'>;

export async function orderDetail(key: string): Promise<OrderDetail | null> {
  // The content script may still be storing the page's reading: give it a moment.
  for (let attempt = 0; attempt < 5; attempt++) {
    const detail = await sendBackground('order.get', { key });
    if (detail) return detail;
    await sleep(300);
  }
  return null;
}

/** The country whose stored orders a Seller Central host shows; none for the pan-European host. */
function countryOf(url: string): string | undefined {
  const host = new URL(url).hostname;
  if (host === 'sellercentral-europe.amazon.com') return undefined;
  return marketplaceFor(host)?.countryCode;
}

/** Stored orders the page names (URL first), for the seller to choose from. */
async function ordersNamedOnPage({ url, ids }: PageReadingReply): Promise<StoredOrderView[]> {
  return storedViews(await findOrdersByIds(ids ?? [], countryOf(url)));
}

/** The stored orders under these keys, as the finder lists them (a deleted one left out). */
export async function storedViews(keys: readonly string[]): Promise<StoredOrderView[]> {
  const details = await Promise.all(keys.map((key) => sendBackground('order.get', { key })));
  return details.flatMap((d) => (d ? [{ key: d.key, order: d.order, assessment: d.assessment }] : []));
}

/**
 * The order of the tab: read on its page; else the one stored order its address and text name
 * (a return form whose URL carries the seller's id, say). Several: the seller chooses.
 */
export async function findCurrentOrder(
  answer: PageReadingReply,
  settings: AppSettings,
): Promise<{ detail: OrderDetail | null; matches: StoredOrderView[] }> {
  const detail = await readOrderOfPage(answer, settings);
  if (detail) return { detail, matches: [] };
  const matches = await ordersNamedOnPage(answer);
  const [only] = matches;
  if (matches.length === 1 && only) return { detail: await orderDetail(only.key), matches };
  return { detail: null, matches };
}

async function readOrderOfPage(
  { reading }: PageReadingReply,
  settings: AppSettings,
): Promise<OrderDetail | null> {
  if (reading) {
    const order = OrderSchema.parse(reading.order);
    const stored = await orderDetail(orderKey(order));
    // Not stored (yet): show what the page says, assessed here; steps save once it is stored.
    return (
      stored ?? {
        key: orderKey(order),
        order,
        assessment: assessOrder(order, new Date(), settings, await claimsOfOrder(orderKey(order))),
        checklist: { steps: {} },
        muted: [],
        conflicts: [],
        overrides: [],
      }
    );
  }
  return null;
}
