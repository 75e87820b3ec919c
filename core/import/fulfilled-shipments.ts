import { type Marketplace, type Order, OrderSchema } from '../model/order';
import type { CalendarDate } from '../model/primitives';
import type { ParsedReport, ReportRow } from './parse-report';
import { ReportFormatError } from './parse-report';
import { provenanceOf } from './provenance';
import { isMcfSalesChannel, locateColumns, type ReportColumn } from './report-columns';
import { reportDay, wholeCount } from './report-values';

// "Amazon Fulfilled Shipments" rows → one Order observation per order. A row is one shipped item
// of one package: rows are grouped by order, then by shipment-id, then by tracking number. The
// report says nothing of delivery, so no package gets a `currentStatus`: the policy then keeps an
// old order at `lost-check` (verify on Swiship) until a page, an API payload or the seller says
// what the carrier says.

export interface RowRejection {
  line: number;
  reason: string;
}

export interface ReportMapping {
  orders: Order[];
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
  itemIds: Set<string>;
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
  const seen = { source: 'report', seenAt: options.observedAt.toISOString() } as const;
  /** In order of first appearance. */
  const drafts = new Set<OrderDraft>();
  const draftsByAmazonId = new Map<string, OrderDraft>();
  const draftsByMerchantId = new Map<string, OrderDraft>();
  const rejected: RowRejection[] = [];
  let rowsRead = 0;
  let notMcf = 0;
  let duplicates = 0;

  const cell = (row: ReportRow, column: ReportColumn): string => {
    const index = columns[column];
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };

  function addRow(row: ReportRow): void {
    rowsRead++;
    const reject = (reason: string): void => {
      rejected.push({ line: row.line, reason });
    };
    const amazonOrderId = cell(row, 'amazonOrderId');
    const merchantOrderId = cell(row, 'merchantOrderId');
    if (!amazonOrderId && !merchantOrderId) {
      reject('no amazon-order-id or merchant-order-id');
      return;
    }
    if (columns.salesChannel !== undefined) {
      const channel = cell(row, 'salesChannel');
      if (!channel) {
        reject('empty sales-channel: cannot tell an MCF order from an Amazon one');
        return;
      }
      if (!isMcfSalesChannel(channel)) {
        notMcf++;
        return;
      }
    }
    // Everything is checked before the draft is touched: a rejected row leaves its order as it was.
    const shipDateText = cell(row, 'shipmentDate');
    const shippingDate = shipDateText
      ? reportDay(shipDateText, marketplace.timeZone, marketplace.locale)
      : null;
    if (shipDateText && !shippingDate) {
      reject(`shipment-date is not a date: "${clip(shipDateText)}"`);
      return;
    }
    const eddText = cell(row, 'estimatedArrivalDate');
    const edd = eddText ? reportDay(eddText, marketplace.timeZone, marketplace.locale) : null;
    if (eddText && !edd) {
      reject(`estimated-arrival-date is not a date: "${clip(eddText)}"`);
      return;
    }
    const quantityText = cell(row, 'quantityShipped');
    const quantity = quantityText ? wholeCount(quantityText) : null;
    if (quantityText && quantity === null) {
      reject(`quantity-shipped is not a whole number: "${clip(quantityText)}"`);
      return;
    }

    // Rows of one order may name it differently (both ids on one row, only the merchant's on
    // another): a row joins every draft that shares one of its ids.
    const byAmazon = amazonOrderId ? draftsByAmazonId.get(amazonOrderId) : undefined;
    const byMerchant = merchantOrderId ? draftsByMerchantId.get(merchantOrderId) : undefined;
    if (byAmazon?.merchantOrderId && merchantOrderId && byAmazon.merchantOrderId !== merchantOrderId) {
      reject(`merchant-order-id "${clip(merchantOrderId)}" differs from line ${firstLine(byAmazon)}`);
      return;
    }
    if (byMerchant?.amazonOrderId && amazonOrderId && byMerchant.amazonOrderId !== amazonOrderId) {
      reject(`amazon-order-id "${clip(amazonOrderId)}" differs from line ${firstLine(byMerchant)}`);
      return;
    }
    let order: OrderDraft | undefined = byAmazon ?? byMerchant;
    if (byAmazon && byMerchant && byAmazon !== byMerchant) order = join(byAmazon, byMerchant);
    const itemId = cell(row, 'shipmentItemId');
    if (itemId && order?.itemIds.has(itemId)) {
      duplicates++;
      return;
    }
    if (!order) {
      order = { rows: [], itemIds: new Set() };
      drafts.add(order);
    }
    if (itemId) order.itemIds.add(itemId);
    if (amazonOrderId) {
      order.amazonOrderId = amazonOrderId;
      draftsByAmazonId.set(amazonOrderId, order);
    }
    if (merchantOrderId) {
      order.merchantOrderId = merchantOrderId;
      draftsByMerchantId.set(merchantOrderId, order);
    }
    order.rows.push({
      line: row.line,
      itemId,
      shipmentId: cell(row, 'shipmentId'),
      tracking: cell(row, 'trackingNumber'),
      carrier: cell(row, 'carrier'),
      shippingDate,
      edd,
      sku: cell(row, 'sku'),
      quantity,
      title: cell(row, 'productName'),
      channel: cell(row, 'salesChannel'),
    });
  }

