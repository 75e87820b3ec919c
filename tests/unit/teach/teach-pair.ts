import { marketplaceFor } from '../../../core/marketplaces';
import type { OrderInput } from '../../../core/model/order';
import { readOrderPage } from '../../../core/page/read-order-page';
import type { LearnedRule, TeachableField } from '../../../core/teach/learned-rule';
import { type PickedValue, readPickedValue } from '../../../core/teach/picked-value';
import { learnedRuleFor, pickedLocale, referenceDayFor } from '../../../entrypoints/order-page/teach';
import { loadPage } from '../page/load-fixture';

// Teach mode on a pair of small pages, as the overlay does it (and as independent-teach.test.ts
// does on the blind pairs): the seller picks an element on page a, its value is read with the
// field's check, the rule is the nearest place that reads it back there; page b, the next order of
// the same layout, is then read with the rule.

export const NOW = '2024-12-06T09:00:00.000Z';

const ORDER_WORD: Readonly<Record<string, string>> = {
  en: 'Order',
  fr: 'Commande',
  de: 'Bestellung',
  es: 'Pedido',
  it: 'Ordine',
};

/** A whole order page: its language, its order id in its heading, and `body`. */
export const orderPage = (lang: string, id: string, body: string) =>
  `<html lang="${lang}"><head><title>Seller Central</title></head><body><main id="detail">
  <h1>${ORDER_WORD[lang] ?? 'Order'} ${id}</h1>${body}</main></body></html>`;

export const urlOf = (host: string, id: string) => `https://${host}/orders-v3/order/${id}`;

export interface Taught {
  picked: PickedValue;
  rule: LearnedRule | null;
}

/** Picks `selector` on page a (at `urlA`) for `field`: the value read and the rule learned. */
export async function teach(
  html: string,
  urlA: string,
  selector: string,
  field: TeachableField,
  override = false,
): Promise<Taught> {
  const { document } = await loadPage(html, urlA);
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector} on page a`);
  const host = new URL(urlA).host;
  const picked = readPickedValue(
    element,
    field,
    pickedLocale(document, host),
    referenceDayFor(host, new Date(NOW)),
    marketplaceFor(host)?.timeZone,
  );
  if (!picked.ok) return { picked, rule: null };
  const rule = learnedRuleFor(
    element,
    { field, override, host, createdAt: NOW, example: picked.shown },
    { url: urlA, value: picked.value },
  );
  return { picked, rule };
}

/** Page b read with the rules. */
export async function readWith(
  html: string,
  url: string,
  rules: LearnedRule[],
): Promise<OrderInput | undefined> {
  const { document } = await loadPage(html, url);
  return readOrderPage(document, url, { now: NOW, learned: rules })?.order;
}

/** The packages of a reading, in page order. */
export const packagesOf = (order: OrderInput | undefined) =>
  (order?.shipments ?? []).flatMap((s) => s.packages ?? []);

/** The first shipment's ship date of a reading. */
export const shippingDateOf = (order: OrderInput | undefined) =>
  order?.shipments?.find((s) => s.shippingDate)?.shippingDate;

/** The estimated arrival of a reading: a shipment's, else the order's. */
export const arrivalOf = (order: OrderInput | undefined) =>
  order?.shipments?.find((s) => s.estimatedArrivalDate)?.estimatedArrivalDate ?? order?.estimatedArrivalDate;
