import type { Order } from './order';

// No zod here: the content script needs these and must stay small.

type OrderIds = Pick<Order, 'sellerFulfillmentOrderId' | 'displayableOrderId'>;

/** The order id Seller Central shows in its URLs and search: Amazon's id first. */
export function primaryOrderId(order: OrderIds): string {
  return (order.sellerFulfillmentOrderId ?? order.displayableOrderId) as string;
}

/** Storage key: account + marketplace + order id, so two accounts or marketplaces never collide. */
export function orderKey(order: OrderIds & Pick<Order, 'merchantId' | 'marketplace'>): string {
  return `${order.merchantId ?? '-'}/${order.marketplace.countryCode}/${primaryOrderId(order)}`;
}

/** The order's page on Seller Central, for links and notifications. */
export function orderPageUrl(order: OrderIds & Pick<Order, 'marketplace'>): string {
  return `https://${order.marketplace.host}/orders-v3/order/${encodeURIComponent(primaryOrderId(order))}`;
}

/** Swiship, where seller and customer follow an MCF parcel (domain.md §2). */
export function swishipUrl(trackingNumber: string, locale: string): string {
  return `https://www.swiship.com/track?id=${encodeURIComponent(trackingNumber)}&loc=${encodeURIComponent(locale)}`;
}
