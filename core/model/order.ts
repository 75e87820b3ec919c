import { z } from 'zod';
import { isSellerCentralHost } from '../marketplaces';
import { LIMITS } from './limits';
import { CalendarDateSchema, caseInsensitiveEnum, InstantSchema, ProvenanceSchema } from './primitives';
import {
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_SHIPMENT_STATUSES,
  PACKAGE_STATUSES,
  RETURN_ITEM_DISPOSITIONS,
} from './sp-api-enums';

// The stored order, named after Amazon's SP-API Fulfillment Outbound model (2020-07-01) so that
// a page reading, a report row and an API payload all land in the same shape.

const knownTimeZones = new Map<string, boolean>();
function isTimeZone(zone: string): boolean {
  let known = knownTimeZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownTimeZones.set(zone, known);
  }
  return known;
}

export const MarketplaceSchema = z.object({
  /**
   * Seller Central host the order was seen on, e.g. `sellercentral.amazon.fr`. Only Seller Central
   * hosts: links and notification clicks are built from it, so an imported or restored file must
   * not be able to point them elsewhere.
   */
  host: z.string().refine(isSellerCentralHost, 'not a Seller Central host'),
  /** ISO 3166 country of the marketplace, e.g. `FR`. */
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  /** BCP 47 locale of the pages, e.g. `fr-FR`. */
  locale: z.string().min(2).max(35),
  /** IANA time zone in which calendar dates of this marketplace are counted. */
  timeZone: z.string().refine(isTimeZone, 'not an IANA time zone'),
});
export type Marketplace = z.infer<typeof MarketplaceSchema>;

export const FulfillmentOrderStatusSchema = caseInsensitiveEnum(FULFILLMENT_ORDER_STATUSES);
export type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

export const FulfillmentShipmentStatusSchema = caseInsensitiveEnum(FULFILLMENT_SHIPMENT_STATUSES);
export const PackageStatusSchema = caseInsensitiveEnum(PACKAGE_STATUSES);
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

/** R6: MCF used for a removal or to fulfil Amazon orders is never reimbursed as lost/damaged. */
export const PurposeSchema = z.enum(['customer', 'removal', 'amazon-order']);
export type Purpose = z.infer<typeof PurposeSchema>;

export const ItemSchema = z.object({
  sellerSku: z.string().min(1).max(LIMITS.sku),
  quantity: z.number().int().min(0),
  title: z.string().max(LIMITS.title).optional(),
  asin: z.string().max(LIMITS.id).optional(),
  fnsku: z.string().max(LIMITS.id).optional(),
});
export type Item = z.infer<typeof ItemSchema>;

export const TrackingEventSchema = z.object({
  /** SP-API event code (`EVENT_301` delivered, `EVENT_405` damaged, ...) or `UNKNOWN`. */
  code: z.string().regex(/^(EVENT_\d{3}|UNKNOWN)$/),
  /** Calendar day of the event in the marketplace's time zone. */
  date: CalendarDateSchema.optional(),
  description: z.string().max(LIMITS.text).optional(),
});
export type TrackingEvent = z.infer<typeof TrackingEventSchema>;

export const PackageSchema = z.object({
  carrierCode: z.string().max(LIMITS.carrier).optional(),
  trackingNumber: z.string().max(LIMITS.id).optional(),
  /** SP-API package number (`getFulfillmentOrder` packages, `getPackageTrackingDetails`). */
  packageNumber: z.number().int().min(0).optional(),
  currentStatus: PackageStatusSchema.optional(),
  deliveredDate: CalendarDateSchema.optional(),
  /** Who signed for the package (`getPackageTrackingDetails`), when the carrier says. */
  signedForBy: z.string().max(LIMITS.text).optional(),
  events: z.array(TrackingEventSchema).max(LIMITS.eventsPerPackage).default([]),
});
export type Package = z.infer<typeof PackageSchema>;

export const ShipmentSchema = z.object({
  amazonShipmentId: z.string().max(LIMITS.id).optional(),
  fulfillmentShipmentStatus: FulfillmentShipmentStatusSchema.optional(),
  shippingDate: CalendarDateSchema.optional(),
  /** Amazon may move it over time; the latest observation wins. */
  estimatedArrivalDate: CalendarDateSchema.optional(),
  /**
   * A Fulfilled Shipments report that has a tracking column listed this shipment, shipped, with
   * an empty tracking cell: evidence that it had no tracking on this day (the row's
   * reporting-date, else its ship date). The latest such report wins.
   */
  noTrackingReportedOn: CalendarDateSchema.optional(),
  packages: z.array(PackageSchema).max(LIMITS.packagesPerShipment).default([]),
});
export type Shipment = z.infer<typeof ShipmentSchema>;

