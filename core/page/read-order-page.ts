import { dayInZone } from '../dates/zoned-day';
import { marketplaceFor, marketplaceIdOf } from '../marketplaces';
import type { OrderInput } from '../model/order';
import type { LearnedRule } from '../teach/learned-rule';
import { READER_FIELD } from '../teach/reader-field';
import { detailPanelNaming, orderIdInListUrl } from './detail-panel';
import { DATE_FIELD_KEYS } from './labels';
import { isOrderDraft, orderIdOf, pageKindOf } from './page-kind';
import { assembleOrder } from './reader/assemble';
import { candidatesOf, candidateValue, dateLocaleFor } from './reader/candidates';
import { collectFacts, type RawFact } from './reader/facts';
import { orderBlock } from './reader/order-blocks';
import { resolveFields } from './reader/resolve';
import { indexVisibleTree } from './reader/visible-tree';
import { isAmazonOrderId } from './shapes';

// Reads a Seller Central page into the core order model (domain.md §2, §3). Pure: the Document
// and the instant of reading are passed in. A pipeline, one stage a file under reader/, data
// flowing one way:
//   visible-tree  the visible page indexed once (hidden content left out)
//   facts         candidate facts with their strength (structure beats prose)
//   candidates    values that have their field's shape, dates read in the page's language
//   order-blocks  one page, one order (lists and other orders' blocks refused or cut away)
//   resolve       each field in its scope, conflicts reported
//   assemble      the order, its provenance and what is missing

export interface ReadOrderPageOptions {
  /** Instant of the reading, ISO 8601; stamped on every field's provenance. */
  now: string;
  /** Locale of the page's dates when the caller knows better than `<html lang>` and the host. */
  locale?: string;
  /** In a browser: judge visibility with `checkVisibility()` (layout-aware). */
  nativeVisibility?: boolean;
  /** Labels and places the seller taught for this page's host (core/teach). */
  learned?: readonly LearnedRule[];
  /** Given the page's candidate facts (teach mode checks where a taught place reads its value). */
  onCandidates?: (candidates: readonly RawFact[]) => void;
}

export interface OrderPageReading {
  order: OrderInput;
  /** Fields looked for and not found: top-level names, or dotted paths inside a shipment. */
  missing: string[];
  /**
   * Fields the page shows with values of equal strength that disagree: left out of the order
   * (reported, never guessed). Same naming as `missing`.
   */
  conflicts: string[];
}

/** Why a page that shows order facts was not read as one order. */
export type RefusalReason =
  /** Several orders on one page (a list, search results, two order blocks). */
  | 'several-orders'
  /** The URL names an order and the page's reading does not hold that id. */
  | 'other-order';

/** What reading a page gave: one order, a refusal with its reason, or nothing to read. */
export type PageOutcome =
  | { kind: 'order'; reading: OrderPageReading }
  | { kind: 'refused'; reason: RefusalReason; orderIds: string[] }
  | { kind: 'none' };

