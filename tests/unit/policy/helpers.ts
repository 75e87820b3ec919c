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

/** The instant at `hh:mm` local time on calendar day `date` in `timeZone`. */
export function at(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}
