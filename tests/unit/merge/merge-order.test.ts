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
    const third = mergeOrder(first, byIndex, 'page', T2).order;
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

  describe('carrier evidence of delivery against the seller\'s "not delivered"', () => {
    const now = new Date('2026-03-22T09:00:00Z'); // D + 12
    const STATUS = 'shipments.0.packages.0.currentStatus';
    // The seller answers "not delivered" where the page showed no status (the `lost-check` question).
    const answeredNotDelivered = () => {
      const first = mergeOrder(
        undefined,
        order({
          ...full,
          shipments: [{ ...full.shipments[0], packages: [{ trackingNumber: 'TRK1', carrierCode: 'DHL' }] }],
        }),
        'page',
        T1,
      ).order;
      const typed = order({
        estimatedArrivalDate: '2026-03-09',
        shipments: [
          { amazonShipmentId: 'SHIP-A', packages: [{ trackingNumber: 'TRK1', currentStatus: 'IN_TRANSIT' }] },
        ],
      });
      return mergeOrder(first, typed, 'user', T2).order;
    };
    const carrier = (pkg: Record<string, unknown>) =>
      order({ shipments: [{ amazonShipmentId: 'SHIP-A', packages: [{ trackingNumber: 'TRK1', ...pkg }] }] });

    it('a page saying DELIVERED replaces the answer, says so in the changes, and the order stops being lost', () => {
      const answered = answeredNotDelivered();
      expect(answered.provenance[STATUS]).toEqual({ source: 'user', seenAt: T2 });
      expect(assessOrder(answered, now).findings.map((f) => f.kind)).toContain('lost-claimable');
      const merged = mergeOrder(answered, carrier({ currentStatus: 'DELIVERED' }), 'page', T3);
      expect(merged.order.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
      expect(merged.order.provenance[STATUS]).toEqual({ source: 'page', seenAt: T3 });
      expect(merged.changes).toEqual([
        {
          path: STATUS,
          from: 'IN_TRANSIT',
          to: 'DELIVERED',
          source: 'page',
          seenAt: T3,
          overrode: { source: 'user', seenAt: T2 },
        },
      ]);
      expect(merged.conflicts).toEqual([]);
      expect(assessOrder(merged.order, now).findings.map((f) => f.kind)).not.toContain('lost-claimable');
      // Other values the seller typed stay theirs.
      expect(merged.order.estimatedArrivalDate).toBe('2026-03-09');
      expect(merged.order.provenance.estimatedArrivalDate?.source).toBe('user');
      // Idempotent.
      expect(mergeOrder(merged.order, carrier({ currentStatus: 'DELIVERED' }), 'page', T3).changes).toEqual(
        [],
      );
    });

    it('so does a delivered date or a delivered event, from an API payload or a report', () => {
      const byDate = mergeOrder(
        answeredNotDelivered(),
        carrier({ deliveredDate: '2026-03-12' }),
        'report',
        T3,
      );
      expect(byDate.order.shipments[0]?.packages[0]).toMatchObject({
        currentStatus: 'DELIVERED',
        deliveredDate: '2026-03-12',
      });
      expect(byDate.changes.find((c) => c.path === STATUS)?.overrode?.source).toBe('user');
      for (const code of ['EVENT_301', 'EVENT_801']) {
        const byEvent = mergeOrder(
          answeredNotDelivered(),
          carrier({ currentStatus: 'IN_TRANSIT', events: [{ code, date: '2026-03-12' }] }),
          'api',
          T3,
        );
        expect(byEvent.order.shipments[0]?.packages[0]?.currentStatus, code).toBe('DELIVERED');
        expect(byEvent.order.provenance[STATUS]?.source, code).toBe('api');
        expect(byEvent.conflicts, code).toEqual([]);
      }
    });

    it('another package\'s delivery or a page "in transit" leave the answer alone; a "delivered" answer always stays', () => {
      const answered = answeredNotDelivered();
      const other = mergeOrder(
        answered,
        order({
          shipments: [
            {
              amazonShipmentId: 'SHIP-A',
              packages: [{ trackingNumber: 'TRK1' }, { trackingNumber: 'TRK2', currentStatus: 'DELIVERED' }],
            },
          ],
        }),
        'page',
        T3,
      ).order;
      expect(other.shipments[0]?.packages[0]?.currentStatus).toBe('IN_TRANSIT');
      expect(other.provenance[STATUS]?.source).toBe('user');

      const first = mergeOrder(undefined, full, 'page', T1).order;
      const delivered = mergeOrder(first, carrier({ currentStatus: 'DELIVERED' }), 'user', T2).order;
      const later = mergeOrder(delivered, carrier({ currentStatus: 'IN_TRANSIT' }), 'page', T3);
      expect(later.order.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
      expect(later.order.provenance[STATUS]?.source).toBe('user');
      expect(later.conflicts.map((c) => c.observed)).toEqual(['IN_TRANSIT']);
    });
  });

  describe('source precedence: user > page = api > report', () => {
    it("a report imported after a page visit does not move the page's EDD; it only fills gaps", () => {
      const page = mergeOrder(undefined, full, 'page', T1).order;
      const report = order({
        estimatedArrivalDate: '2026-03-02',
        salesChannel: 'Non-Amazon',
        shipments: [{ amazonShipmentId: 'SHIP-A', estimatedArrivalDate: '2026-03-02' }],
      });
      const merged = mergeOrder(page, report, 'report', T3);
      expect(merged.order.estimatedArrivalDate).toBe('2026-03-10');
      expect(merged.order.shipments[0]?.estimatedArrivalDate).toBe('2026-03-10');
      expect(merged.order.salesChannel).toBe('Non-Amazon');
      expect(merged.changes.map((c) => c.path)).toEqual(['salesChannel']);
    });

    it("a page or an API payload overwrites a report's value; within a rank the newer wins", () => {
      const report = mergeOrder(undefined, full, 'report', T2).order;
      const moved = order({ estimatedArrivalDate: '2026-03-12' });
      expect(mergeOrder(report, moved, 'page', T1).order.estimatedArrivalDate).toBe('2026-03-12');
      const api = mergeOrder(report, moved, 'api', T3).order;
      expect(api.estimatedArrivalDate).toBe('2026-03-12');
      expect(
        mergeOrder(api, order({ estimatedArrivalDate: '2026-03-13' }), 'page', T2).order.estimatedArrivalDate,
      ).toBe('2026-03-12');
      expect(
        mergeOrder(api, order({ estimatedArrivalDate: '2026-03-13' }), 'page', T3).order.estimatedArrivalDate,
      ).toBe('2026-03-13');
      expect(mergeOrder(report, moved, 'report', T3).order.estimatedArrivalDate).toBe('2026-03-12');
    });

    it("a page confirming a report's value takes it over (first-seen date kept): a later report no longer moves it", () => {
      const report = mergeOrder(undefined, full, 'report', T1).order;
      const confirmed = mergeOrder(report, full, 'page', T2);
      expect(confirmed.changes).toEqual([]);
      expect(confirmed.promoted).toContain('estimatedArrivalDate');
      expect(confirmed.order.provenance.estimatedArrivalDate).toEqual({ source: 'page', seenAt: T1 });
      const late = mergeOrder(confirmed.order, order({ estimatedArrivalDate: '2026-03-02' }), 'report', T3);
      expect(late.order.estimatedArrivalDate).toBe('2026-03-10');
    });
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