/** The order id a URL names: an Amazon id in its path or query, or an MCF order id parameter. */
function orderIdNamedBy(url: URL): string | null {
  const amazon = orderIdOf(url);
  if (amazon) return amazon;
  // The MCF console's order page (its path is not documented): an Amazon order id as a segment
  // under "orders" names the order ("/mcf/orders/S01-…", "/mcf/orders/order-details/S01-…");
  // "create-order" and the like do not.
  if (url.pathname.startsWith('/mcf/orders/')) {
    const segment = url.pathname.split('/').find((part) => isAmazonOrderId(part));
    if (segment) return segment;
  }
  for (const name of ['orderId', 'orderID', 'fulfillmentOrderId', 'sellerFulfillmentOrderId']) {
    const value = url.searchParams.get(name)?.trim();
    if (value && /^[A-Za-z0-9][A-Za-z0-9_\-#./]{2,63}$/.test(value)) return value;
  }
  return null;
}

const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const isYearlessDate = (fact: RawFact): boolean =>
  DATE_FIELD_KEYS.has(fact.key) && !YEAR.test(fact.shown ?? fact.value);
/** The latest day among the page's dates printed with their year. */
function latestDayWithYear(candidates: readonly RawFact[]): string | null {
  let latest: string | null = null;
  for (const fact of candidates)
    if (
      DATE_FIELD_KEYS.has(fact.key) &&
      YEAR.test(fact.shown ?? fact.value) &&
      (latest === null || fact.value > latest)
    )
      latest = fact.value;
  return latest;
}

/** Reads the page `doc` served at `url`: one order, a refusal with its reason, or nothing. */
export function readPage(doc: Document, url: string, options: ReadOrderPageOptions): PageOutcome {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'none' };
  }
  if (isOrderDraft(parsed)) return { kind: 'none' };
  // A list with one order's details opened over it: only that dialog is read. A list alone: nothing.
  const listed = orderIdInListUrl(parsed);
  const panel = listed ? detailPanelNaming(doc, listed) : null;
  if (pageKindOf(parsed) === 'order-list' && !panel) return { kind: 'none' };
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const marketplace = marketplaceFor(parsed.host, htmlLang || undefined, marketplaceIdOf(parsed));
  if (!marketplace) return { kind: 'none' };
  const target = orderIdNamedBy(parsed) ?? (panel ? listed : null);

  const tree = indexVisibleTree(doc, {
    nativeVisibility: options.nativeVisibility === true,
    expectedIds: target ? [target] : [],
    ...(panel ? { root: panel } : {}),
  });
  const raw = collectFacts(
    tree,
    (options.learned ?? [])
      .filter((rule) => rule.host === parsed.host)
      .map((rule) => ({
        key: READER_FIELD[rule.field],
        label: rule.label,
        path: rule.path,
        override: rule.override,
      })),
  );
  const locale = dateLocaleFor(htmlLang, raw.languageVotes, marketplace.locale, options.locale);
  const dates = {
    locale,
    timeZone: marketplace.timeZone,
    // Today where the marketplace is: a date printed without its year takes the nearest one.
    referenceDay: dayInZone(new Date(options.now), marketplace.timeZone),
  };
  // The order date only dates the rest (below): no fact of the order's blocks, nor of its reading.
  const notOrderDate = (f: RawFact) => f.key !== 'orderDate';
  const candidates = candidatesOf(raw.facts, dates);
  options.onCandidates?.(candidates);
  let block = orderBlock(tree, candidates.filter(notOrderDate), raw.isPrivate, target);
  if (block.kind === 'refused') return block;
  if (block.facts.length === 0 && !raw.createReturnAction) return { kind: 'none' };
  // Unless the order prints its own years: then a yearless date is the nearest to the latest of
  // them (an order of last November read this December: "Nov 12 – Nov 14" is last year's). Its
  // own dates only: another order's in a widget say nothing of this one's year.
  const cut = block.cut;
  const ownOrderDates = candidates.filter(
    (f) => f.key === 'orderDate' && !cut.some((b) => b.contains(f.node)),
  );
  const orderDay = latestDayWithYear([...block.facts, ...ownOrderDates]);
  if (orderDay && orderDay !== dates.referenceDay && block.facts.some(isYearlessDate)) {
    // Only the yearless dates are read again, from the text the page printed.
    const byOrder = { ...dates, referenceDay: orderDay };
    const redate = (f: RawFact): RawFact => {
      const value = isYearlessDate(f) && f.shown ? candidateValue(f.key, f.shown, byOrder) : null;
      return value ? { ...f, value } : f;
    };
    block = { ...block, facts: block.facts.map(redate) };
  }
  const resolved = resolveFields(block.facts, raw.headings);
  const labelledId = block.facts.find((f) => f.key === 'orderId')?.value ?? null;
  const orderId = block.amazonId ?? labelledId ?? (target && isAmazonOrderId(target) ? target : null);
  // "ID ordine Amazon" and "ID ordine MCF" side by side: the seller's own id is the displayable
  // one. Only when it is the block's one other id: more (a replacement order's) are left out.
  const others = new Set(
    block.facts
      .filter((f) => f.key === 'orderId' && f.value !== orderId && !isAmazonOrderId(f.value))
      .map((f) => f.value),
  );
  const otherId = others.size === 1 ? [...others][0] : undefined;
  const assembled = assembleOrder({
    marketplace,
    now: options.now,
    resolved,
    // The URL's own id only when Amazon-shaped: an MCF parameter may hold anything.
    orderId,
    ...(otherId ? { otherOrderId: otherId } : {}),
    // A notice in another order's block is that order's.
    unfulfillableReason: raw.notices.find((notice) => !block.cut.some((b) => b.contains(notice.node)))
      ?.reason,
  });
  if (!assembled) return { kind: 'none' };
  if (target === null && !hasTwoKindsOfContent(assembled.order)) return { kind: 'none' };
  return { kind: 'order', reading: { ...assembled, conflicts: resolved.conflicts } };
}

/**
 * On a page whose URL names no order, an order id alone is not an order page (a form, a
 * search box): at least two kinds of order content must show.
 */
function hasTwoKindsOfContent(order: OrderInput): boolean {
  const shipments = order.shipments ?? [];
  const packages = shipments.flatMap((s) => s.packages ?? []);
  const kinds = [
    order.fulfillmentOrderStatus !== undefined,
    order.estimatedArrivalDate !== undefined || shipments.some((s) => s.estimatedArrivalDate),
    shipments.some((s) => s.shippingDate || s.fulfillmentShipmentStatus),
    packages.some((p) => p.carrierCode || p.trackingNumber || p.currentStatus),
    (order.items ?? []).length > 0,
    order.salesChannel !== undefined,
  ];
  return kinds.filter(Boolean).length >= 2;
}

/** `readPage` when only an order matters: its reading, or null (refused or nothing to read). */
export function readOrderPage(
  doc: Document,
  url: string,
  options: ReadOrderPageOptions,
): OrderPageReading | null {
  const outcome = readPage(doc, url, options);
  return outcome.kind === 'order' ? outcome.reading : null;
}
