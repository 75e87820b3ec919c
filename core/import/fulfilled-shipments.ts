import { LIMITS, tooLong } from '../model/limits';
import {
  type Item,
  type Marketplace,
  MarketplaceSchema,
  type Order,
  OrderSchema,
  type Package,
  type Shipment,
} from '../model/order';
import {
  type CalendarDate,
  CalendarDateSchema,
  type Provenance,
  ProvenanceSchema,
} from '../model/primitives';
import type { ParsedReport, ReportRow } from './parse-report';
import { ReportFormatError } from './parse-report';
import { isMcfSalesChannel, locateColumns, type ReportColumn } from './report-columns';
import { reportDayReader, wholeCount } from './report-values';

// "Amazon Fulfilled Shipments" rows → one Order observation per order. A row is one shipped item
// of one package: rows are grouped by order, then by shipment-id, then by tracking number. The
// report says nothing of delivery, so no package gets a `currentStatus`: the policy then keeps an
// old order at `lost-check` (verify on Swiship) until a page, an API payload or the seller says
// what the carrier says. A report WITH a tracking-number column whose shipped row leaves it empty
// says the shipment had no tracking on the row's reporting-date (`noTrackingReportedOn`); a
// report without that column says nothing of tracking.

export interface RowRejection {
  line: number;
  reason: string;
}

export interface ReportMapping {
  orders: Order[];
  /** The line each order of `orders` starts on (its first row), for messages. */
  lines: number[];
  /** Data rows read (header and blank lines excluded). */
  rowsRead: number;
  /** Rows of Amazon orders (sales channel `Amazon.fr`...), left out on purpose. */
  notMcf: number;
  /** Rows repeating a shipment-item-id already read for the same order. */
  duplicates: number;
  rejected: RowRejection[];
  /** Columns the report lacks, and what that costs. */
  warnings: string[];
}

export interface ReportMapperOptions {
  /** The report carries no marketplace for MCF rows ("Non-Amazon"): the seller picks it. */
  marketplace: Marketplace;
  /** When the report was read: the `seenAt` of every value it sets. */
  observedAt: Date;
}

interface PackageDraft {
  carrierCode?: string;
  trackingNumber?: string;
}
interface ShipmentDraft {
  amazonShipmentId?: string;
  shippingDate?: CalendarDate;
  estimatedArrivalDate?: CalendarDate;
  /** Latest day a row of this shipment showed a ship date and an empty tracking cell. */
  noTrackingReportedOn?: CalendarDate;
  /** A row of this shipment gave a tracking number. */
  tracked?: boolean;
  packages: Map<string, PackageDraft>;
}
/** What one accepted row says, kept until `finish` builds the order from its rows in line order. */
interface RowFacts {
  line: number;
  itemId: string;
  shipmentId: string;
  tracking: string;
  carrier: string;
  shippingDate: CalendarDate | null;
  edd: CalendarDate | null;
  /**
   * Set when the report has a tracking column and this shipped row left it empty: the day the
   * row vouches for (its reporting-date, else its ship date). Null otherwise.
   */
  noTrackingOn: CalendarDate | null;
  sku: string;
  /** Null when the row gives no `quantity-shipped`: unknown, not 0. */
  quantity: number | null;
  title: string;
  channel: string;
}
interface OrderDraft {
  amazonOrderId?: string;
  merchantOrderId?: string;
  rows: RowFacts[];
  /**
   * The shipment-item-ids of `rows`, indexed only once the order has more rows than a scan is
   * worth: a Set per order was a large part of the memory the mapping keeps (and the GC walks).
   */
  itemIds?: Set<string>;
}
const ITEM_SCAN_LIMIT = 8;

function holdsItem(draft: OrderDraft, itemId: string): boolean {
  if (draft.itemIds) return draft.itemIds.has(itemId);
  for (const row of draft.rows) if (row.itemId === itemId) return true;
  return false;
}

/** To call after rows were added to `draft`, with those rows. */
function noteItems(draft: OrderDraft, added: readonly RowFacts[]): void {
  if (draft.itemIds) {
    for (const row of added) if (row.itemId) draft.itemIds.add(row.itemId);
  } else if (draft.rows.length > ITEM_SCAN_LIMIT) {
    draft.itemIds = new Set();
    for (const row of draft.rows) if (row.itemId) draft.itemIds.add(row.itemId);
  }
}