export const RETURN_STATUSES = ['authorized', 'in-transit', 'received', 'closed'] as const;
export const ReturnSchema = z.object({
  rmaId: z.string().min(1).max(LIMITS.id),
  items: z
    .array(z.object({ sellerSku: z.string().min(1).max(LIMITS.sku), quantity: z.number().int().min(1) }))
    .max(LIMITS.itemsPerOrder),
  reason: z.string().max(LIMITS.text).optional(),
  createdDate: CalendarDateSchema.optional(),
  status: z.enum(RETURN_STATUSES),
  /** SP-API ReturnItemDisposition once the fulfilment centre has processed the unit. */
  receivedCondition: caseInsensitiveEnum(RETURN_ITEM_DISPOSITIONS).optional(),
  receivedDate: CalendarDateSchema.optional(),
});
export type Return = z.infer<typeof ReturnSchema>;

export const DamageSchema = z.object({
  reportedDate: CalendarDateSchema,
  source: z.enum(['carrier-event', 'return', 'seller']),
});
export type Damage = z.infer<typeof DamageSchema>;

function packageCount(o: { shipments: { packages: unknown[] }[] }): number {
  let n = 0;
  for (const s of o.shipments) n += s.packages.length;
  return n;
}
function eventCount(o: { shipments: { packages: { events: unknown[] }[] }[] }): number {
  let n = 0;
  for (const s of o.shipments) for (const p of s.packages) n += p.events.length;
  return n;
}

/** R7: why an order cannot ship, when the page says so. */
export const UnfulfillableReasonSchema = z.enum(['damaged-unit', 'dangerous-goods', 'other']);

export const OrderSchema = z
  .object({
    sellerFulfillmentOrderId: z.string().min(1).max(LIMITS.orderId).optional(),
    /** The id shown to the buyer (for MCF orders, usually the seller's own shop order id). */
    displayableOrderId: z.string().min(1).max(LIMITS.orderId).optional(),
    /** Seller Central account (merchant token), when the page shows it; keeps accounts apart. */
    merchantId: z.string().min(1).max(LIMITS.orderId).optional(),
    marketplace: MarketplaceSchema,
    fulfillmentOrderStatus: FulfillmentOrderStatusSchema.optional(),
    purpose: PurposeSchema.default('customer'),
    /** "Non-Amazon" for MCF orders in Manage Orders. */
    salesChannel: z.string().max(LIMITS.carrier).optional(),
    items: z.array(ItemSchema).max(LIMITS.itemsPerOrder).default([]),
    shipments: z.array(ShipmentSchema).max(LIMITS.shipmentsPerOrder).default([]),
    /** Promised delivery date of the order, for orders with no shipment yet. */
    estimatedArrivalDate: CalendarDateSchema.optional(),
    returns: z.array(ReturnSchema).max(LIMITS.returnsPerOrder).default([]),
    damage: DamageSchema.optional(),
    unfulfillableReason: UnfulfillableReasonSchema.optional(),
    /**
     * Where each field came from, keyed by its path in this object with dots and indices,
     * e.g. `estimatedArrivalDate`, `shipments.0.packages.1.trackingNumber`.
     */
    provenance: z
      .record(z.string().max(LIMITS.path), ProvenanceSchema)
      .refine((p) => Object.keys(p).length <= LIMITS.provenanceEntries, {
        message: `more than ${LIMITS.provenanceEntries} provenance entries`,
      })
      .default({}),
  })
  .refine((o) => o.sellerFulfillmentOrderId !== undefined || o.displayableOrderId !== undefined, {
    message: 'an order needs sellerFulfillmentOrderId or displayableOrderId',
  })
  .refine((o) => packageCount(o) <= LIMITS.packagesPerOrder, {
    message: `more than ${LIMITS.packagesPerOrder} packages in one order`,
    path: ['shipments'],
  })
  .refine((o) => eventCount(o) <= LIMITS.eventsPerOrder, {
    message: `more than ${LIMITS.eventsPerOrder} tracking events in one order`,
    path: ['shipments'],
  });
export type Order = z.infer<typeof OrderSchema>;
/** What callers may pass before defaults are applied (e.g. a page reading). */
export type OrderInput = z.input<typeof OrderSchema>;

// Pure helpers without zod, for the content script's bundle.
export { orderKey, primaryOrderId } from './order-key';

export { InstantSchema };
