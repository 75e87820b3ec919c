import { TZDate } from '@date-fns/tz';
import { type Order, type OrderInput, OrderSchema } from '../../../core/model/order';

export const PARIS = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
export const LOS_ANGELES = {
  host: 'sellercentral.amazon.com',
  countryCode: 'US',
  locale: 'en-US',
  timeZone: 'America/Los_Angeles',
};

export function order(fields: Partial<OrderInput> = {}): Order {
  return OrderSchema.parse({ sellerFulfillmentOrderId: 'MCF-1', marketplace: PARIS, ...fields });
}

/** The shipment most rule tests count from: shipped on 1 April 2024, expected on the 3rd. */
export const SHIPPED_APRIL_1 = {
  fulfillmentShipmentStatus: 'SHIPPED',
  shippingDate: '2024-04-01',
  estimatedArrivalDate: '2024-04-03',
} as const;

type PackageInput = NonNullable<NonNullable<OrderInput['shipments']>[number]['packages']>[number];

/** An order of that one shipment, with these packages (and other fields). */
export function shippedOrder(packages: PackageInput[], fields: Partial<OrderInput> = {}): Order {
  return order({ ...fields, shipments: [{ ...SHIPPED_APRIL_1, packages }] });
}

/** The instant at `hh:mm` local time on calendar day `date` in `timeZone`. */
export function at(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}
