import { parseMarketplaceDate } from '../dates/parse-date';
import { marketplaceFor } from '../marketplaces';
import type { FulfillmentOrderStatus, OrderInput, PackageStatus } from '../model/order';
import { collect, type Fact, insideOpaque, isBlank, isLabelLine } from './collect';
import {
  FIELD_KEYS,
  type FieldKey,
  type LabelLanguage,
  type ReturnStatusKey,
  type StatusKey,
} from './labels';
import type { PageNode } from './page-index';
import { orderIdOf, pageKindOf } from './page-kind';
import { hasShape } from './shapes';
import { NODE } from './text';
import { matchReturnStatus, matchStatus, matchUnfulfillableReason } from './vocabulary';

// Reads an order-detail page of Seller Central into the core order model (domain.md §2, §3).
// Pure: the Document and the instant of reading are passed in. Fields that were looked for and
// not found are listed in `missing`, so the overlay can say what it could not read.

export interface ReadOrderPageOptions {
  /** Instant of the reading, ISO 8601; stamped on every field's provenance. */
  now: string;
  /** Locale of the page's dates when the caller knows better than `<html lang>` and the host. */
  locale?: string;
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

type ShipmentStatus = 'PENDING' | 'SHIPPED' | 'CANCELLED_BY_FULFILLER' | 'CANCELLED_BY_SELLER';
type ReturnStatus = 'authorized' | 'in-transit' | 'received' | 'closed';

/** Page words → SP-API values, at order, shipment and package level (domain.md §3). */
const STATUS_MEANING: Record<
  StatusKey,
  { order?: FulfillmentOrderStatus; shipment?: ShipmentStatus; package?: PackageStatus }
> = {
  shipped: { order: 'Complete', shipment: 'SHIPPED' },
  delivered: { order: 'Complete', shipment: 'SHIPPED', package: 'DELIVERED' },
  inTransit: { shipment: 'SHIPPED', package: 'IN_TRANSIT' },
  pending: { order: 'Planning', shipment: 'PENDING' },
  planning: { order: 'Planning', shipment: 'PENDING' },
  processing: { order: 'Processing', shipment: 'PENDING' },
  complete: { order: 'Complete', shipment: 'SHIPPED' },
  partiallyShipped: { order: 'CompletePartialled' },
  cancelled: { order: 'Cancelled' },
  unfulfillable: { order: 'Unfulfillable' },
  invalid: { order: 'Invalid' },
};
const RETURN_STATUS_MEANING: Record<ReturnStatusKey, ReturnStatus> = {
  authorized: 'authorized',
  inTransit: 'in-transit',
  received: 'received',
  closed: 'closed',
};

const ORDER_SHAPED_KEYS: readonly FieldKey[] = ['orderId', 'merchantOrderId'];
const ITEM_KEYS = new Set<FieldKey>(['sku', 'quantity', 'productName', 'asin', 'fnsku']);
/** Fields that only exist once a shipment exists: the first one opens the shipments part of a page. */
const SHIPMENT_OPENERS = new Set<FieldKey>([
  'shippingDate',
  'carrier',
  'trackingNumber',
  'deliveryStatus',
  'deliveredDate',
]);
const CONTENT_SIGNALS: readonly FieldKey[] = [
  'status',
  'estimatedArrivalDate',
  'shippingDate',
  'carrier',
  'trackingNumber',
  'sku',
  'quantity',
  'salesChannel',
  'deliveredDate',
];
/** One bit per field: the sets of fields a reading tallies are bit masks. */
const KEY_BIT = Object.fromEntries(FIELD_KEYS.map((key, i) => [key, 1 << i])) as Record<FieldKey, number>;
const CONTENT_SIGNAL_BITS = CONTENT_SIGNALS.reduce((bits, key) => bits | KEY_BIT[key], 0);

/**
 * Provenance paths by index and field (`shipments.0.shippingDate`), each built on first use: the
 * same few dozen paths name the fields of every reading, and a path built anew per reading costs
 * more than recording it.
 */
const shipmentPaths: Record<string, string>[] = [];
const packagePaths: Record<string, string>[][] = [];
const itemPaths: Record<string, string>[] = [];
function pathIn(rows: Record<string, string>[], i: number, field: string, prefix: () => string): string {
  let row = rows[i];
  if (row === undefined) {
    // No prototype: a field named like an Object member must not find it.
    row = Object.create(null) as Record<string, string>;
    rows[i] = row;
  }
  let path = row[field];
  if (path === undefined) {
    path = prefix() + field;
    row[field] = path;
  }
  return path;
}
const shipmentPath = (i: number, field: string) => pathIn(shipmentPaths, i, field, () => `shipments.${i}.`);
function packagePath(i: number, j: number, field: string): string {
  let rows = packagePaths[i];
  if (rows === undefined) {
    rows = [];
    packagePaths[i] = rows;
  }
  return pathIn(rows, j, field, () => `shipments.${i}.packages.${j}.`);
}
const itemPath = (i: number, field: string) => pathIn(itemPaths, i, field, () => `items.${i}.`);

interface PackageDraft {
  carrierCode?: string;
  trackingNumber?: string;
  currentStatus?: PackageStatus;
  deliveredDate?: string;
}
interface ShipmentDraft {
  fulfillmentShipmentStatus?: ShipmentStatus;
  shippingDate?: string;
  estimatedArrivalDate?: string;
  packages: PackageDraft[];
}
interface ItemDraft {
  sellerSku?: string;
  quantity?: number;
  title?: string;
  asin?: string;
  fnsku?: string;
}

function dateLocaleFor(
  doc: Document,
  votes: ReadonlyMap<LabelLanguage, number>,
  marketplaceLocale: string,
  override?: string,
): string {
  if (override) return override;
  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const marketplaceLanguage = marketplaceLocale.slice(0, 2).toLowerCase();
  let language = htmlLang.slice(0, 2).toLowerCase();
  if (!['fr', 'en', 'de', 'es', 'it'].includes(language)) {
    let best = 0;
    language = '';
    for (const [candidate, count] of votes) {
      if (count > best) [language, best] = [candidate, count];
    }
  }
  if (!language) return marketplaceLocale;
  if (htmlLang.length > 2 && htmlLang.slice(0, 2).toLowerCase() === language) return htmlLang;
  if (language === marketplaceLanguage) return marketplaceLocale;
  return language === 'en' ? 'en-GB' : language;
}

/**
 * Reads the order shown by `doc`, served at `url`. Null when the page is not an order-detail page
 * (another Seller Central page, a list of orders, a form, or an empty shell still loading).
 */
export function readPage(doc: Document, url: string, options: ReadOrderPageOptions): PageOutcome {
  const reading = readOrderPageOld(doc, url, options);
  return reading ? { kind: 'order', reading } : { kind: 'none' };
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

function readOrderPageOld(
  doc: Document,
  url: string,
  options: ReadOrderPageOptions,
): OrderPageReading | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.host;
  const kind = pageKindOf(parsed);
  if (kind === 'order-list') return null;
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? undefined;
  const marketplace = marketplaceFor(host, htmlLang || undefined);
  if (!marketplace) return null;

  const collected = collect(doc);
  const locale = dateLocaleFor(doc, collected.languageVotes, marketplace.locale, options.locale);
  const referenceDay = options.now.slice(0, 10);
  const parseDate = (text: string) => parseMarketplaceDate(text, locale, referenceDay);

  // Keep the values that have their field's shape; "Label: value" lines only count for a field
  // no structural pair gave.
  const facts: Fact[] = [];
  /** Fields that some structural pair gave. */
  let structuralKeys = 0;
  for (const fact of collected.facts) {
    if (fact.key === 'comments') continue;
    if (fact.key === 'estimatedArrivalDate' || fact.key === 'shippingDate' || fact.key === 'deliveredDate') {
      const day = parseDate(fact.value);
      if (!day) continue;
      fact.value = day;
    } else if (fact.key === 'status' || fact.key === 'deliveryStatus') {
      if (!matchStatus(fact.value)) continue;
    } else if (fact.key === 'returnStatus') {
      if (!matchReturnStatus(fact.value)) continue;
    } else if (!hasShape(fact.key, fact.value)) continue;
    // "ASIN : B08XYZ1234" is never a product's title.
    else if (fact.key === 'productName' && isLabelLine(fact.value)) continue;
    facts.push(fact);
    if (fact.strength === 2) structuralKeys |= KEY_BIT[fact.key];
  }
  // The collector finds facts in document order: sorted (a stable sort) only when they are not.
  const kept: Fact[] = [];
  let signals = 0;
  let inOrder = true;
  for (const fact of facts) {
    if (fact.strength !== 2 && (structuralKeys & KEY_BIT[fact.key]) !== 0) continue;
    if (kept.length > 0 && fact.pos < (kept[kept.length - 1] as Fact).pos) inOrder = false;
    kept.push(fact);
    signals |= KEY_BIT[fact.key] & CONTENT_SIGNAL_BITS;
  }
  if (!inOrder) kept.sort((a, b) => a.pos - b.pos);

  const provenance: Record<string, { source: 'page'; seenAt: string }> = {};
  // One entry object for all the paths of the reading, as the report import does: every field
  // was seen at the same instant, and entries are replaced, never edited in place.
  const seenHere = { source: 'page', seenAt: options.now } as const;
  const seen = (path: string) => {
    provenance[path] = seenHere;
  };

  // Order ids: on a page listing several orders, the page is not one order's details.
  const firstOf = (key: FieldKey) => kept.find((f) => f.key === key)?.value;
  const isDetailUrl = kind === 'order-detail' || kind === 'legacy-order-detail';
  if (isDetailUrl) {
    if (kept.length === 0 && !collected.createReturnAction) return null;
  } else {
    const firstId = firstOf('orderId');
    if (
      (firstId === undefined
        ? !firstOf('merchantOrderId')
        : kept.some((f) => f.key === 'orderId' && f.value !== firstId)) ||
      // Fewer than two kinds of content.
      (signals & (signals - 1)) === 0
    )
      return null;
  }

  const order: OrderInput = {
    marketplace,
    items: [],
    shipments: [],
    returns: [],
    provenance,
  };
  const sellerFulfillmentOrderId = firstOf('orderId') ?? (isDetailUrl ? orderIdOf(parsed) : null);
  if (sellerFulfillmentOrderId) {
    order.sellerFulfillmentOrderId = sellerFulfillmentOrderId;
    seen('sellerFulfillmentOrderId');
  }
  const displayableOrderId = firstOf('merchantOrderId');
  if (displayableOrderId && displayableOrderId !== sellerFulfillmentOrderId) {
    order.displayableOrderId = displayableOrderId;
    seen('displayableOrderId');
  }
  if (!order.sellerFulfillmentOrderId && !order.displayableOrderId) return null;
  const salesChannel = firstOf('salesChannel');
  if (salesChannel) {
    order.salesChannel = salesChannel;
    seen('salesChannel');
  }

  // Shipments: sections opened by headings ("Envoi 1 sur 3"); without headings, the first field
  // that only a shipment has opens one, and a repeated ship date opens the next.
  const shipmentHeadings = collected.headings.filter((h) => h.kind === 'shipment').map((h) => h.pos);
  const packageHeadings = collected.headings.filter((h) => h.kind === 'package').map((h) => h.pos);
  const shipments: ShipmentDraft[] = shipmentHeadings.map(() => ({ packages: [] }));
  const summary: SummaryShipment = {};
  let orderStatus: StatusKey | undefined;
  let orderEdd: string | undefined;
  let current: ShipmentDraft | undefined;
  let currentPackage: PackageDraft | undefined;
  let sectionIndex = -1;
  let packageSection = -1;
  const newPackage = (shipment: ShipmentDraft) => {
    currentPackage = {};
    shipment.packages.push(currentPackage);
    return currentPackage;
  };
  const packageFor = (shipment: ShipmentDraft) =>
    currentPackage && shipment.packages.includes(currentPackage) ? currentPackage : newPackage(shipment);

  for (const fact of kept) {
    if (ITEM_KEYS.has(fact.key) || ORDER_SHAPED_KEYS.includes(fact.key)) continue;
    if (fact.key === 'salesChannel' || fact.key === 'rmaId' || fact.key === 'returnStatus') continue;
    let section = -1;
    while (section + 1 < shipmentHeadings.length && shipmentHeadings[section + 1]! < fact.pos) section++;
    if (shipmentHeadings.length > 0) {
      if (section < 0) {
        // Before the first shipment section: the order summary.
        if (fact.key === 'estimatedArrivalDate') orderEdd ??= fact.value;
        else if (fact.key === 'status') orderStatus ??= matchStatus(fact.value);
        else noteSummaryFact(summary, fact);
        continue;
      }
      if (section !== sectionIndex) {
        sectionIndex = section;
        current = shipments[section];
        currentPackage = undefined;
        packageSection = -1;
      }
    } else if (!current) {
      if (!SHIPMENT_OPENERS.has(fact.key)) {
        if (fact.key === 'estimatedArrivalDate') orderEdd ??= fact.value;
        else if (fact.key === 'status') orderStatus ??= matchStatus(fact.value);
        continue;
      }
      current = { packages: [] };
      shipments.push(current);
    } else if (
      (fact.key === 'shippingDate' && current.shippingDate && current.shippingDate !== fact.value) ||
      (fact.key === 'estimatedArrivalDate' &&
        current.estimatedArrivalDate &&
        current.estimatedArrivalDate !== fact.value)
    ) {
      current = { packages: [] };
      shipments.push(current);
      currentPackage = undefined;
    }
    const shipment = current as ShipmentDraft;
    // Package sections ("Colis 2 sur 2") inside the shipment.
    let packageIndex = packageSection;
    for (const p of packageHeadings) {
      if (p < fact.pos && (shipmentHeadings[section] ?? -1) < p) packageIndex = Math.max(packageIndex, p);
    }
    if (packageIndex !== packageSection) {
      packageSection = packageIndex;
      newPackage(shipment);
    }
    switch (fact.key) {
      case 'shippingDate':
        shipment.shippingDate ??= fact.value;
        break;
      case 'estimatedArrivalDate':
        shipment.estimatedArrivalDate ??= fact.value;
        break;
      case 'status': {
        const meaning = STATUS_MEANING[matchStatus(fact.value) as StatusKey];
        if (meaning.shipment) shipment.fulfillmentShipmentStatus ??= meaning.shipment;
        if (meaning.package) packageFor(shipment).currentStatus ??= meaning.package;
        break;
      }
      case 'deliveryStatus': {
        const meaning = STATUS_MEANING[matchStatus(fact.value) as StatusKey];
        if (meaning.package) packageFor(shipment).currentStatus ??= meaning.package;
        break;
      }
      case 'deliveredDate': {
        const pkg = packageFor(shipment);
        pkg.deliveredDate ??= fact.value;
        pkg.currentStatus ??= 'DELIVERED';
        break;
      }
      case 'carrier':
      case 'trackingNumber': {
        const field = fact.key === 'carrier' ? 'carrierCode' : 'trackingNumber';
        let pkg = packageFor(shipment);
        if (pkg[field] !== undefined && pkg[field] !== fact.value) {
          // The same tracking number often shows twice (a label and a Swiship link).
          const again = shipment.packages.find((p) => p[field] === fact.value);
          if (again) {
            currentPackage = again;
            break;
          }
          pkg = newPackage(shipment);
        }
        pkg[field] = fact.value;
        break;
      }
    }
  }

  attributeSummary(summary, shipments);
  if (orderStatus) {
    const meaning = STATUS_MEANING[orderStatus];
    // The order's status is its only shipment's status when the shipment shows none.
    const only = shipments.length === 1 ? shipments[0] : undefined;
    if (only && meaning.shipment) only.fulfillmentShipmentStatus ??= meaning.shipment;
    if (meaning.order) {
      order.fulfillmentOrderStatus = meaning.order;
      seen('fulfillmentOrderStatus');
    }
    // "Delivered" for the whole order: every package whose own status is not shown.
    if (meaning.package)
      for (const s of shipments) for (const p of s.packages) p.currentStatus ??= meaning.package;
  }
  if (orderEdd) {
    order.estimatedArrivalDate = orderEdd;
    seen('estimatedArrivalDate');
  }

  order.shipments = shipments.map((draft, i) => {
    const shipment: NonNullable<OrderInput['shipments']>[number] = { packages: [] };
    for (const field of ['fulfillmentShipmentStatus', 'shippingDate', 'estimatedArrivalDate'] as const) {
      if (draft[field] !== undefined) {
        (shipment as Record<string, unknown>)[field] = draft[field];
        seen(shipmentPath(i, field));
      }
    }
    shipment.packages = draft.packages
      .filter((p) => Object.keys(p).length > 0)
      .map((p, j) => {
        for (const field of Object.keys(p)) seen(packagePath(i, j, field));
        return { ...p, events: [] };
      });
    return shipment;
  });

  order.items = readItems(kept, seen);

  const rmaId = firstOf('rmaId');
  const returnStatus = firstOf('returnStatus');
  if (rmaId && returnStatus) {
    order.returns = [
      { rmaId, items: [], status: RETURN_STATUS_MEANING[matchReturnStatus(returnStatus) as ReturnStatusKey] },
    ];
    seen('returns.0.rmaId');
    seen('returns.0.status');
  }

  if (order.fulfillmentOrderStatus === 'Unfulfillable' || order.fulfillmentOrderStatus === 'Invalid') {
    order.unfulfillableReason = findUnfulfillableReason(collected.nodes, collected.opaque) ?? 'other';
    seen('unfulfillableReason');
  }

  return { order, missing: missingFields(order), conflicts: [] };
}

/** Shipment fields shown in the order summary, outside any shipment section. */
interface SummaryShipment {
  shippingDate?: string;
  carrierCode?: string;
  trackingNumber?: string;
  currentStatus?: PackageStatus;
  deliveredDate?: string;
}

function noteSummaryFact(summary: SummaryShipment, fact: Fact): void {
  switch (fact.key) {
    case 'shippingDate':
      summary.shippingDate ??= fact.value;
      break;
    case 'carrier':
      summary.carrierCode ??= fact.value;
      break;
    case 'trackingNumber':
      summary.trackingNumber ??= fact.value;
      break;
    case 'deliveryStatus':
      summary.currentStatus ??= STATUS_MEANING[matchStatus(fact.value) as StatusKey].package;
      break;
    case 'deliveredDate':
      summary.deliveredDate ??= fact.value;
      summary.currentStatus ??= 'DELIVERED';
      break;
  }
}

/**
 * Summary fields belong to the order's only shipment (created when the page shows none). With
 * several shipments they are attributed only through their tracking number, when exactly one
 * package of one shipment carries it; otherwise they are left out.
 */
function attributeSummary(summary: SummaryShipment, shipments: ShipmentDraft[]): void {
  const { shippingDate, carrierCode, trackingNumber, currentStatus, deliveredDate } = summary;
  if (!shippingDate && !carrierCode && !trackingNumber && !currentStatus && !deliveredDate) return;
  let shipment: ShipmentDraft | undefined;
  let pkg: PackageDraft | undefined;
  if (trackingNumber) {
    const owners = shipments.filter((s) => s.packages.some((p) => p.trackingNumber === trackingNumber));
    if (owners.length === 1) {
      shipment = owners[0];
      pkg = shipment?.packages.find((p) => p.trackingNumber === trackingNumber);
    }
  }
  if (!shipment) {
    if (shipments.length === 0) shipments.push({ packages: [] });
    if (shipments.length > 1) return;
    shipment = shipments[0] as ShipmentDraft;
  }
  if (shippingDate) shipment.shippingDate ??= shippingDate;
  if (!carrierCode && !trackingNumber && !currentStatus && !deliveredDate) return;
  if (!pkg) {
    const shown = shipment.packages.filter((p) => Object.keys(p).length > 0);
    if (shown.length > 1) return;
    pkg = shown[0];
    if (pkg?.trackingNumber && trackingNumber && pkg.trackingNumber !== trackingNumber) return;
    if (!pkg) {
      pkg = {};
      shipment.packages.push(pkg);
    }
  }
  if (carrierCode) pkg.carrierCode ??= carrierCode;
  if (trackingNumber) pkg.trackingNumber ??= trackingNumber;
  if (currentStatus) pkg.currentStatus ??= currentStatus;
  if (deliveredDate) pkg.deliveredDate ??= deliveredDate;
}

const ITEM_FIELDS = {
  sku: 'sellerSku',
  quantity: 'quantity',
  productName: 'title',
  asin: 'asin',
  fnsku: 'fnsku',
} as const satisfies Partial<Record<FieldKey, keyof ItemDraft>>;

function readItems(facts: readonly Fact[], seen: (path: string) => void): NonNullable<OrderInput['items']> {
  // Cells of one table row belong to one item; elsewhere a new SKU starts a new item.
  const drafts: ItemDraft[] = [];
  const byRow = new Map<Element, ItemDraft>();
  let sequential: ItemDraft | undefined;
  for (const fact of facts) {
    if (!ITEM_KEYS.has(fact.key)) continue;
    const row = fact.row;
    let draft = row ? byRow.get(row) : sequential;
    const field = ITEM_FIELDS[fact.key as keyof typeof ITEM_FIELDS];
    if (!draft || (!row && draft[field] !== undefined)) {
      draft = {};
      drafts.push(draft);
      if (row) byRow.set(row, draft);
      else sequential = draft;
    }
    if (draft[field] !== undefined) continue;
    if (field === 'quantity') draft.quantity = Number(fact.value);
    else draft[field] = fact.value;
  }
  const items: NonNullable<OrderInput['items']> = [];
  for (const draft of drafts) {
    if (draft.sellerSku === undefined || draft.quantity === undefined) continue;
    const i = items.length;
    items.push({ ...draft, sellerSku: draft.sellerSku, quantity: draft.quantity });
    for (const field of Object.keys(draft)) seen(itemPath(i, field));
  }
  return items;
}

function findUnfulfillableReason(
  nodes: readonly PageNode[],
  opaque: ReadonlySet<Node>,
): 'damaged-unit' | 'dangerous-goods' | undefined {
  // The page's text nodes as the collector's one walk recorded them (open shadow roots included).
  for (const node of nodes) {
    if (node.kind !== NODE.TEXT) continue;
    const data = node.data;
    // Indentation names no reason: every phrase holds letters.
    if (data.length < 4 || data.length > 400 || isBlank(data)) continue;
    const parent = node.parentOrHost;
    if (parent && (parent.name === 'script' || parent.name === 'style')) continue;
    const reason = matchUnfulfillableReason(data);
    if (reason && !insideOpaque(node.node, opaque)) return reason;
  }
  return undefined;
}

function missingFields(order: OrderInput): string[] {
  const missing: string[] = [];
  const shipments = order.shipments ?? [];
  const packages = shipments.flatMap((s) => s.packages ?? []);
  if (!order.sellerFulfillmentOrderId) missing.push('sellerFulfillmentOrderId');
  if (!order.fulfillmentOrderStatus) missing.push('fulfillmentOrderStatus');
  if (!order.salesChannel) missing.push('salesChannel');
  if (!order.estimatedArrivalDate && !shipments.some((s) => s.estimatedArrivalDate))
    missing.push('estimatedArrivalDate');
  const anyShipDate = shipments.some((s) => s.shippingDate);
  const anyTracking = packages.some((p) => p.trackingNumber);
  const anyCarrier = packages.some((p) => p.carrierCode);
  if (!anyShipDate) missing.push('shippingDate');
  if (!anyTracking) missing.push('trackingNumber');
  if (!anyCarrier) missing.push('carrierCode');
  if ((order.items ?? []).length === 0) missing.push('items');
  // Gaps inside a shipment when other shipments show the field.
  shipments.forEach((s, i) => {
    if (anyShipDate && !s.shippingDate) missing.push(`shipments.${i}.shippingDate`);
    const shipmentPackages = s.packages ?? [];
    if (shipmentPackages.length === 0) {
      if (anyTracking) missing.push(`shipments.${i}.packages`);
      return;
    }
    shipmentPackages.forEach((p, j) => {
      if (anyTracking && !p.trackingNumber) missing.push(`shipments.${i}.packages.${j}.trackingNumber`);
      if (anyCarrier && !p.carrierCode) missing.push(`shipments.${i}.packages.${j}.carrierCode`);
    });
  });
  return missing;
}