const WARN_IF_MISSING: Partial<Record<ReportColumn, string>> = {
  salesChannel: 'no "sales-channel" column: every row is taken as an MCF order',
  shipmentDate: 'no "shipment-date" column: ship dates are left empty',
  estimatedArrivalDate: 'no "estimated-arrival-date" column: the lost-order rule needs an EDD',
  trackingNumber: 'no "tracking-number" column: tracking is left empty',
  carrier: 'no "carrier" column: carriers are left empty',
  sku: 'no "sku" column: items are left empty',
  quantityShipped:
    'no "quantity-shipped" column: items are left out (an item needs a known quantity; 0 would cap returns at 0)',
};

/** Distinct quantity texts remembered per mapper (a report repeats a few); past it, each is read. */
const COUNT_CACHE_LIMIT = 1_000;

/**
 * A mapper fed one row at a time, so that a page can map a large file in slices and stay
 * responsive. Throws ReportFormatError when the header is not the report's.
 */
export function createReportMapper(header: readonly string[], options: ReportMapperOptions) {
  const columns = locateColumns(header);
  if (columns.amazonOrderId === undefined && columns.merchantOrderId === undefined) {
    const found = header
      .slice(0, 8)
      .map((h) => JSON.stringify(h.slice(0, 40)))
      .join(', ');
    throw new ReportFormatError(
      `Not an "Amazon Fulfilled Shipments" report: no "amazon-order-id" or "merchant-order-id" column (columns found: ${found || 'none'}).`,
    );
  }
  const warnings = Object.entries(WARN_IF_MISSING)
    .filter(([column]) => columns[column as ReportColumn] === undefined)
    .map(([, warning]) => warning as string);
  const { marketplace } = options;
  const { timeZone, locale } = marketplace;
  const seen = { source: 'report', seenAt: options.observedAt.toISOString() } as const;
  /** In order of first appearance. */
  const drafts = new Set<OrderDraft>();
  const draftsByAmazonId = new Map<string, OrderDraft>();
  const draftsByMerchantId = new Map<string, OrderDraft>();
  const rejected: RowRejection[] = [];
  let rowsRead = 0;
  let notMcf = 0;
  let duplicates = 0;

  const at = (column: ReportColumn): number => columns[column] ?? -1;
  const col = {
    amazonOrderId: at('amazonOrderId'),
    merchantOrderId: at('merchantOrderId'),
    salesChannel: at('salesChannel'),
    shipmentDate: at('shipmentDate'),
    reportingDate: at('reportingDate'),
    estimatedArrivalDate: at('estimatedArrivalDate'),
    quantityShipped: at('quantityShipped'),
    shipmentItemId: at('shipmentItemId'),
    shipmentId: at('shipmentId'),
    trackingNumber: at('trackingNumber'),
    carrier: at('carrier'),
    sku: at('sku'),
    productName: at('productName'),
  };
  const cell = (cells: readonly string[], index: number): string =>
    index < 0 ? '' : (cells[index] ?? '').trim();

  const dayOf = reportDayReader(timeZone, locale);
  // A report repeats a handful of quantities on thousands of rows.
  const counts = new Map<string, number | null>();
  const countOf = (text: string): number | null => {
    let count = counts.get(text);
    if (count === undefined) {
      count = wholeCount(text);
      if (counts.size < COUNT_CACHE_LIMIT) counts.set(text, count);
    }
    return count;
  };

  /** Columns whose values are stored, with the limit of the field each one fills. */
  const limited: [string, number, number][] = (
    [
      ['amazon-order-id', col.amazonOrderId, LIMITS.orderId],
      ['merchant-order-id', col.merchantOrderId, LIMITS.orderId],
      ['sales-channel', col.salesChannel, LIMITS.carrier],
      ['shipment-id', col.shipmentId, LIMITS.id],
      ['shipment-item-id', col.shipmentItemId, LIMITS.id],
      ['tracking-number', col.trackingNumber, LIMITS.id],
      ['carrier', col.carrier, LIMITS.carrier],
      ['sku', col.sku, LIMITS.sku],
      ['product-name', col.productName, LIMITS.title],
    ] as [string, number, number][]
  ).filter(([, index]) => index >= 0);
  /** The first stored cell of a row that is over its field's limit, in words; else undefined. */
  function overLongCell(cells: readonly string[]): string | undefined {
    for (const [name, index, max] of limited) {
      const raw = cells[index];
      if (raw !== undefined && raw.length > max) {
        const length = raw.trim().length;
        if (length > max) return tooLong(name, length, max);
      }
    }
    return undefined;
  }

  function addRow(row: ReportRow): void {
    rowsRead++;
    const { cells, line } = row;
    const amazonOrderId = cell(cells, col.amazonOrderId);
    const merchantOrderId = cell(cells, col.merchantOrderId);
    if (!amazonOrderId && !merchantOrderId) {
      rejected.push({ line, reason: 'no amazon-order-id or merchant-order-id' });
      return;
    }
    const channel = cell(cells, col.salesChannel);
    if (col.salesChannel >= 0) {
      if (!channel) {
        rejected.push({ line, reason: 'empty sales-channel: cannot tell an MCF order from an Amazon one' });
        return;
      }
      if (!isMcfSalesChannel(channel)) {
        notMcf++;
        return;
      }
    }
    // Everything is checked before the draft is touched: a rejected row leaves its order as it was.
    const overLimit = overLongCell(cells);
    if (overLimit) {
      rejected.push({ line, reason: overLimit });
      return;
    }
    const shipDateText = cell(cells, col.shipmentDate);
    const shippingDate = shipDateText ? dayOf(shipDateText) : null;
    if (shipDateText && !shippingDate) {
      rejected.push({ line, reason: `shipment-date is not a date: "${clip(shipDateText)}"` });
      return;
    }
    const eddText = cell(cells, col.estimatedArrivalDate);
    const edd = eddText ? dayOf(eddText) : null;
    if (eddText && !edd) {
      rejected.push({ line, reason: `estimated-arrival-date is not a date: "${clip(eddText)}"` });
      return;
    }
    const quantityText = cell(cells, col.quantityShipped);
    const quantity = quantityText ? countOf(quantityText) : null;
    if (quantityText && quantity === null) {
      rejected.push({ line, reason: `quantity-shipped is not a whole number: "${clip(quantityText)}"` });
      return;
    }

    // Rows of one order may name it differently (both ids on one row, only the merchant's on
    // another): a row joins every draft that shares one of its ids.
    const byAmazon = amazonOrderId ? draftsByAmazonId.get(amazonOrderId) : undefined;
    const byMerchant = merchantOrderId ? draftsByMerchantId.get(merchantOrderId) : undefined;
    if (byAmazon?.merchantOrderId && merchantOrderId && byAmazon.merchantOrderId !== merchantOrderId) {
      rejected.push({
        line,
        reason: `merchant-order-id "${clip(merchantOrderId)}" differs from line ${firstLine(byAmazon)}`,
      });
      return;
    }
    if (byMerchant?.amazonOrderId && amazonOrderId && byMerchant.amazonOrderId !== amazonOrderId) {
      rejected.push({
        line,
        reason: `amazon-order-id "${clip(amazonOrderId)}" differs from line ${firstLine(byMerchant)}`,
      });
      return;
    }
    let order: OrderDraft | undefined = byAmazon ?? byMerchant;
    if (byAmazon && byMerchant && byAmazon !== byMerchant) order = join(byAmazon, byMerchant);
    const itemId = cell(cells, col.shipmentItemId);
    if (itemId && order && holdsItem(order, itemId)) {
      duplicates++;
      return;
    }
    if (!order) {
      order = { rows: [] };
      drafts.add(order);
    }
    if (amazonOrderId) {
      order.amazonOrderId = amazonOrderId;
      draftsByAmazonId.set(amazonOrderId, order);
    }
    if (merchantOrderId) {
      order.merchantOrderId = merchantOrderId;
      draftsByMerchantId.set(merchantOrderId, order);
    }
    const tracking = cell(cells, col.trackingNumber);
    // An empty tracking cell says something only in a report that has the column, on a row that
    // shipped: the shipment had no tracking when the row was reported. A date that does not read
    // is no reason to reject a row that never needed it: the ship date vouches instead.
    let noTrackingOn: CalendarDate | null = null;
    if (col.trackingNumber >= 0 && !tracking && shippingDate) {
      const reportedText = cell(cells, col.reportingDate);
      const reported = reportedText ? dayOf(reportedText) : null;
      noTrackingOn = reported && reported > shippingDate ? reported : shippingDate;
    }
    const facts: RowFacts = {
      line,
      itemId,
      shipmentId: cell(cells, col.shipmentId),
      tracking,
      carrier: cell(cells, col.carrier),
      shippingDate,
      edd,
      noTrackingOn,
      sku: cell(cells, col.sku),
      quantity,
      title: cell(cells, col.productName),
      channel,
    };
    order.rows.push(facts);
    noteItems(order, [facts]);
  }

  /**
   * One draft out of two that turned out to be the same order (their ids never contradict: the
   * caller checked). The earlier one stays, with the other's rows merged in line order; a
   * shipment item both hold counts once.
   */
  function join(a: OrderDraft, b: OrderDraft): OrderDraft {
    const [kept, gone] = firstLine(a) <= firstLine(b) ? [a, b] : [b, a];
    drafts.delete(gone);
    const moved = gone.rows.filter((r) => !(r.itemId && holdsItem(kept, r.itemId)));
    duplicates += gone.rows.length - moved.length;
    kept.rows = [...kept.rows, ...moved].sort((x, y) => x.line - y.line);
    noteItems(kept, moved);
    kept.amazonOrderId ??= gone.amazonOrderId;
    kept.merchantOrderId ??= gone.merchantOrderId;
    if (kept.amazonOrderId) draftsByAmazonId.set(kept.amazonOrderId, kept);
    if (kept.merchantOrderId) draftsByMerchantId.set(kept.merchantOrderId, kept);
    return kept;
  }

  function finish(): ReportMapping {
    const builder = orderBuilder(marketplace, seen);
    const orders: Order[] = [];
    const lines: number[] = [];
    for (const draft of drafts) {
      const { order, checked } = builder.build(draft);
      if (checked) {
        orders.push(order);
        lines.push(firstLine(draft));
        continue;
      }
      // Only an order holding a value the quick checks doubt goes through the schema, which then
      // names the first issue exactly as it would for any order.
      const parsed = OrderSchema.safeParse(order);
      if (parsed.success) {
        orders.push(parsed.data);
        lines.push(firstLine(draft));
      } else {
        const issue = parsed.error.issues[0];
        const reason = `order rejected: ${issue ? `${issue.path.join('.') || 'order'}: ${issue.message}` : 'invalid'}`;
        for (const { line } of draft.rows) rejected.push({ line, reason });
      }
    }
    rejected.sort((a, b) => a.line - b.line);
    return { orders, lines, rowsRead, notMcf, duplicates, rejected, warnings };
  }

  return { addRow, finish };
}

