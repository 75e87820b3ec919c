import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../../core/merge/merge-observation';
import { alignIds, distinctOrders, onlyCandidate } from '../../../core/merge/order-ids';
import { applyUserFields } from '../../../core/merge/user-fields';
import { type OrderInput, OrderSchema } from '../../../core/model/order';

// The store's decisions, now pure (core/merge): which stored order an observation joins, what
// merging it changes, and the values a seller types.

const PARIS = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const T1 = '2026-03-01T10:00:00.000Z';
const T2 = '2026-03-02T10:00:00.000Z';
const order = (fields: Partial<OrderInput> = {}) =>
  OrderSchema.parse({ sellerFulfillmentOrderId: '402-1234567-1234567', marketplace: PARIS, ...fields });
const shipped = (tracking: string) => [
  { fulfillmentShipmentStatus: 'SHIPPED', packages: [{ trackingNumber: tracking, carrierCode: 'DHL' }] },
];

describe('which stored order an observation joins', () => {
  it('keeps two Amazon orders sharing the seller’s id apart, and joins by a shared tracking number', () => {
    const a = { order: order({ displayableOrderId: 'SHOP-1', shipments: shipped('TRK-A') }) };
    const b = {
      order: order({ sellerFulfillmentOrderId: '402-7654321-7654321', displayableOrderId: 'SHOP-1' }),
    };
    const seen = order({ sellerFulfillmentOrderId: 'SHOP-1', shipments: shipped('TRK-A') });
    expect(distinctOrders(a.order, b.order)).toBe(true);
    expect(onlyCandidate([a, b], seen)).toBe(a);
    expect(onlyCandidate([a, b], order({ sellerFulfillmentOrderId: 'SHOP-1' }))).toBeUndefined();
  });

  it('reads an API payload’s seller id as the displayable id of an order known by Amazon’s', () => {
    const aligned = alignIds(order(), order({ sellerFulfillmentOrderId: 'SHOP-1' }));
    expect([aligned.sellerFulfillmentOrderId, aligned.displayableOrderId]).toEqual([
      '402-1234567-1234567',
      'SHOP-1',
    ]);
  });
});

describe('mergeObservation', () => {
  it('says nothing changed when the same reading comes again', () => {
    const first = mergeObservation(undefined, order({ shipments: shipped('TRK-A') }), 'page', T1);
    expect(first.changed).toBe(true);
    expect(first.history).toBeNull();
    const again = mergeObservation(first, order({ shipments: shipped('TRK-A') }), 'page', T2);
    expect(again.changed).toBe(false);
  });

  it('lets Amazon’s id from a lower-ranked report take the seller’s place, the seller’s becoming the displayable id', () => {
    const stored = mergeObservation(undefined, order({ sellerFulfillmentOrderId: 'SHOP-1' }), 'api', T1);
    const merged = mergeObservation(stored, order(), 'report', T2);
    expect([merged.order.sellerFulfillmentOrderId, merged.order.displayableOrderId]).toEqual([
      '402-1234567-1234567',
      'SHOP-1',
    ]);
    expect(merged.history?.changes.map((c) => c.path)).toEqual(
      expect.arrayContaining(['sellerFulfillmentOrderId', 'displayableOrderId']),
    );
  });
});

describe('applyUserFields', () => {
  it('writes a typed value with the seller as its source, and the change from the value before', () => {
    const edit = applyUserFields(
      order({ shipments: shipped('TRK-A') }),
      [{ path: 'shipments.0.packages.0.carrierCode', value: 'Colissimo' }],
      T2,
    );
    expect(edit.ok && edit.order.shipments[0]?.packages[0]?.carrierCode).toBe('Colissimo');
    expect(edit.ok && edit.order.provenance['shipments.0.packages.0.carrierCode']).toEqual({
      source: 'user',
      seenAt: T2,
    });
    expect(edit.ok && edit.changes).toEqual([
      {
        path: 'shipments.0.packages.0.carrierCode',
        from: 'DHL',
        to: 'Colissimo',
        source: 'user',
        seenAt: T2,
      },
    ]);
  });

  it('refuses the ids, provenance, prototype paths and values the order’s shape does not take', () => {
    for (const path of [
      'sellerFulfillmentOrderId',
      'provenance.x',
      'shipments.0.__proto__.x',
      'shipments.3.x',
    ])
      expect(applyUserFields(order(), [{ path, value: 'x' }], T2).ok, path).toBe(false);
    const invalid = applyUserFields(order(), [{ path: 'estimatedArrivalDate', value: 'soon' }], T2);
    expect(invalid).toMatchObject({ ok: false, message: 'the order would not be valid' });
  });
});
