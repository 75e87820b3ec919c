import type { Order } from './model/order';

// Fields the seller can type in when the page does not show them, and where each one is
// stored in the order. Pure so the overlay, the popup and the dashboard agree.

export const USER_FIELDS = [
  'estimatedArrivalDate',
  'shippingDate',
  'trackingNumber',
  'carrierCode',
  'deliveryStatus',
] as const;
export type UserField = (typeof USER_FIELDS)[number];

export const USER_FIELD_KIND: Record<UserField, 'date' | 'text' | 'delivery'> = {
  estimatedArrivalDate: 'date',
  shippingDate: 'date',
  trackingNumber: 'text',
  carrierCode: 'text',
  deliveryStatus: 'delivery',
};

/** Path of a user field in the order (provenance keys use the same paths). */
export function userFieldPath(field: UserField): string {
  switch (field) {
    // The order-level EDD is the fallback of every shipment (policy: D = shipment EDD ?? order EDD).
    case 'estimatedArrivalDate':
      return 'estimatedArrivalDate';
    case 'shippingDate':
      return 'shipments.0.shippingDate';
    case 'trackingNumber':
      return 'shipments.0.packages.0.trackingNumber';
    case 'carrierCode':
      return 'shipments.0.packages.0.carrierCode';
    case 'deliveryStatus':
      return 'shipments.0.packages.0.currentStatus';
  }
}

export function isUserField(name: string): name is UserField {
  return (USER_FIELDS as readonly string[]).includes(name);
}

/** Values a seller typed (provenance `user`), by path, to show them as theirs. */
export function userTypedPaths(order: Pick<Order, 'provenance'>): Set<string> {
  return new Set(
    Object.entries(order.provenance)
      .filter(([, p]) => p.source === 'user')
      .map(([path]) => path),
  );
}