/** Maps a whole parsed report at once (tests, small files). */
export function mapFulfilledShipments(report: ParsedReport, options: ReportMapperOptions): ReportMapping {
  const mapper = createReportMapper(report.header, options);
  for (const row of report.rows) mapper.addRow(row);
  return mapper.finish();
}

function firstLine(draft: OrderDraft): number {
  return draft.rows[0]?.line ?? Number.POSITIVE_INFINITY;
}

interface ItemPaths {
  sellerSku: string;
  quantity: string;
  title: string;
}
interface PackagePaths {
  carrierCode: string;
  trackingNumber: string;
}
interface ShipmentPaths {
  amazonShipmentId: string;
  fulfillmentShipmentStatus: string;
  shippingDate: string;
  estimatedArrivalDate: string;
  noTrackingReportedOn: string;
  packages: PackagePaths[];
}

/**
 * Builds orders exactly as OrderSchema would output them (defaults filled, marketplace copied,
 * one provenance entry per leaf value, keyed by its dotted path as the model's provenance is), without running the
 * schema on each of tens of thousands of orders: zod was most of the mapping time. What the
 * mapper cannot guarantee by construction is checked once per distinct value (the marketplace and
 * the instant once, each day once, with the schema) or cheaply (quantity sums, safe integers); an
 * order holding a value that fails is returned unchecked, for the caller to run the schema on it.
 */
