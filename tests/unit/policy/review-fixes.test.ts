import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeOrder } from '../../../core/merge/merge-order';
import { SettingsSchema } from '../../../core/model/finding';
import type { OrderInput } from '../../../core/model/order';
import type { Source } from '../../../core/model/primitives';
import { assessOrder } from '../../../core/policy/assess';
import { fromSpApi } from '../../../core/sp-api/from-sp-api';
import { provenanceOf } from '../import/provenance-of';
import { at, order, SHIPPED_APRIL_1, shippedOrder } from './helpers';

// Defects found in review of the policy engine; each test here failed before its fix.

const NOON = (date: string) => at(date, '12:00', 'Europe/Paris');
const summary = (o: ReturnType<typeof order>, date: string, settings?: object) =>
  assessOrder(o, NOON(date), settings)
    .findings.map((f) => `${f.kind}:${f.severity}`)
    .sort();
const seen = (source: Source, date: string) => ({ source, seenAt: `${date}T08:00:00.000Z` });

/** An observation as `source` saw it on `date`, every field with that provenance. */
function observed(fields: Partial<OrderInput>, source: Source, date: string) {
  const input = { sellerFulfillmentOrderId: 'MCF-1', marketplace: order().marketplace, ...fields };
  return order({ ...input, provenance: provenanceOf(input, seen(source, date)) });
}

describe('1. whether it shipped must rest on evidence (R3)', () => {
  it('asks for the ship state, not "not shipped", when a partial page reading has only the EDD', () => {
    // A late-rendered page: order id + EDD, the shipment table not drawn yet.
    const o = observed({ estimatedArrivalDate: '2024-04-10' }, 'page', '2024-04-01');
    expect(summary(o, '2024-04-09')).toEqual([]);
    expect(assessOrder(o, NOON('2024-04-09')).nextReviewAt).toBe('2024-04-09T22:00:00.000Z');
    const { findings } = assessOrder(o, NOON('2024-04-10'));
    expect(findings).toEqual([
      {
        kind: 'needs-data',
        severity: 'warning',
        startedOn: '2024-04-01',
        facts: { missing: 'fulfillmentOrderStatus,shipments.0.shippingDate', missingCount: 2 },
        messageKey: 'needs-data',
      },
    ]);
    expect(summary(o, '2024-06-01')).toEqual(['needs-data:warning']);
  });

  it('does not read a shipment with no status, no ship date and no packages as unshipped', () => {
    const o = observed({ estimatedArrivalDate: '2024-04-10', shipments: [{}] }, 'page', '2024-04-01');
    const [finding] = assessOrder(o, NOON('2024-04-12')).findings;
    expect(finding?.kind).toBe('needs-data');
    expect(finding?.facts.missing).toBe('shipments.0.fulfillmentShipmentStatus,shipments.0.shippingDate');
    // A shipment with only a carrier name says nothing about leaving either.
    const carrierOnly = order({
      estimatedArrivalDate: '2024-04-10',
      shipments: [{ packages: [{ carrierCode: 'UPS' }] }],
    });
    expect(summary(carrierOnly, '2024-04-12')).toEqual(['needs-data:warning']);
  });

  it('still raises not-shipped-by-edd on evidence: an order status before shipping, or PENDING', () => {
    for (const status of ['New', 'Received', 'Planning', 'Processing', 'PLANNING']) {
      const noShipment = order({ fulfillmentOrderStatus: status, estimatedArrivalDate: '2024-04-10' });
      expect(summary(noShipment, '2024-04-09')).toEqual([]);
      expect(summary(noShipment, '2024-04-10')).toEqual(['not-shipped-by-edd:action']);
      const blankShipment = order({
        fulfillmentOrderStatus: status,
        estimatedArrivalDate: '2024-04-10',
        shipments: [{}],
      });
      expect(summary(blankShipment, '2024-04-10')).toEqual(['not-shipped-by-edd:action']);
    }
    const pending = order({
      shipments: [{ fulfillmentShipmentStatus: 'PENDING', estimatedArrivalDate: '2024-04-10' }],
    });
    expect(summary(pending, '2024-04-10')).toEqual(['not-shipped-by-edd:action']);
  });

  it('takes an order status Complete as shipped for a shipment that says nothing itself', () => {
    const o = order({
      fulfillmentOrderStatus: 'Complete',
      estimatedArrivalDate: '2024-04-10',
      shipments: [{}],
    });
    expect(summary(o, '2024-04-10')).toEqual([]);
    expect(summary(o, '2024-04-11')).toEqual(['lost-watch:info']);
  });

  it('still asks for D first when neither D nor the ship state is known', () => {
    const o = order({});
    expect(assessOrder(o, NOON('2024-04-10')).findings[0]?.facts.missing).toBe('estimatedArrivalDate');
  });
});

