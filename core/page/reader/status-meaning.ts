import type { FulfillmentOrderStatus, PackageStatus } from '../../model/order';
import type { ReturnStatusKey, StatusKey } from '../labels';
import { matchStatus } from '../vocabulary';

// Page words → SP-API values, at order, shipment and package level (domain.md §3).

export type ShipmentStatus = 'PENDING' | 'SHIPPED' | 'CANCELLED_BY_FULFILLER' | 'CANCELLED_BY_SELLER';
export type ReturnStatus = 'authorized' | 'in-transit' | 'received' | 'closed';

export interface StatusMeaning {
  order?: FulfillmentOrderStatus;
  shipment?: ShipmentStatus;
  package?: PackageStatus;
}

export const STATUS_MEANING: Readonly<Record<StatusKey, StatusMeaning>> = {
  shipped: { order: 'Complete', shipment: 'SHIPPED' },
  delivered: { order: 'Complete', shipment: 'SHIPPED', package: 'DELIVERED' },
  inTransit: { shipment: 'SHIPPED', package: 'IN_TRANSIT' },
  pending: { order: 'Planning', shipment: 'PENDING' },
  // An order held until the seller releases it (fulfillmentAction Hold) is received, never planned;
  // it says nothing of a shipment.
  held: { order: 'Received' },
  // Amazon's own RECEIVED (validated, waiting to be planned: often for stock): no shipment yet.
  received: { order: 'Received' },
  planning: { order: 'Planning', shipment: 'PENDING' },
  processing: { order: 'Processing', shipment: 'PENDING' },
  complete: { order: 'Complete', shipment: 'SHIPPED' },
  // Some shipped, the rest still to ship: the order is still being fulfilled. Amazon's
  // CompletePartialled is final (the rest cancelled or unfulfillable): only its own words say it.
  partiallyShipped: { order: 'Processing' },
  completePartialled: { order: 'CompletePartialled' },
  cancelled: { order: 'Cancelled' },
  unfulfillable: { order: 'Unfulfillable' },
  invalid: { order: 'Invalid' },
};

export const RETURN_STATUS_MEANING: Readonly<Record<ReturnStatusKey, ReturnStatus>> = {
  authorized: 'authorized',
  inTransit: 'in-transit',
  received: 'received',
  closed: 'closed',
};

/** The meaning of a status value that passed `matchStatus`. */
export const meaningOf = (value: string): StatusMeaning => STATUS_MEANING[matchStatus(value) as StatusKey];