  /**
   * One draft out of two that turned out to be the same order (their ids never contradict: the
   * caller checked). The earlier one stays, with the other's rows merged in line order; a
   * shipment item both hold counts once.
   */
  function join(a: OrderDraft, b: OrderDraft): OrderDraft {
    const [kept, gone] = firstLine(a) <= firstLine(b) ? [a, b] : [b, a];
    drafts.delete(gone);
    const moved = gone.rows.filter((r) => !(r.itemId && kept.itemIds.has(r.itemId)));
    duplicates += gone.rows.length - moved.length;
    kept.rows = [...kept.rows, ...moved].sort((x, y) => x.line - y.line);
    for (const id of gone.itemIds) kept.itemIds.add(id);
    kept.amazonOrderId ??= gone.amazonOrderId;
    kept.merchantOrderId ??= gone.merchantOrderId;
    if (kept.amazonOrderId) draftsByAmazonId.set(kept.amazonOrderId, kept);
    if (kept.merchantOrderId) draftsByMerchantId.set(kept.merchantOrderId, kept);
    return kept;
  }

  function finish(): ReportMapping {
    const orders: Order[] = [];
    for (const draft of drafts) {
      const input = toOrderInput(draft, marketplace);
      const parsed = OrderSchema.safeParse({ ...input, provenance: provenanceOf(input, seen) });
      if (parsed.success) {
        orders.push(parsed.data);
      } else {
        const issue = parsed.error.issues[0];
        const reason = `order rejected: ${issue ? `${issue.path.join('.') || 'order'}: ${issue.message}` : 'invalid'}`;
        for (const { line } of draft.rows) rejected.push({ line, reason });
      }
    }
    rejected.sort((a, b) => a.line - b.line);
    return { orders, rowsRead, notMcf, duplicates, rejected, warnings };
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

function toOrderInput(draft: OrderDraft, marketplace: Marketplace) {
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
    if (row.tracking || row.carrier) {
      const packageKey = row.tracking || `~${row.carrier}`;
      const pkg = shipment.packages.get(packageKey) ?? {};
      if (row.tracking) pkg.trackingNumber = row.tracking;
      if (row.carrier) pkg.carrierCode = row.carrier;
      shipment.packages.set(packageKey, pkg);
    }
    if (row.sku) {
      const item = items.get(row.sku) ?? { quantity: 0 };
      item.quantity = item.quantity === null || row.quantity === null ? null : item.quantity + row.quantity;
      if (row.title && !item.title) item.title = row.title;
      items.set(row.sku, item);
    }
  }
  // Shipments in ship-date order, so the same file always yields the same order (idempotent import).
  const shipments = [...byKey.values()].sort(
    (a, b) =>
      (a.shippingDate ?? '').localeCompare(b.shippingDate ?? '') ||
      (a.amazonShipmentId ?? '').localeCompare(b.amazonShipmentId ?? ''),
  );
  return {
    ...(draft.amazonOrderId ? { sellerFulfillmentOrderId: draft.amazonOrderId } : {}),
    ...(draft.merchantOrderId ? { displayableOrderId: draft.merchantOrderId } : {}),
    marketplace,
    ...(salesChannel ? { salesChannel } : {}),
    // An item needs a quantity (core/model ItemSchema) and an unknown one is not 0: merged by SKU,
    // a 0 would overwrite the page's quantity and cap the return at 0. Such items are left out.
    items: [...items].flatMap(([sellerSku, item]) =>
      item.quantity === null
        ? []
        : [{ sellerSku, quantity: item.quantity, ...(item.title ? { title: item.title } : {}) }],
    ),
    shipments: shipments.map((s) => ({
      ...(s.amazonShipmentId ? { amazonShipmentId: s.amazonShipmentId } : {}),
      // A row of this report is a shipped item.
      fulfillmentShipmentStatus: 'SHIPPED',
      ...(s.shippingDate ? { shippingDate: s.shippingDate } : {}),
      ...(s.estimatedArrivalDate ? { estimatedArrivalDate: s.estimatedArrivalDate } : {}),
      packages: [...s.packages.values()].map((p) => ({ ...p, events: [] })),
    })),
  };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
