import type { FieldKey } from '../page/labels';
import type { UserField } from '../user-fields';

// The reader's field for each field a seller can teach. Apart from the rule's schema so that the
// reader (in the order-page module) does not carry zod.
export const READER_FIELD: Readonly<Record<UserField, FieldKey>> = {
  estimatedArrivalDate: 'estimatedArrivalDate',
  shippingDate: 'shippingDate',
  trackingNumber: 'trackingNumber',
  carrierCode: 'carrier',
  deliveryStatus: 'deliveryStatus',
};
