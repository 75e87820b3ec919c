import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates/calendar';
import type { Order } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import { at, LOS_ANGELES, order, PARIS } from './helpers';

// Every boundary of the policy, on the day before, the day of and the day after, at 00:30 and
// 23:30 local time, with the boundary placed on a DST change: a day counted in the machine's zone
// or in UTC would land on the wrong side of midnight at one of those instants.

const ZONES = [
  { name: 'Europe/Paris, spring DST (31 Mar 2024)', marketplace: PARIS, pivot: '2024-03-31' },
  { name: 'Europe/Paris, autumn DST (27 Oct 2024)', marketplace: PARIS, pivot: '2024-10-27' },
  { name: 'America/Los_Angeles, spring DST (10 Mar 2024)', marketplace: LOS_ANGELES, pivot: '2024-03-10' },
  { name: 'America/Los_Angeles, autumn DST (3 Nov 2024)', marketplace: LOS_ANGELES, pivot: '2024-11-03' },
];

type Marketplace = (typeof ZONES)[number]['marketplace'];
type Expected = readonly [dayBefore: string, dayOf: string, dayAfter: string];

interface Scenario {
  name: string;
  build(pivot: string, marketplace: Marketplace): Order;
  /** `kind:severity` of every finding, sorted and joined; '' for none. */
  expected: Expected;
}

const shipped = (shippingDate: string, estimatedArrivalDate: string, pkg: object) => ({
  fulfillmentShipmentStatus: 'SHIPPED',
  shippingDate,
  estimatedArrivalDate,
  packages: [pkg],
});
const tracked = { carrierCode: 'UPS', trackingNumber: '1Z999', currentStatus: 'IN_TRANSIT' };

const SCENARIOS: Scenario[] = [
  {
    name: 'R1/R2: S on the pivot, no tracking',
    build: (p, marketplace) =>
      order({ marketplace, shipments: [shipped(p, addDays(p, 3), { carrierCode: 'UPS' })] }),
    expected: ['', 'tracking-pending:info', 'tracking-missing:warning'],
  },
  {
    name: 'R2: S + 1 on the pivot',
    build: (p, marketplace) =>
      order({ marketplace, shipments: [shipped(addDays(p, -1), addDays(p, 3), { carrierCode: 'UPS' })] }),
    expected: ['tracking-pending:info', 'tracking-missing:warning', 'tracking-missing:warning'],
  },
  {
    name: 'R3: unshipped, D on the pivot',
    build: (p, marketplace) =>
      order({ marketplace, fulfillmentOrderStatus: 'Processing', estimatedArrivalDate: p }),
    expected: ['', 'not-shipped-by-edd:action', 'not-shipped-by-edd:action'],
  },
  {
    name: 'R3: order status Planning, D on the pivot',
    build: (p, marketplace) =>
      order({ marketplace, fulfillmentOrderStatus: 'Planning', estimatedArrivalDate: p }),
    expected: ['', 'not-shipped-by-edd:action', 'not-shipped-by-edd:action'],
  },
  {
    name: 'R3: ship state unknown (no status, no shipment), D on the pivot: ask, do not guess',
    build: (p, marketplace) => order({ marketplace, estimatedArrivalDate: p }),
    expected: ['', 'needs-data:warning', 'needs-data:warning'],
  },
  {
    name: 'R3: pending shipment with its own D on the pivot',
    build: (p, marketplace) =>
      order({
        marketplace,
        estimatedArrivalDate: addDays(p, 10),
        shipments: [
          { fulfillmentShipmentStatus: 'PENDING', shippingDate: addDays(p, -3), estimatedArrivalDate: p },
        ],
      }),
    expected: ['', 'not-shipped-by-edd:action', 'not-shipped-by-edd:action'],
  },
  {
    name: 'R1/R2: S on the pivot, shipment known only from a report without tracking',
    build: (p, marketplace) =>
      order({
        marketplace,
        shipments: [
          { fulfillmentShipmentStatus: 'SHIPPED', shippingDate: p, estimatedArrivalDate: addDays(p, 3) },
        ],
        provenance: {
          'shipments.0.fulfillmentShipmentStatus': { source: 'report', seenAt: `${p}T12:00:00Z` },
          'shipments.0.shippingDate': { source: 'report', seenAt: `${p}T12:00:00Z` },
        },
      }),
    expected: ['', '', ''],
  },
  {
    name: 'R4: D + 1 on the pivot (watch starts)',
    build: (p, marketplace) =>
      order({ marketplace, shipments: [shipped(addDays(p, -4), addDays(p, -1), tracked)] }),
    expected: ['', 'lost-watch:info', 'lost-watch:info'],
  },
  {
    name: 'R4: D + 8 on the pivot, carrier says in transit',
    build: (p, marketplace) =>
      order({ marketplace, shipments: [shipped(addDays(p, -12), addDays(p, -8), tracked)] }),
    expected: ['lost-watch:info', 'lost-claimable:action', 'lost-claimable:action'],
  },
  {
    name: 'R4: D + 8 on the pivot, carrier status unknown',
    build: (p, marketplace) =>
      order({
        marketplace,
        shipments: [shipped(addDays(p, -12), addDays(p, -8), { trackingNumber: '1Z999' })],
      }),
    expected: ['lost-watch:info', 'lost-check:warning', 'lost-check:warning'],
  },
  {
    name: 'R4: D + 8 on the pivot, order-level D from a report (no shipment known)',
    build: (p, marketplace) =>
      order({ marketplace, fulfillmentOrderStatus: 'Complete', estimatedArrivalDate: addDays(p, -8) }),
    expected: ['lost-watch:info', 'lost-check:warning', 'lost-check:warning'],
  },
  {
    name: 'R4: deadline D + 90 on the pivot',
    build: (p, marketplace) =>
      order({ marketplace, shipments: [shipped(addDays(p, -94), addDays(p, -90), tracked)] }),
    expected: ['lost-claimable:action', 'lost-claimable:action', 'claim-expired:info'],
  },
  {
    name: 'R4: delivered on the day the claim would open',
    build: (p, marketplace) =>
      order({
        marketplace,
        shipments: [shipped(addDays(p, -12), addDays(p, -8), { ...tracked, currentStatus: 'DELIVERED' })],
      }),
    expected: ['', '', ''],
  },
  {
    name: 'R4 + R6: removal order on the day the claim would open',
    build: (p, marketplace) =>
      order({
        marketplace,
        purpose: 'removal',
        shipments: [shipped(addDays(p, -12), addDays(p, -8), tracked)],
      }),
    expected: ['not-eligible:info', 'not-eligible:info', 'not-eligible:info'],
  },
  {
    name: 'R8: return reminder (14 days) on the pivot',
    build: (p, marketplace) =>
      order({
        marketplace,
        shipments: [shipped(addDays(p, -30), addDays(p, -27), { ...tracked, currentStatus: 'DELIVERED' })],
        returns: [
          {
            rmaId: 'RMA-1',
            items: [{ sellerSku: 'SKU', quantity: 1 }],
            createdDate: addDays(p, -14),
            status: 'authorized',
          },
        ],
      }),
    expected: ['return-open:info', 'return-open:warning', 'return-open:warning'],
  },
];

