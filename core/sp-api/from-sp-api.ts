import { z } from 'zod';
import { calendarDateOf } from '../dates/calendar';
import { MARKETPLACE_HOST_BY_ID, SELLER_CENTRAL_HOSTS } from '../marketplaces';
import { type Marketplace, type Order, type OrderInput, OrderSchema } from '../model/order';
import type { CalendarDate, Provenance } from '../model/primitives';

// Import of Amazon's SP-API Fulfillment Outbound (2020-07-01) payloads into stored orders. The
// schemas below read only what the order model keeps and let every other field through, so a
// new field from Amazon never breaks an import.

export function marketplaceForId(marketplaceId: string): Marketplace | null {
  const host = MARKETPLACE_HOST_BY_ID[marketplaceId];
  const defaults = host === undefined ? undefined : SELLER_CENTRAL_HOSTS[host];
  return host === undefined || defaults === undefined ? null : { host, ...defaults };
}

const Timestamp = z.iso.datetime({ offset: true });
const optionalString = z.string().nullish();

const FulfillmentOrderSchema = z.looseObject({
  sellerFulfillmentOrderId: z.string().min(1),
  marketplaceId: optionalString,
  displayableOrderId: optionalString,
  fulfillmentOrderStatus: optionalString,
  receivedDate: Timestamp.nullish(),
  statusUpdatedDate: Timestamp.nullish(),
});

const OrderItemSchema = z.looseObject({
  sellerSku: z.string().min(1),
  sellerFulfillmentOrderItemId: optionalString,
  quantity: z.number().int().min(0),
  fulfillmentNetworkSku: optionalString,
  estimatedArrivalDate: Timestamp.nullish(),
});

const PackageSchema = z.looseObject({
  packageNumber: z.number().int().nullish(),
  carrierCode: optionalString,
  trackingNumber: optionalString,
  estimatedArrivalDate: Timestamp.nullish(),
});

const ShipmentSchema = z.looseObject({
  amazonShipmentId: optionalString,
  fulfillmentShipmentStatus: optionalString,
  shippingDate: Timestamp.nullish(),
  estimatedArrivalDate: Timestamp.nullish(),
  fulfillmentShipmentPackage: z.array(PackageSchema).nullish(),
});

const ReturnItemSchema = z.looseObject({
  sellerFulfillmentOrderItemId: optionalString,
  sellerReturnReasonCode: optionalString,
  amazonReturnReasonCode: optionalString,
  status: optionalString,
  statusChangedDate: Timestamp.nullish(),
  returnAuthorizationId: optionalString,
  returnReceivedCondition: optionalString,
});

const ReturnAuthorizationSchema = z.looseObject({
  returnAuthorizationId: z.string().min(1),
  amazonRmaId: optionalString,
});

/** `GetFulfillmentOrderResult`: one order with its items, shipments and returns. */
const GetResultSchema = z.looseObject({
  fulfillmentOrder: FulfillmentOrderSchema,
  fulfillmentOrderItems: z.array(OrderItemSchema).nullish(),
  fulfillmentShipments: z.array(ShipmentSchema).nullish(),
  returnItems: z.array(ReturnItemSchema).nullish(),
  returnAuthorizations: z.array(ReturnAuthorizationSchema).nullish(),
});
type GetResult = z.infer<typeof GetResultSchema>;

/** `ListAllFulfillmentOrdersResult`: orders only, no items or shipments. */
const ListResultSchema = z.looseObject({ fulfillmentOrders: z.array(FulfillmentOrderSchema) });

const ResultSchema = z.union([GetResultSchema, ListResultSchema, FulfillmentOrderSchema]);
const ResponseSchema = z.looseObject({ payload: ResultSchema });
const ErrorResponseSchema = z.looseObject({
  errors: z.array(z.looseObject({ code: z.string(), message: z.string().optional() })).min(1),
});

export interface FromSpApiOptions {
  /** Marketplace of orders whose `marketplaceId` is missing or unknown. */
  defaultMarketplace?: Marketplace;
}

/**
 * Orders from an SP-API payload: a `getFulfillmentOrder` or `listAllFulfillmentOrders` response,
 * its bare `payload`, a bare fulfillment order, or an array of any of these. Throws on a payload
 * that is none of them, on an error response, and on an order whose marketplace is unknown.
 */
export function fromSpApi(payload: unknown, observedAt: Date, options: FromSpApiOptions = {}): Order[] {
  const parts = Array.isArray(payload) ? payload : [payload];
  return parts.flatMap((part) => resultsOf(part).map((result) => toOrder(result, observedAt, options)));
}

function resultsOf(part: unknown): GetResult[] {
  const errors = ErrorResponseSchema.safeParse(part);
  const response = ResponseSchema.safeParse(part);
  if (!response.success && errors.success) {
    const messages = errors.data.errors.map((e) => `${e.code}: ${e.message ?? ''}`).join('; ');
    throw new Error(`SP-API error response: ${messages}`);
  }
  // A wrapped payload that fails is checked as the payload it is, so that the error names its field.
  const wrapped = typeof part === 'object' && part !== null && 'payload' in part;
  const result = response.success
    ? response.data.payload
    : ResultSchema.parse(wrapped ? (part as { payload: unknown }).payload : part);
  if ('fulfillmentOrders' in result && Array.isArray(result.fulfillmentOrders)) {
    return result.fulfillmentOrders.map((fulfillmentOrder) => ({ fulfillmentOrder }));
  }
  if ('fulfillmentOrder' in result) return [result as GetResult];
  return [{ fulfillmentOrder: result as z.infer<typeof FulfillmentOrderSchema> }];
}

