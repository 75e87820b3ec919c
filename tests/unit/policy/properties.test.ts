import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/dates/calendar';
import { FINDING_KINDS, FindingSchema } from '../../../core/model/finding';
import { OrderSchema } from '../../../core/model/order';
import {
  FULFILLMENT_ORDER_STATUSES,
  FULFILLMENT_SHIPMENT_STATUSES,
  PACKAGE_STATUSES,
  RETURN_ITEM_DISPOSITIONS,
} from '../../../core/model/sp-api-enums';
import { assessOrder } from '../../../core/policy/assess';
import { LOS_ANGELES, PARIS } from './helpers';

// Orders the schema accepts, with dates clustered around a few DST changes so that boundaries
// are often near `now`.

const BASE = ['2024-03-31', '2024-10-27', '2024-03-10', '2024-11-03', '2025-01-01'];
const calendarDate = fc
  .tuple(fc.constantFrom(...BASE), fc.integer({ min: -120, max: 120 }))
  .map(([d, n]) => addDays(d, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const pkg = fc.record(
  {
    carrierCode: maybe(fc.constantFrom('UPS', 'DPD', 'AMZN_FR')),
    trackingNumber: maybe(fc.constantFrom('1Z1', 'TRK2')),
    currentStatus: maybe(fc.constantFrom(...PACKAGE_STATUSES, 'in_transit')),
    deliveredDate: maybe(calendarDate),
    events: fc.array(
      fc.record(
        {
          code: fc.constantFrom('EVENT_301', 'EVENT_405', 'EVENT_409', 'EVENT_101', 'EVENT_801', 'UNKNOWN'),
          date: maybe(calendarDate),
        },
        { requiredKeys: ['code'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

const orderInput = fc
  .record(
    {
      sellerFulfillmentOrderId: fc.constant('MCF-P'),
      marketplace: fc.constantFrom(PARIS, LOS_ANGELES),
      fulfillmentOrderStatus: maybe(fc.constantFrom(...FULFILLMENT_ORDER_STATUSES, 'PROCESSING')),
      purpose: maybe(fc.constantFrom('customer', 'removal', 'amazon-order')),
      estimatedArrivalDate: maybe(calendarDate),
      shipments: fc.array(
        fc.record(
          {
            fulfillmentShipmentStatus: maybe(fc.constantFrom(...FULFILLMENT_SHIPMENT_STATUSES)),
            shippingDate: maybe(calendarDate),
            estimatedArrivalDate: maybe(calendarDate),
            packages: fc.array(pkg, { maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
      returns: fc.array(
        fc.record(
          {
            rmaId: fc.constant('RMA'),
            items: fc.constant([{ sellerSku: 'S', quantity: 1 }]),
            createdDate: maybe(calendarDate),
            status: fc.constantFrom('authorized', 'in-transit', 'received', 'closed'),
            receivedCondition: maybe(fc.constantFrom(...RETURN_ITEM_DISPOSITIONS)),
            receivedDate: maybe(calendarDate),
          },
          { requiredKeys: ['rmaId', 'items', 'status'] },
        ),
        { maxLength: 2 },
      ),
      damage: maybe(
        fc.record({
          reportedDate: calendarDate,
          source: fc.constantFrom('carrier-event', 'return', 'seller'),
        }),
      ),
      unfulfillableReason: maybe(fc.constantFrom('damaged-unit', 'dangerous-goods', 'other')),
      provenance: fc.option(
        fc.constant({ estimatedArrivalDate: { source: 'page', seenAt: '2024-03-30T23:30:00+01:00' } }),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['sellerFulfillmentOrderId', 'marketplace'] },
  )
  .map((input) => OrderSchema.parse(input));

const now = fc.date({
  min: new Date('2023-10-01T00:00:00Z'),
  max: new Date('2025-06-01T00:00:00Z'),
  noInvalidDate: true,
});
const settings = fc.record({
  claimWindowDays: fc.integer({ min: 1, max: 120 }),
  returnReminderDays: fc.integer({ min: 1, max: 30 }),
});

describe('assessOrder, properties', () => {
  it('never throws and returns valid findings for any order the schema accepts', () => {
    fc.assert(
      fc.property(orderInput, now, settings, (o, n, s) => {
        const { findings } = assessOrder(o, n, s);
        for (const f of findings) {
          FindingSchema.parse(f);
          expect(FINDING_KINDS).toContain(f.kind);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never calls a delivered package lost-claimable', () => {
    fc.assert(
      fc.property(orderInput, now, (o, n) => {
        for (const f of assessOrder(o, n).findings) {
          if (f.kind !== 'lost-claimable' || f.shipmentIndex === undefined) continue;
          const shipment = o.shipments[f.shipmentIndex];
          const claimed = String(f.facts.trackingNumbers).split(',').filter(Boolean);
          for (const p of shipment?.packages ?? []) {
            const delivered =
              p.currentStatus === 'DELIVERED' ||
              p.deliveredDate !== undefined ||
              p.events.some((e) => e.code === 'EVENT_301' || e.code === 'EVENT_801');
            // Two packages may share a tracking number in generated data; only a unique one names a package.
            const unique =
              shipment?.packages.filter((q) => q.trackingNumber === p.trackingNumber).length === 1;
            if (delivered && p.trackingNumber && unique) expect(claimed).not.toContain(p.trackingNumber);
          }
          expect(shipment?.packages.every((p) => p.currentStatus === 'DELIVERED')).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the same findings until nextReviewAt, which lies after now', () => {
    fc.assert(
      fc.property(orderInput, now, settings, (o, n, s) => {
        const first = assessOrder(o, n, s);
        if (first.nextReviewAt === null) return;
        const next = Date.parse(first.nextReviewAt);
        expect(next).toBeGreaterThan(n.getTime());
        expect(assessOrder(o, new Date(next - 1), s).findings).toEqual(first.findings);
      }),
      { numRuns: 3000 },
    );
  });
});
