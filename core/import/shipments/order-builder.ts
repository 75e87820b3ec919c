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
import type { OrderDraft } from './order-drafts';

// One order out of its report rows: shipments by shipment-id (else by tracking number or ship
// day), packages by tracking number, items summed by SKU, every value stamped with the report's
// provenance, in the exact shape OrderSchema outputs.

interface ShipmentDraft {
  amazonShipmentId?: string;
  shippingDate?: CalendarDate;
  estimatedArrivalDate?: CalendarDate;
  /** Latest day a row of this shipment showed a ship date and an empty tracking cell. */
  noTrackingReportedOn?: CalendarDate;
  /** A row of this shipment gave a tracking number. */
  tracked?: boolean;
  packages: Map<string, { carrierCode?: string; trackingNumber?: string }>;
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
