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
interface OrderDraft {
  amazonOrderId?: string;
  merchantOrderId?: string;
  salesChannel?: string;
  shipments: Map<string, ShipmentDraft>;
  items: Map<string, { quantity: number; title?: string }>;
  itemIds: Set<string>;
  lines: number[];
}

const WARN_IF_MISSING: Partial<Record<ReportColumn, string>> = {
  salesChannel: 'no "sales-channel" column: every row is taken as an MCF order',
  shipmentDate: 'no "shipment-date" column: ship dates are left empty',
  estimatedArrivalDate: 'no "estimated-arrival-date" column: the lost-order rule needs an EDD',
  trackingNumber: 'no "tracking-number" column: tracking is left empty',
  carrier: 'no "carrier" column: carriers are left empty',
  sku: 'no "sku" column: items are left empty',
  quantityShipped: 'no "quantity-shipped" column: item quantities are 0 (unknown)',
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
  const drafts = new Map<string, OrderDraft>();
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
    const id = amazonOrderId || merchantOrderId;
    if (!id) {
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
    const quantity = quantityText ? wholeCount(quantityText) : 0;
    if (quantity === null) {
      reject(`quantity-shipped is not a whole number: "${clip(quantityText)}"`);
      return;
    }

    const draft = drafts.get(id);
    if (draft) {
      if (amazonOrderId && draft.amazonOrderId && draft.amazonOrderId !== amazonOrderId) {
        reject(`amazon-order-id "${clip(amazonOrderId)}" differs from line ${draft.lines[0]}`);
        return;
      }
      if (merchantOrderId && draft.merchantOrderId && draft.merchantOrderId !== merchantOrderId) {
        reject(`merchant-order-id "${clip(merchantOrderId)}" differs from line ${draft.lines[0]}`);
        return;
      }
    }
    const itemId = cell(row, 'shipmentItemId');
    if (itemId && draft?.itemIds.has(itemId)) {
      duplicates++;
      return;
    }

    const order: OrderDraft = draft ?? {
      shipments: new Map(),
      items: new Map(),
      itemIds: new Set(),
      lines: [],
    };
    if (!draft) drafts.set(id, order);
    order.lines.push(row.line);
    if (itemId) order.itemIds.add(itemId);
    if (amazonOrderId) order.amazonOrderId = amazonOrderId;
    if (merchantOrderId) order.merchantOrderId = merchantOrderId;
    const channel = cell(row, 'salesChannel');
    if (channel) order.salesChannel = channel;

    const shipmentId = cell(row, 'shipmentId');
    const tracking = cell(row, 'trackingNumber');
    const carrier = cell(row, 'carrier');
    // Without a shipment-id, rows of one package (or one ship day) make one shipment.
    const shipmentKey = shipmentId || `~${tracking || shippingDate || ''}`;
    let shipment = order.shipments.get(shipmentKey);
    if (!shipment) {
      shipment = { packages: new Map() };
      if (shipmentId) shipment.amazonShipmentId = shipmentId;
      order.shipments.set(shipmentKey, shipment);
    }
    if (shippingDate) shipment.shippingDate = shippingDate;
    if (edd) shipment.estimatedArrivalDate = edd;
    if (tracking || carrier) {
      const packageKey = tracking || `~${carrier}`;
      const pkg = shipment.packages.get(packageKey) ?? {};
      if (tracking) pkg.trackingNumber = tracking;
      if (carrier) pkg.carrierCode = carrier;
      shipment.packages.set(packageKey, pkg);
    }
    const sku = cell(row, 'sku');
    if (sku) {
      const item = order.items.get(sku) ?? { quantity: 0 };
      item.quantity += quantity;
      const title = cell(row, 'productName');
      if (title && !item.title) item.title = title;
      order.items.set(sku, item);
    }
  }

  function finish(): ReportMapping {
    const orders: Order[] = [];
    for (const draft of drafts.values()) {
      const input = toOrderInput(draft, marketplace);
      const parsed = OrderSchema.safeParse({ ...input, provenance: provenanceOf(input, seen) });
      if (parsed.success) {
        orders.push(parsed.data);
      } else {
        const issue = parsed.error.issues[0];
        const reason = `order rejected: ${issue ? `${issue.path.join('.') || 'order'}: ${issue.message}` : 'invalid'}`;
        for (const line of draft.lines) rejected.push({ line, reason });
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

function toOrderInput(draft: OrderDraft, marketplace: Marketplace) {
  // Shipments in ship-date order, so the same file always yields the same order (idempotent import).
  const shipments = [...draft.shipments.values()].sort(
    (a, b) =>
      (a.shippingDate ?? '').localeCompare(b.shippingDate ?? '') ||
      (a.amazonShipmentId ?? '').localeCompare(b.amazonShipmentId ?? ''),
  );
  return {
    ...(draft.amazonOrderId ? { sellerFulfillmentOrderId: draft.amazonOrderId } : {}),
    ...(draft.merchantOrderId ? { displayableOrderId: draft.merchantOrderId } : {}),
    marketplace,
    ...(draft.salesChannel ? { salesChannel: draft.salesChannel } : {}),
    items: [...draft.items].map(([sellerSku, item]) => ({
      sellerSku,
      quantity: item.quantity,
      ...(item.title ? { title: item.title } : {}),
    })),
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