describe('2. damage claim start day from the event provenance the merge writes', () => {
  const shipment = (events: { code: string; date?: string }[]) => ({
    amazonShipmentId: 'SH-1',
    fulfillmentShipmentStatus: 'SHIPPED',
    shippingDate: '2024-01-15',
    estimatedArrivalDate: '2024-01-18',
    packages: [{ trackingNumber: 'T1', currentStatus: 'IN_TRANSIT', events }],
  });

  it('starts on the day EVENT_405 was first seen (merge path `events.K`), not the day the order was', () => {
    const first = mergeOrder(
      undefined,
      order({ shipments: [shipment([])] }),
      'page',
      '2024-01-16T08:00:00.000Z',
    );
    const second = mergeOrder(
      first.order,
      order({ shipments: [shipment([{ code: 'EVENT_405' }])] }),
      'page',
      '2024-02-01T08:00:00.000Z',
    );
    expect(second.order.provenance['shipments.0.packages.0.events.0']).toBeDefined();
    const damage = assessOrder(second.order, NOON('2024-02-05')).findings.find(
      (f) => f.kind === 'damaged-claimable',
    );
    expect(damage?.startedOn).toBe('2024-02-01');
  });

  it('also accepts provenance at `events.K.code`, and prefers the event date over either', () => {
    const base = {
      shipments: [shipment([{ code: 'EVENT_405' }])],
      provenance: {
        'shipments.0.shippingDate': seen('page', '2024-01-16'),
        'shipments.0.packages.0.events.0.code': seen('page', '2024-02-01'),
      },
    };
    const damageStart = (o: ReturnType<typeof order>) =>
      assessOrder(o, NOON('2024-02-05')).findings.find((f) => f.kind === 'damaged-claimable')?.startedOn;
    expect(damageStart(order(base))).toBe('2024-02-01');
    expect(
      damageStart(order({ ...base, shipments: [shipment([{ code: 'EVENT_405', date: '2024-01-30' }])] })),
    ).toBe('2024-01-30');
  });
});

describe('3. return reminder counted from the return, not the order', () => {
  const ret = { rmaId: 'RMA-1', items: [{ sellerSku: 'S', quantity: 1 }], status: 'authorized' as const };

  it('counts from when the return was first seen (`returns.N.rmaId`), not when the order was', () => {
    const first = mergeOrder(
      undefined,
      order({ estimatedArrivalDate: '2024-01-05' }),
      'page',
      '2024-01-02T08:00:00.000Z',
    );
    const second = mergeOrder(first.order, order({ returns: [ret] }), 'page', '2024-03-10T08:00:00.000Z');
    const [finding] = assessOrder(second.order, NOON('2024-03-10')).findings.filter(
      (f) => f.kind === 'return-open',
    );
    expect(finding).toMatchObject({
      severity: 'info',
      startedOn: '2024-03-10',
      facts: { remindOn: '2024-03-24' },
    });
    expect(summary(second.order, '2024-03-24')).toContain('return-open:warning');
  });

  it('accepts provenance at `returns.N`', () => {
    const o = order({
      returns: [ret],
      provenance: {
        estimatedArrivalDate: seen('page', '2024-01-02'),
        'returns.0': seen('page', '2024-03-10'),
      },
    });
    expect(assessOrder(o, NOON('2024-03-12')).findings[0]).toMatchObject({
      kind: 'return-open',
      severity: 'info',
      startedOn: '2024-03-10',
    });
  });

  it('with no day of its own, stays info, counts from today and is reviewed tomorrow', () => {
    const o = order({
      estimatedArrivalDate: '2024-01-05',
      fulfillmentOrderStatus: 'Complete',
      shipments: [
        {
          fulfillmentShipmentStatus: 'SHIPPED',
          shippingDate: '2024-01-02',
          packages: [{ trackingNumber: 'T', currentStatus: 'DELIVERED' }],
        },
      ],
      returns: [ret],
      provenance: { estimatedArrivalDate: seen('page', '2024-01-02') },
    });
    const { findings, nextReviewAt } = assessOrder(o, NOON('2024-03-10'));
    expect(findings).toMatchObject([
      { kind: 'return-open', severity: 'info', startedOn: '2024-03-10', facts: { remindOn: '2024-03-24' } },
    ]);
    expect(nextReviewAt).toBe('2024-03-10T23:00:00.000Z');
  });
});

