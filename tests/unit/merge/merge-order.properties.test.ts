import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, mergeOrder } from '../../../core/merge/merge-order';
import { type Order, OrderSchema } from '../../../core/model/order';
import type { Source } from '../../../core/model/primitives';

// Orders drawn from small pools, so that readings often share shipments and packages. Within one
// reading, shipment ids and tracking numbers are unique, as on a real page or report.

const PARIS = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const day = fc.constantFrom('2026-03-01', '2026-03-05', '2026-03-10', '2026-03-20');

const packageArb = fc.record({
  trackingNumber: maybe(fc.constantFrom('T1', 'T2', 'T3', 'T4')),
  carrierCode: maybe(fc.constantFrom('DHL', 'UPS')),
  currentStatus: maybe(fc.constantFrom('IN_TRANSIT', 'DELIVERED', 'UNDELIVERABLE')),
  events: fc.array(fc.record({ code: fc.constantFrom('EVENT_301', 'EVENT_405'), date: maybe(day) }), {
    maxLength: 2,
  }),
});
const shipmentArb = fc.record({
  amazonShipmentId: maybe(fc.constantFrom('S1', 'S2', 'S3')),
  fulfillmentShipmentStatus: maybe(fc.constantFrom('PENDING', 'SHIPPED')),
  shippingDate: maybe(day),
  estimatedArrivalDate: maybe(day),
  packages: fc.array(packageArb, { maxLength: 2 }),
});

function uniqueIdentities(
  shipments: { amazonShipmentId?: string; packages: { trackingNumber?: string }[] }[],
) {
  const ids = shipments.flatMap((s) => (s.amazonShipmentId ? [s.amazonShipmentId] : []));
  const tracking = shipments.flatMap((s) =>
    s.packages.flatMap((p) => (p.trackingNumber ? [p.trackingNumber] : [])),
  );
  return new Set(ids).size === ids.length && new Set(tracking).size === tracking.length;
}

const orderArb: fc.Arbitrary<Order> = fc
  .record({
    estimatedArrivalDate: maybe(day),
    fulfillmentOrderStatus: maybe(fc.constantFrom('Processing', 'Complete')),
    purpose: maybe(fc.constantFrom('customer', 'removal')),
    shipments: fc.array(shipmentArb, { maxLength: 3 }).filter(uniqueIdentities),
    items: fc.array(
      fc.record({ sellerSku: fc.constantFrom('SKU1', 'SKU2'), quantity: fc.integer({ min: 1, max: 3 }) }),
      {
        maxLength: 2,
      },
    ),
  })
  .map((fields) => OrderSchema.parse({ sellerFulfillmentOrderId: 'MCF-1', marketplace: PARIS, ...fields }));

const sourceArb = fc.constantFrom<Source>('page', 'report', 'api');
const instantArb = fc
  .integer({ min: Date.parse('2026-03-01T00:00:00Z'), max: Date.parse('2026-04-01T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
const readingArb = fc.record({ order: orderArb, source: sourceArb, seenAt: instantArb });

function fold(
  readings: { order: Order; source: Source; seenAt: string }[],
  start?: Order,
): Order | undefined {
  return readings.reduce<Order | undefined>(
    (stored, r) => mergeOrder(stored, r.order, r.source, r.seenAt).order,
    start,
  );
}

function leaves(value: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null) {
    out.set(path, value);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (path === '' && k === 'provenance') continue;
    for (const [p, leaf] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, leaf);
  }
  return out;
}

describe('mergeOrder properties', () => {
  it('is idempotent: merging the same observation again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(readingArb, { maxLength: 3 }), readingArb, (history, reading) => {
        const stored = fold(history);
        const once = mergeOrder(stored, reading.order, reading.source, reading.seenAt);
        const twice = mergeOrder(once.order, reading.order, reading.source, reading.seenAt);
        expect(twice.changes).toEqual([]);
        expect(twice.order).toEqual(once.order);
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a value typed by the seller, whatever readings follow', () => {
    fc.assert(
      fc.property(
        fc.array(readingArb, { maxLength: 2 }),
        orderArb,
        instantArb,
        fc.array(readingArb, { minLength: 1, maxLength: 4 }),
        (before, typed, typedAt, after) => {
          const withUser = mergeOrder(fold(before), typed, 'user', typedAt).order;
          const userPaths = Object.entries(withUser.provenance)
            .filter(([, p]) => p.source === 'user')
            .map(([path]) => path);
          const expected = leaves(withUser);
          let final = withUser;
          const changes: Change[] = [];
          for (const r of after) {
            const merged = mergeOrder(final, r.order, r.source, r.seenAt);
            final = merged.order;
            changes.push(...merged.changes);
          }
          const actual = leaves(final);
          for (const path of userPaths) {
            // The one exception (issue 5: an order whose page says delivered stops being lost):
            // the carrier's evidence of delivery replaces a "not delivered" status, and says so.
            const override = changes.find((c) => c.path === path && c.overrode?.source === 'user');
            if (override) {
              expect(path).toMatch(/^shipments\.\d+\.packages\.\d+\.currentStatus$/);
              expect(override.from).toBe(expected.get(path));
              expect(expected.get(path)).not.toBe('DELIVERED');
              expect(override.to).toBe('DELIVERED');
              continue; // from then on the value is the carrier's, merged like any other
            }
            expect(final.provenance[path]?.source).toBe('user');
            expect(actual.get(path)).toEqual(expected.get(path));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a carrier "in transit" replace a seller\'s "delivered"', () => {
    fc.assert(
      fc.property(
        fc.array(readingArb, { maxLength: 2 }),
        fc.array(readingArb, { minLength: 1, maxLength: 4 }),
        instantArb,
        (before, after, typedAt) => {
          const stored = fold(before);
          const delivered = OrderSchema.parse({
            ...(stored ?? { sellerFulfillmentOrderId: 'MCF-1', marketplace: PARIS }),
            shipments: [
              { amazonShipmentId: 'S1', packages: [{ trackingNumber: 'T1', currentStatus: 'DELIVERED' }] },
            ],
          });
          const typed = mergeOrder(stored, delivered, 'user', typedAt).order;
          const at = typed.shipments.findIndex((s) => s.amazonShipmentId === 'S1');
          const pkg = typed.shipments[at]?.packages.findIndex((p) => p.trackingNumber === 'T1');
          const path = `shipments.${at}.packages.${pkg}.currentStatus`;
          if (typed.provenance[path]?.source !== 'user') return;
          const final = fold(after, typed) as Order;
          expect(final.provenance[path]?.source).toBe('user');
          expect(leaves(final).get(path)).toBe('DELIVERED');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never loses a known value: every field known before is still known after', () => {
    fc.assert(
      fc.property(fc.array(readingArb, { minLength: 1, maxLength: 4 }), readingArb, (history, reading) => {
        const stored = fold(history) as Order;
        const merged = mergeOrder(stored, reading.order, reading.source, reading.seenAt).order;
        const after = leaves(merged);
        for (const [path, value] of leaves(stored))
          if (value !== undefined) expect(after.get(path)).not.toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
