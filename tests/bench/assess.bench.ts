import { bench, describe } from 'vitest';
import { addDays } from '../../core/dates/calendar';
import { type Order, OrderSchema } from '../../core/model/order';
import { assessOrder } from '../../core/policy/assess';

// assessOrder over 100,000 generated orders, beside a baseline that only reads every field of
// every order, measured in the same run. Target (design card): 100,000 assessments < 0.5 s.

const COUNT = 100_000;
const NOW = new Date('2024-06-15T10:00:00Z');
const MARKETPLACES = [
  { host: 'sellercentral.amazon.fr', countryCode: 'FR', locale: 'fr-FR', timeZone: 'Europe/Paris' },
  { host: 'sellercentral.amazon.com', countryCode: 'US', locale: 'en-US', timeZone: 'America/Los_Angeles' },
];
const STATUSES = ['IN_TRANSIT', 'DELIVERED', 'DELAYED', undefined] as const;

/** Deterministic pseudo-random mix: shipped, late, lost, delivered, unshipped, returns, damage. */
function generate(count: number): Order[] {
  let seed = 42;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    const shipDate = addDays('2024-06-15', -rand(120));
    const arrival = addDays(shipDate, 1 + rand(5));
    const shipped = rand(5) > 0;
    const status = STATUSES[rand(STATUSES.length)];
    orders.push(
      OrderSchema.parse({
        sellerFulfillmentOrderId: `MCF-${i}`,
        marketplace: MARKETPLACES[i % 2],
        fulfillmentOrderStatus: shipped ? 'Complete' : 'Processing',
        purpose: rand(20) === 0 ? 'removal' : 'customer',
        items: [{ sellerSku: `SKU-${rand(50)}`, quantity: 1 + rand(3) }],
        estimatedArrivalDate: arrival,
        shipments: shipped
          ? [
              {
                fulfillmentShipmentStatus: 'SHIPPED',
                shippingDate: rand(10) === 0 ? undefined : shipDate,
                estimatedArrivalDate: arrival,
                packages: [
                  {
                    carrierCode: 'UPS',
                    trackingNumber: rand(4) === 0 ? undefined : `1Z${i}`,
                    currentStatus: status,
                    events: rand(30) === 0 ? [{ code: 'EVENT_405', date: arrival }] : [],
                  },
                ],
              },
            ]
          : [],
        returns:
          rand(10) === 0
            ? [
                {
                  rmaId: `RMA-${i}`,
                  items: [{ sellerSku: 'SKU', quantity: 1 }],
                  createdDate: arrival,
                  status: 'authorized',
                },
              ]
            : [],
        provenance: { estimatedArrivalDate: { source: 'page', seenAt: '2024-06-01T08:00:00Z' } },
      }),
    );
  }
  return orders;
}

const orders = generate(COUNT);
// Results land in a global so the optimizer cannot drop the loops as dead code.
const keep = globalThis as { benchSink?: number };
let sink = 0;

/** Touches every field the engine may read, so the baseline pays for the memory walk too. */
function readEveryField(order: Order): number {
  let n =
    order.marketplace.timeZone.length + (order.fulfillmentOrderStatus?.length ?? 0) + order.purpose.length;
  n += order.estimatedArrivalDate?.length ?? 0;
  for (const item of order.items) n += item.quantity;
  for (const shipment of order.shipments) {
    n += (shipment.fulfillmentShipmentStatus?.length ?? 0) + (shipment.shippingDate?.length ?? 0);
    n += shipment.estimatedArrivalDate?.length ?? 0;
    for (const pkg of shipment.packages) {
      n +=
        (pkg.trackingNumber?.length ?? 0) +
        (pkg.currentStatus?.length ?? 0) +
        (pkg.deliveredDate?.length ?? 0);
      for (const event of pkg.events) n += event.code.length + (event.date?.length ?? 0);
    }
  }
  for (const ret of order.returns) n += ret.status.length + (ret.createdDate?.length ?? 0);
  n += order.damage?.reportedDate.length ?? 0;
  for (const key in order.provenance) n += key.length;
  return n;
}

describe(`${COUNT.toLocaleString('en')} orders`, () => {
  bench(
    'baseline: read every field',
    () => {
      for (const order of orders) sink += readEveryField(order);
      keep.benchSink = sink;
    },
    { iterations: 10, warmupIterations: 2 },
  );

  bench(
    'assessOrder',
    () => {
      for (const order of orders) sink += assessOrder(order, NOW).findings.length;
      keep.benchSink = sink;
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