function toOrder(result: GetResult, observedAt: Date, options: FromSpApiOptions): Order {
  const head = result.fulfillmentOrder;
  const marketplace =
    (head.marketplaceId ? marketplaceForId(head.marketplaceId) : null) ?? options.defaultMarketplace;
  if (!marketplace) {
    throw new Error(
      `SP-API order ${head.sellerFulfillmentOrderId}: unknown marketplace ${head.marketplaceId ?? '(none)'}; pass defaultMarketplace`,
    );
  }
  // SP-API dates are instants; the policy counts calendar days where the marketplace is.
  const dayOf = (instant: string | null | undefined): CalendarDate | undefined =>
    instant ? calendarDateOf(new Date(instant), marketplace.timeZone) : undefined;

  const items = result.fulfillmentOrderItems ?? [];
  const skuByItemId = new Map(items.map((item) => [item.sellerFulfillmentOrderItemId, item.sellerSku]));
  // The order arrives when its last item does.
  const arrivals = items.map((item) => dayOf(item.estimatedArrivalDate)).filter((d) => d !== undefined);
  const estimatedArrivalDate = arrivals.length > 0 ? arrivals.sort().at(-1) : undefined;

  const input: OrderInput = {
    sellerFulfillmentOrderId: head.sellerFulfillmentOrderId,
    displayableOrderId: head.displayableOrderId ?? undefined,
    marketplace,
    fulfillmentOrderStatus: head.fulfillmentOrderStatus ?? undefined,
    items: items.map((item) => ({
      sellerSku: item.sellerSku,
      quantity: item.quantity,
      fnsku: item.fulfillmentNetworkSku ?? undefined,
    })),
    estimatedArrivalDate,
    shipments: (result.fulfillmentShipments ?? []).map((shipment) => {
      const shipped = shipment.fulfillmentShipmentStatus?.toUpperCase() === 'SHIPPED';
      return {
        amazonShipmentId: shipment.amazonShipmentId ?? undefined,
        fulfillmentShipmentStatus: shipment.fulfillmentShipmentStatus ?? undefined,
        // Amazon: while PENDING, `shippingDate` is the *estimated* ship date; the model's field
        // is the day it left, which only a SHIPPED shipment has.
        shippingDate: shipped ? dayOf(shipment.shippingDate) : undefined,
        estimatedArrivalDate: dayOf(shipment.estimatedArrivalDate),
        packages: (shipment.fulfillmentShipmentPackage ?? []).map((pkg) => ({
          carrierCode: pkg.carrierCode ?? undefined,
          trackingNumber: pkg.trackingNumber ?? undefined,
          // What `getPackageTrackingDetails` asks for: its details find the package by it.
          packageNumber: pkg.packageNumber ?? undefined,
        })),
      };
    }),
    returns: (result.returnAuthorizations ?? []).map((authorization) => {
      const returned = (result.returnItems ?? []).filter(
        (item) => item.returnAuthorizationId === authorization.returnAuthorizationId,
      );
      const processed = returned.filter((item) => item.status?.toLowerCase() === 'processed');
      const received = processed.length > 0 && processed.length === returned.length;
      const bySku = new Map<string, number>();
      for (const item of returned) {
        const sku = skuByItemId.get(item.sellerFulfillmentOrderItemId) ?? item.sellerFulfillmentOrderItemId;
        if (sku) bySku.set(sku, (bySku.get(sku) ?? 0) + 1);
      }
      const changed = returned.map((item) => dayOf(item.statusChangedDate)).filter((d) => d !== undefined);
      return {
        rmaId: authorization.amazonRmaId ?? authorization.returnAuthorizationId,
        items: [...bySku].map(([sellerSku, quantity]) => ({ sellerSku, quantity })),
        reason: returned[0]?.sellerReturnReasonCode ?? undefined,
        status: received ? ('received' as const) : ('authorized' as const),
        receivedCondition:
          processed.find((item) => item.returnReceivedCondition)?.returnReceivedCondition ?? undefined,
        receivedDate: received ? changed.sort().at(-1) : undefined,
      };
    }),
  };
  const provenance: Record<string, Provenance> = {};
  recordProvenance(input, '', { source: 'api', seenAt: observedAt.toISOString() }, provenance);
  return OrderSchema.parse({ ...input, provenance });
}

/** Every value the import set came from the API, seen at `observedAt`. */
function recordProvenance(
  value: unknown,
  path: string,
  seen: Provenance,
  into: Record<string, Provenance>,
): void {
  if (value === undefined || path === 'marketplace') return;
  if (Array.isArray(value)) {
    value.forEach((entry, index) => {
      recordProvenance(entry, path ? `${path}.${index}` : String(index), seen, into);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      recordProvenance(entry, path ? `${path}.${key}` : key, seen, into);
    }
    return;
  }
  into[path] = seen;
}