describe('4. the claim window cannot end before the claim opens (D + 8)', () => {
  it('refuses a window under 8 days in the settings', () => {
    expect(SettingsSchema.safeParse({ claimWindowDays: 7 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ claimWindowDays: 8 }).success).toBe(true);
  });

  it('treats an unvalidated smaller window as 8 days', () => {
    const o = shippedOrder([{ trackingNumber: 'T', currentStatus: 'DELAYED' }]);
    for (const claimWindowDays of [5, 1, 0, -3]) {
      const watch = assessOrder(o, NOON('2024-04-09'), { claimWindowDays }).findings[0];
      expect(watch).toMatchObject({
        kind: 'lost-watch',
        facts: { claimOpensOn: '2024-04-11', claimDeadline: '2024-04-11' },
      });
      expect(summary(o, '2024-04-11', { claimWindowDays })).toEqual(['lost-claimable:action']);
      expect(assessOrder(o, NOON('2024-04-11'), { claimWindowDays }).findings[0]?.deadline).toBe(
        '2024-04-11',
      );
      expect(summary(o, '2024-04-12', { claimWindowDays })).toEqual(['claim-expired:info']);
    }
    // Not a number at all: the default window.
    expect(assessOrder(o, NOON('2024-04-11'), { claimWindowDays: Number.NaN }).findings[0]?.deadline).toBe(
      '2024-07-02',
    );
    expect(
      assessOrder(o, NOON('2024-04-11'), { claimWindowDays: undefined } as object).findings[0]?.deadline,
    ).toBe('2024-07-02');
  });

  it('never says a claim opens after its deadline, whatever the window', () => {
    const o = shippedOrder([{ trackingNumber: 'T', currentStatus: 'DELAYED' }]);
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 30 }), fc.integer({ min: 0, max: 40 }), (window, offset) => {
        const date = new Date(NOON('2024-04-03').getTime() + offset * 86_400_000);
        for (const f of assessOrder(o, date, { claimWindowDays: window }).findings) {
          expect(String(f.facts.claimOpensOn) <= String(f.facts.claimDeadline)).toBe(true);
        }
      }),
    );
  });
});

describe('5. a shipment known only from a report has no known tracking', () => {
  const reportShipment = (packages: { carrierCode?: string }[] = []) => ({ ...SHIPPED_APRIL_1, packages });

  it('raises no tracking finding for a report row without tracking, only the lost rules', () => {
    const o = observed({ shipments: [reportShipment()] }, 'report', '2024-04-02');
    expect(summary(o, '2024-04-01')).toEqual([]);
    expect(summary(o, '2024-04-02')).toEqual([]);
    expect(summary(o, '2024-04-05')).toEqual(['lost-watch:info']);
    expect(summary(o, '2024-04-11')).toEqual(['lost-check:warning']);
  });

  it('nor for a report that gives the carrier but not the tracking number', () => {
    const o = observed({ shipments: [reportShipment([{ carrierCode: 'UPS' }])] }, 'report', '2024-04-02');
    expect(summary(o, '2024-04-02')).toEqual([]);
    expect(summary(o, '2024-04-11')).toEqual(['lost-check:warning']);
  });

  it('does for a shipment the page or the API reported', () => {
    for (const source of ['page', 'api'] as const) {
      const o = observed({ shipments: [reportShipment()] }, source, '2024-04-01');
      expect(summary(o, '2024-04-01')).toEqual(['tracking-pending:info']);
      expect(summary(o, '2024-04-02')).toEqual(['tracking-missing:warning']);
    }
  });

  it('does once the page has shown the packages of a report-imported shipment', () => {
    const report = observed({ shipments: [reportShipment()] }, 'report', '2024-04-02');
    const page = mergeOrder(
      report,
      order({ shipments: [{ ...reportShipment([{ carrierCode: 'UPS' }]) }] }),
      'page',
      '2024-04-03T08:00:00.000Z',
    );
    expect(page.order.provenance['shipments.0.packages.0.carrierCode']?.source).toBe('page');
    expect(summary(page.order, '2024-04-03')).toEqual(['tracking-missing:warning']);
    // Or provenance on the package list itself.
    const listed = order({
      shipments: [reportShipment()],
      provenance: {
        'shipments.0.shippingDate': seen('report', '2024-04-02'),
        'shipments.0.packages': seen('page', '2024-04-03'),
      },
    });
    expect(summary(listed, '2024-04-03')).toEqual(['tracking-missing:warning']);
  });

  it('reads an SP-API shipment without packages as known to have no tracking', () => {
    const [o] = fromSpApi(
      {
        fulfillmentOrder: {
          sellerFulfillmentOrderId: 'MCF-API',
          displayableOrderId: 'MCF-API',
          fulfillmentOrderStatus: 'Complete',
          marketplaceId: 'A13V1IB3VIYZZH',
        },
        fulfillmentShipments: [
          {
            amazonShipmentId: 'SH',
            fulfillmentCenterId: 'X',
            fulfillmentShipmentStatus: 'SHIPPED',
            shippingDate: '2024-04-01T10:00:00Z',
            estimatedArrivalDate: '2024-04-03T10:00:00Z',
            fulfillmentShipmentItem: [],
          },
        ],
      } as never,
      new Date('2024-04-02T08:00:00.000Z'),
    );
    if (!o) throw new Error('no order');
    expect(o.shipments[0]?.packages).toEqual([]);
    expect(summary(o, '2024-04-02')).toEqual(['tracking-missing:warning']);
  });
});