function summary(o: Order, now: Date): string {
  return assessOrder(o, now)
    .findings.map((f) => `${f.kind}:${f.severity}`)
    .sort()
    .join(',');
}

describe.each(ZONES)('$name', ({ marketplace, pivot }) => {
  describe.each(SCENARIOS)('$name', (scenario) => {
    const o = scenario.build(pivot, marketplace);
    const days = [addDays(pivot, -1), pivot, addDays(pivot, 1)] as const;
    it.each([0, 1, 2])('day %i of [before, pivot, after], at 00:30 and 23:30 local', (i) => {
      const date = days[i] as string;
      const expected = scenario.expected[i];
      expect(summary(o, at(date, '00:30', marketplace.timeZone))).toBe(expected);
      expect(summary(o, at(date, '23:30', marketplace.timeZone))).toBe(expected);
    });
  });
});

describe('nextReviewAt', () => {
  it('is the local midnight that opens the claim, across the spring DST change in Paris', () => {
    const o = order({ shipments: [shipped('2024-03-19', '2024-03-23', tracked)] });
    // Claim opens on 31 March (D + 8); Paris is still at +01:00 at that midnight.
    expect(assessOrder(o, at('2024-03-25', '12:00', 'Europe/Paris')).nextReviewAt).toBe(
      '2024-03-30T23:00:00.000Z',
    );
    // Then the deadline: the day after D + 90 (22 June 2024) begins at 00:00 +02:00.
    expect(assessOrder(o, at('2024-03-31', '00:30', 'Europe/Paris')).nextReviewAt).toBe(
      '2024-06-21T22:00:00.000Z',
    );
    expect(assessOrder(o, at('2024-06-22', '00:00', 'Europe/Paris')).nextReviewAt).toBeNull();
  });

  it('is the local midnight of Los Angeles for a US order', () => {
    const o = order({ marketplace: LOS_ANGELES, estimatedArrivalDate: '2024-11-03' });
    expect(assessOrder(o, at('2024-11-01', '23:30', 'America/Los_Angeles')).nextReviewAt).toBe(
      '2024-11-03T07:00:00.000Z',
    );
  });

  it('is null when no boundary lies ahead', () => {
    const o = order({
      shipments: [shipped('2024-03-19', '2024-03-23', { ...tracked, currentStatus: 'DELIVERED' })],
    });
    expect(assessOrder(o, at('2024-03-21', '12:00', 'Europe/Paris'))).toEqual({
      findings: [],
      nextReviewAt: null,
    });
  });
});
