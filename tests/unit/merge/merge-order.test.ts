import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../../core/merge/merge-order';
import { type OrderInput, OrderSchema } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';

const PARIS = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';
const T3 = '2026-03-03T10:00:00.000Z';

function order(fields: Partial<OrderInput> = {}) {
  return OrderSchema.parse({
    sellerFulfillmentOrderId: '402-1234567-1234567',
    marketplace: PARIS,
    ...fields,
  });
}

const full = order({
  estimatedArrivalDate: '2026-03-10',
  shipments: [
    {
      amazonShipmentId: 'SHIP-A',
      fulfillmentShipmentStatus: 'SHIPPED',
      shippingDate: '2026-03-06',
      estimatedArrivalDate: '2026-03-10',
      packages: [{ trackingNumber: 'TRK1', carrierCode: 'DHL', currentStatus: 'IN_TRANSIT' }],
    },
  ],
});

describe('mergeOrder', () => {
  it('takes every field of a first reading and records where each came from', () => {
    const { order: merged, changes } = mergeOrder(undefined, full, 'page', T1);
    expect(merged.shipments[0]?.packages[0]?.trackingNumber).toBe('TRK1');
    expect(merged.provenance['shipments.0.packages.0.trackingNumber']).toEqual({
      source: 'page',
      seenAt: T1,
    });
    expect(merged.provenance.estimatedArrivalDate).toEqual({ source: 'page', seenAt: T1 });
    expect(changes.map((c) => c.path)).toContain('shipments.0.shippingDate');
  });

  it('never erases a known value with a missing one', () => {
    const first = mergeOrder(undefined, full, 'page', T1).order;
    const { order: merged, changes } = mergeOrder(first, order(), 'page', T2);
    expect(changes).toEqual([]);
    expect(merged).toEqual(first);
  });

  it('writes nothing when the same reading arrives twice, and keeps the first-seen date', () => {
    const first = mergeOrder(undefined, full, 'page', T1).order;
    const again = mergeOrder(first, full, 'page', T2);
    expect(again.changes).toEqual([]);
    expect(again.order.provenance.estimatedArrivalDate?.seenAt).toBe(T1);
  });

  it('lets a newer observation win and ignores an older one', () => {
    const first = mergeOrder(undefined, full, 'page', T2).order;
    const moved = order({ estimatedArrivalDate: '2026-03-12' });
    expect(mergeOrder(first, moved, 'page', T3).order.estimatedArrivalDate).toBe('2026-03-12');
    const stale = mergeOrder(first, moved, 'report', T1);
    expect(stale.order.estimatedArrivalDate).toBe('2026-03-10');
    expect(stale.changes).toEqual([]);
  });

  it('never overwrites a value typed by the seller, and reports the disagreement', () => {
    const first = mergeOrder(undefined, full, 'page', T1).order;
    const typed = mergeOrder(first, order({ estimatedArrivalDate: '2026-03-15' }), 'user', T2).order;
    expect(typed.provenance.estimatedArrivalDate).toEqual({ source: 'user', seenAt: T2 });
    const later = mergeOrder(typed, order({ estimatedArrivalDate: '2026-03-11' }), 'page', T3);
    expect(later.order.estimatedArrivalDate).toBe('2026-03-15');
    expect(later.conflicts).toEqual([
      {
        path: 'estimatedArrivalDate',
        kept: '2026-03-15',
        observed: '2026-03-11',
        source: 'page',
        seenAt: T3,
      },
    ]);
    const agreeing = mergeOrder(typed, order({ estimatedArrivalDate: '2026-03-15' }), 'report', T3);
    expect(agreeing.agreements).toEqual(['estimatedArrivalDate']);
  });

  it('matches shipments by Amazon id, then tracking number, then position; packages by tracking number', () => {
    const first = mergeOrder(undefined, full, 'page', T1).order;
    const byId = order({
      shipments: [
        { amazonShipmentId: 'SHIP-B', shippingDate: '2026-03-07' },
        { amazonShipmentId: 'SHIP-A', packages: [{ trackingNumber: 'TRK1', currentStatus: 'DELIVERED' }] },
      ],
    });
    const merged = mergeOrder(first, byId, 'page', T2).order;
    expect(merged.shipments.map((s) => s.amazonShipmentId)).toEqual(['SHIP-A', 'SHIP-B']);
    expect(merged.shipments[0]?.packages).toHaveLength(1);
    expect(merged.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
    expect(merged.provenance['shipments.1.shippingDate']).toEqual({ source: 'page', seenAt: T2 });

    const byTracking = order({ shipments: [{ packages: [{ trackingNumber: 'TRK1', carrierCode: 'UPS' }] }] });
    const second = mergeOrder(first, byTracking, 'page', T2).order;
    expect(second.shipments).toHaveLength(1);
    expect(second.shipments[0]?.packages[0]?.carrierCode).toBe('UPS');

    const byIndex = order({ shipments: [{ estimatedArrivalDate: '2026-03-11' }] });
    const third = mergeOrder(first, byIndex, 'report', T2).order;
    expect(third.shipments).toHaveLength(1);
    expect(third.shipments[0]?.estimatedArrivalDate).toBe('2026-03-11');

    const otherPackage = order({
      shipments: [{ amazonShipmentId: 'SHIP-A', packages: [{ trackingNumber: 'TRK2' }] }],
    });
    expect(
      mergeOrder(first, otherPackage, 'page', T2).order.shipments[0]?.packages.map((p) => p.trackingNumber),
    ).toEqual(['TRK1', 'TRK2']);
  });

  it('keeps tracking events as a set', () => {
    const withEvent = order({
      shipments: [
        {
          amazonShipmentId: 'SHIP-A',
          packages: [{ trackingNumber: 'TRK1', events: [{ code: 'EVENT_101' }] }],
        },
      ],
    });
    const first = mergeOrder(undefined, withEvent, 'page', T1).order;
    const more = order({
      shipments: [
        {
          amazonShipmentId: 'SHIP-A',
          packages: [
            {
              trackingNumber: 'TRK1',
              events: [{ code: 'EVENT_301', date: '2026-03-09' }, { code: 'EVENT_101' }],
            },
          ],
        },
      ],
    });
    const merged = mergeOrder(first, more, 'page', T2).order;
    expect(merged.shipments[0]?.packages[0]?.events.map((e) => e.code)).toEqual(['EVENT_101', 'EVENT_301']);
  });

  it('does not let a reader default (`purpose: customer`) replace a known purpose', () => {
    const removal = mergeOrder(undefined, order({ purpose: 'removal' }), 'report', T1).order;
    expect(mergeOrder(removal, order(), 'page', T2).order.purpose).toBe('removal');
    expect(mergeOrder(removal, order({ purpose: 'customer' }), 'user', T2).order.purpose).toBe('customer');
  });

  it('stops an order being lost once its page says delivered', () => {
    const now = new Date('2026-03-22T09:00:00Z'); // D + 12
    const first = mergeOrder(undefined, full, 'page', T1).order;
    expect(assessOrder(first, now).findings.map((f) => f.kind)).toContain('lost-claimable');
    const delivered = order({
      shipments: [
        { amazonShipmentId: 'SHIP-A', packages: [{ trackingNumber: 'TRK1', currentStatus: 'DELIVERED' }] },
      ],
    });
    const merged = mergeOrder(first, delivered, 'page', now.toISOString()).order;
    expect(assessOrder(merged, now).findings.map((f) => f.kind)).not.toContain('lost-claimable');
  });

  it('leaves its inputs untouched', () => {
    const first = mergeOrder(undefined, full, 'page', T1).order;
    const snapshot = structuredClone(first);
    mergeOrder(
      first,
      order({ estimatedArrivalDate: '2026-03-12', shipments: [{ packages: [{ trackingNumber: 'X' }] }] }),
      'page',
      T2,
    );
    expect(first).toEqual(snapshot);
  });
});
