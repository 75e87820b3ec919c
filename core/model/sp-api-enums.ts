// Values of Amazon's SP-API Fulfillment Outbound model (2020-07-01), copied from its enums so
// that stored orders, imports and rules share Amazon's own vocabulary.

export const FULFILLMENT_ORDER_STATUSES = [
  'New',
  'Received',
  'Planning',
  'Processing',
  'Cancelled',
  'Complete',
  'CompletePartialled',
  'Unfulfillable',
  'Invalid',
] as const;

export const FULFILLMENT_SHIPMENT_STATUSES = [
  'PENDING',
  'SHIPPED',
  'CANCELLED_BY_FULFILLER',
  'CANCELLED_BY_SELLER',
] as const;

export const PACKAGE_STATUSES = [
  'IN_TRANSIT',
  'DELIVERED',
  'RETURNING',
  'RETURNED',
  'UNDELIVERABLE',
  'DELAYED',
  'AVAILABLE_FOR_PICKUP',
  'CUSTOMER_ACTION',
  'UNKNOWN',
  'OUT_FOR_DELIVERY',
  'DELIVERY_ATTEMPTED',
  'PICKUP_SUCCESSFUL',
  'PICKUP_CANCELLED',
  'PICKUP_ATTEMPTED',
  'PICKUP_SCHEDULED',
  'RETURN_REQUEST_ACCEPTED',
  'REFUND_ISSUED',
  'RETURN_RECEIVED_IN_FC',
] as const;

/** Tracking event codes with a meaning the rules rely on. Other EVENT_xxx codes are kept as-is. */
export const EVENT_DELIVERED = 'EVENT_301';
export const EVENT_DELIVERED_TO_LOCKER = 'EVENT_801';
export const EVENT_SHIPMENT_DAMAGED = 'EVENT_405';
export const EVENT_LOST_BY_CARRIER = 'EVENT_409';

export const RETURN_ITEM_DISPOSITIONS = [
  'Sellable',
  'Defective',
  'CustomerDamaged',
  'CarrierDamaged',
  'FulfillerDamaged',
] as const;
