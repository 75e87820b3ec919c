import { LIMITS } from '../../model/limits';
import {
  type Item,
  type Marketplace,
  MarketplaceSchema,
  type Order,
  type Package,
  type Shipment,
} from '../../model/order';
import {
  type CalendarDate,
  CalendarDateSchema,
  type Provenance,
  ProvenanceSchema,
} from '../../model/primitives';
import { createFieldPaths } from './field-paths';
import { type GroupedRows, groupRows } from './group-rows';
import type { OrderDraft } from './order-drafts';

type FieldPaths = ReturnType<typeof createFieldPaths>;

// One order out of its report rows (grouped by `group-rows.ts`): every value stamped with the
// report's provenance under its path (`field-paths.ts`), in the exact shape OrderSchema outputs.

/** Stamps a path with the order's provenance entry. */
type Stamp = (path: string) => void;

/**
 * Builds orders exactly as OrderSchema would output them (defaults filled, marketplace copied,
 * one provenance entry per leaf value, keyed by its dotted path as the model's provenance is), without running the
 * schema on each of tens of thousands of orders: zod was most of the mapping time. What the
 * mapper cannot guarantee by construction is checked once per distinct value (the marketplace and
 * the instant once, each day once, with the schema) or cheaply (quantity sums, safe integers); an
 * order holding a value that fails is returned unchecked, for the caller to run the schema on it.
 */
export function orderBuilder(marketplace: Marketplace, seen: Provenance) {
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
  const paths = createFieldPaths();

  function build(draft: OrderDraft): { order: Order; checked: boolean } {
    const provenance: Record<string, Provenance> = {};
    // One entry object for all the paths of an order: every field of it was seen at the same
    // time, and entries are replaced, never edited in place (core/merge, the background).
    const seenHere: Provenance = { source, seenAt };
    const stamp: Stamp = (path) => {
      provenance[path] = seenHere;
    };
    const grouped = groupRows(draft);

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
    if (grouped.salesChannel) {
      order.salesChannel = grouped.salesChannel;
      stamp('salesChannel');
    }
    const itemsChecked = writeItems(order, grouped.items, stamp, paths);
    const shipmentsChecked = writeShipments(order, grouped.shipments, stamp, paths, isStorableDay);
    order.returns = [];
    order.provenance = provenance;
    return { order, checked: trusted && itemsChecked && shipmentsChecked && withinLimits(order) };
  }

  return { build };
}

/** The items, one per SKU with a known total; false when a total is not a safe integer. */
function writeItems(order: Order, items: GroupedRows['items'], stamp: Stamp, paths: FieldPaths): boolean {
  let checked = true;
  order.items = [];
  // An item needs a quantity (core/model ItemSchema) and an unknown one is not 0: merged by SKU,
  // a 0 would overwrite the page's quantity and cap the return at 0. Such items are left out.
  for (const [sellerSku, item] of items) {
    if (item.quantity === null) continue;
    const at = paths.item(order.items.length);
    const out: Item = { sellerSku, quantity: item.quantity };
    stamp(at.sellerSku);
    stamp(at.quantity);
    if (item.title) {
      out.title = item.title;
      stamp(at.title);
    }
    // Each row's count is safe; a sum of many may not be.
    if (!Number.isSafeInteger(item.quantity)) checked = false;
    order.items.push(out);
  }
  return checked;
}

/** The shipments in ship-date order; false when a day would not be stored as it is. */
function writeShipments(
  order: Order,
  shipments: GroupedRows['shipments'],
  stamp: Stamp,
  paths: FieldPaths,
  isStorableDay: (day: CalendarDate) => boolean,
): boolean {
  let checked = true;
  // Ship-date order, so the same file always yields the same order (idempotent import).
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
    const at = paths.shipment(index);
    const out = {} as Shipment;
    if (s.amazonShipmentId) {
      out.amazonShipmentId = s.amazonShipmentId;
      stamp(at.amazonShipmentId);
    }
    // A row of this report is a shipped item.
    out.fulfillmentShipmentStatus = 'SHIPPED';
    stamp(at.fulfillmentShipmentStatus);
    if (s.shippingDate) {
      out.shippingDate = s.shippingDate;
      stamp(at.shippingDate);
      if (!isStorableDay(s.shippingDate)) checked = false;
    }
    if (s.estimatedArrivalDate) {
      out.estimatedArrivalDate = s.estimatedArrivalDate;
      stamp(at.estimatedArrivalDate);
      if (!isStorableDay(s.estimatedArrivalDate)) checked = false;
    }
    // Rows of a shipment that did give a tracking number outweigh its rows that did not.
    if (s.noTrackingReportedOn && !s.tracked) {
      out.noTrackingReportedOn = s.noTrackingReportedOn;
      stamp(at.noTrackingReportedOn);
      if (!isStorableDay(s.noTrackingReportedOn)) checked = false;
    }
    out.packages = [];
    for (const p of s.packages.values()) {
      const packageAt = paths.package(at, index, out.packages.length);
      const pkg = {} as Package;
      if (p.carrierCode) pkg.carrierCode = p.carrierCode;
      if (p.trackingNumber) {
        pkg.trackingNumber = p.trackingNumber;
        stamp(packageAt.trackingNumber);
      }
      if (p.carrierCode) stamp(packageAt.carrierCode);
      pkg.events = [];
      out.packages.push(pkg);
    }
    order.shipments.push(out);
  }
  return checked;
}

/** Counts within the order limits (over them, the schema names the first, for every line of the order). */
function withinLimits(order: Order): boolean {
  if (order.items.length > LIMITS.itemsPerOrder || order.shipments.length > LIMITS.shipmentsPerOrder)
    return false;
  let packages = 0;
  for (const shipment of order.shipments) {
    packages += shipment.packages.length;
    if (shipment.packages.length > LIMITS.packagesPerShipment) return false;
  }
  return packages <= LIMITS.packagesPerOrder;
}