function orderBuilder(marketplace: Marketplace, seen: Provenance) {
  const checkedMarketplace = MarketplaceSchema.safeParse(marketplace);
  const trusted = checkedMarketplace.success && ProvenanceSchema.safeParse(seen).success;
  const { source, seenAt } = seen;
  const storable = new Map<string, boolean>();
  const isStorableDay = (day: CalendarDate): boolean => {
    let ok = storable.get(day);
    if (ok === undefined) {
      ok = CalendarDateSchema.safeParse(day).success;
      storable.set(day, ok);
    }
    return ok;
  };

  // Path strings built once per index: most orders have one shipment, one package and one or
  // two items, so tens of thousands of orders share a few dozen strings.
  const itemPaths: ItemPaths[] = [];
  const itemPathsAt = (i: number): ItemPaths => {
    let paths = itemPaths[i];
    if (!paths) {
      const base = `items.${i}.`;
      paths = { sellerSku: `${base}sellerSku`, quantity: `${base}quantity`, title: `${base}title` };
      itemPaths[i] = paths;
    }
    return paths;
  };
  const shipmentPaths: ShipmentPaths[] = [];
  const shipmentPathsAt = (i: number): ShipmentPaths => {
    let paths = shipmentPaths[i];
    if (!paths) {
      const base = `shipments.${i}.`;
      paths = {
        amazonShipmentId: `${base}amazonShipmentId`,
        fulfillmentShipmentStatus: `${base}fulfillmentShipmentStatus`,
        shippingDate: `${base}shippingDate`,
        estimatedArrivalDate: `${base}estimatedArrivalDate`,
        noTrackingReportedOn: `${base}noTrackingReportedOn`,
        packages: [],
      };
      shipmentPaths[i] = paths;
    }
    return paths;
  };
  const packagePathsAt = (shipment: ShipmentPaths, shipmentIndex: number, i: number): PackagePaths => {
    let paths = shipment.packages[i];
    if (!paths) {
      const base = `shipments.${shipmentIndex}.packages.${i}.`;
      paths = { carrierCode: `${base}carrierCode`, trackingNumber: `${base}trackingNumber` };
      shipment.packages[i] = paths;
    }
    return paths;
  };

  function build(draft: OrderDraft): { order: Order; checked: boolean } {
    let checked = trusted;
    const provenance: Record<string, Provenance> = {};
    // One entry object for all the paths of an order: every field of it was seen at the same
    // time, and entries are replaced, never edited in place (core/merge, the background).
    const seenHere: Provenance = { source, seenAt };
    const stamp = (path: string): void => {
      provenance[path] = seenHere;
    };
    const byKey = new Map<string, ShipmentDraft>();
    // Quantity null: at least one row of the SKU gave none, so its total is unknown.
    const items = new Map<string, { quantity: number | null; title?: string }>();
    let salesChannel: string | undefined;
    for (const row of draft.rows) {
      if (row.channel) salesChannel = row.channel;
      // Without a shipment-id, rows of one package (or one ship day) make one shipment.
      const shipmentKey = row.shipmentId || `~${row.tracking || row.shippingDate || ''}`;
      let shipment = byKey.get(shipmentKey);
      if (!shipment) {
        shipment = { packages: new Map() };
        if (row.shipmentId) shipment.amazonShipmentId = row.shipmentId;
        byKey.set(shipmentKey, shipment);
      }
      if (row.shippingDate) shipment.shippingDate = row.shippingDate;
      if (row.edd) shipment.estimatedArrivalDate = row.edd;
      if (row.tracking) shipment.tracked = true;
      if (
        row.noTrackingOn &&
        !(shipment.noTrackingReportedOn && shipment.noTrackingReportedOn >= row.noTrackingOn)
      )
        shipment.noTrackingReportedOn = row.noTrackingOn;
      if (row.tracking || row.carrier) {
        const packageKey = row.tracking || `~${row.carrier}`;
        let pkg = shipment.packages.get(packageKey);
        if (!pkg) {
          pkg = {};
          shipment.packages.set(packageKey, pkg);
        }
        if (row.tracking) pkg.trackingNumber = row.tracking;
        if (row.carrier) pkg.carrierCode = row.carrier;
      }
      if (row.sku) {
        let item = items.get(row.sku);
        if (!item) {
          item = { quantity: 0 };
          items.set(row.sku, item);
        }
        item.quantity = item.quantity === null || row.quantity === null ? null : item.quantity + row.quantity;
        if (row.title && !item.title) item.title = row.title;
      }
    }

    // Objects take their keys in the schema's order, as its output does; provenance entries are
    // stamped in the order of a walk of the fields (the tests compare them with one).
    const order = {} as Order;
    if (draft.amazonOrderId) {
      order.sellerFulfillmentOrderId = draft.amazonOrderId;
      stamp('sellerFulfillmentOrderId');
    }
    if (draft.merchantOrderId) {
      order.displayableOrderId = draft.merchantOrderId;
      stamp('displayableOrderId');
    }
    order.marketplace = checkedMarketplace.success ? { ...checkedMarketplace.data } : marketplace;
    order.purpose = 'customer';
    if (salesChannel) {
      order.salesChannel = salesChannel;
      stamp('salesChannel');
    }
    order.items = [];
    // An item needs a quantity (core/model ItemSchema) and an unknown one is not 0: merged by SKU,
    // a 0 would overwrite the page's quantity and cap the return at 0. Such items are left out.
    for (const [sellerSku, item] of items) {
      if (item.quantity === null) continue;
      const paths = itemPathsAt(order.items.length);
      const out: Item = { sellerSku, quantity: item.quantity };
      stamp(paths.sellerSku);
      stamp(paths.quantity);
      if (item.title) {
        out.title = item.title;
        stamp(paths.title);
      }
      // Each row's count is safe; a sum of many may not be.
      if (!Number.isSafeInteger(item.quantity)) checked = false;
      order.items.push(out);
    }
    // Shipments in ship-date order, so the same file always yields the same order (idempotent import).
    const shipments = [...byKey.values()];
    if (shipments.length > 1) {
      shipments.sort(
        (a, b) =>
          (a.shippingDate ?? '').localeCompare(b.shippingDate ?? '') ||
          (a.amazonShipmentId ?? '').localeCompare(b.amazonShipmentId ?? ''),
      );
    }
    order.shipments = [];
    for (let index = 0; index < shipments.length; index++) {
      const s = shipments[index]!;
      const paths = shipmentPathsAt(index);
      const out = {} as Shipment;
      if (s.amazonShipmentId) {
        out.amazonShipmentId = s.amazonShipmentId;
        stamp(paths.amazonShipmentId);
      }
      // A row of this report is a shipped item.
      out.fulfillmentShipmentStatus = 'SHIPPED';
      stamp(paths.fulfillmentShipmentStatus);
      if (s.shippingDate) {
        out.shippingDate = s.shippingDate;
        stamp(paths.shippingDate);
        if (!isStorableDay(s.shippingDate)) checked = false;
      }
      if (s.estimatedArrivalDate) {
        out.estimatedArrivalDate = s.estimatedArrivalDate;
        stamp(paths.estimatedArrivalDate);
        if (!isStorableDay(s.estimatedArrivalDate)) checked = false;
      }
      // Rows of a shipment that did give a tracking number outweigh its rows that did not.
      if (s.noTrackingReportedOn && !s.tracked) {
        out.noTrackingReportedOn = s.noTrackingReportedOn;
        stamp(paths.noTrackingReportedOn);
        if (!isStorableDay(s.noTrackingReportedOn)) checked = false;
      }
      out.packages = [];
      for (const p of s.packages.values()) {
        const packagePaths = packagePathsAt(paths, index, out.packages.length);
        const pkg = {} as Package;
        if (p.carrierCode) pkg.carrierCode = p.carrierCode;
        if (p.trackingNumber) {
          pkg.trackingNumber = p.trackingNumber;
          stamp(packagePaths.trackingNumber);
        }
        if (p.carrierCode) stamp(packagePaths.carrierCode);
        pkg.events = [];
        out.packages.push(pkg);
      }
      order.shipments.push(out);
    }
    order.returns = [];
    order.provenance = provenance;
    // Counts over the limits: the schema names the first one, for every line of the order.
    if (order.items.length > LIMITS.itemsPerOrder || order.shipments.length > LIMITS.shipmentsPerOrder) {
      checked = false;
    } else {
      let packages = 0;
      for (const shipment of order.shipments) {
        packages += shipment.packages.length;
        if (shipment.packages.length > LIMITS.packagesPerShipment) checked = false;
      }
      if (packages > LIMITS.packagesPerOrder) checked = false;
    }
    return { order, checked };
  }

  return { build };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
