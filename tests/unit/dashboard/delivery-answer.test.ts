import { describe, expect, it } from 'vitest';
import { deliveryAnswerPaths } from '../../../components/dashboard/delivery-answer';
import type { Finding } from '../../../core/model/finding';
import { OrderSchema } from '../../../core/model/order';

const marketplace = {
  host: 'sellercentral.amazon.fr',
  countryCode: 'FR',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
};
const check = (shipmentIndex?: number): Finding => ({
  kind: 'lost-check',
  severity: 'warning',
  startedOn: '2026-11-09',
  deadline: '2027-01-30',
  facts: {},
  messageKey: 'lost-check',
  ...(shipmentIndex !== undefined ? { shipmentIndex } : {}),
});
const order = (shipments: unknown[]) =>
  OrderSchema.parse({ sellerFulfillmentOrderId: '402-1234567-1234567', marketplace, shipments });

describe('the dashboard’s delivered / not delivered answer', () => {
  it('targets every package whose delivery is unknown, one path each, and only those', () => {
    const o = order([
      { packages: [{ trackingNumber: 'T0', currentStatus: 'DELIVERED' }] },
      {
        packages: [
          { trackingNumber: 'T1', currentStatus: 'DELIVERED' },
          { trackingNumber: 'T2' },
          { trackingNumber: 'T3', events: [{ code: 'EVENT_301' }] },
          { trackingNumber: 'T4', currentStatus: 'UNKNOWN' },
        ],
      },
    ]);
    expect(deliveryAnswerPaths(o, [check(1)])).toEqual([
      'shipments.1.packages.1.currentStatus',
      'shipments.1.packages.3.currentStatus',
    ]);
  });

  it('answers for each shipment in doubt; a shipment without packages gets its first one', () => {
    const o = order([{ packages: [{ trackingNumber: 'T0' }] }, { packages: [] }]);
    expect(deliveryAnswerPaths(o, [check(0), check(1)])).toEqual([
      'shipments.0.packages.0.currentStatus',
      'shipments.1.packages.0.currentStatus',
    ]);
  });

  it('uses shipment 0 for an order-level finding when no shipment is known, and nothing without lost-check', () => {
    expect(deliveryAnswerPaths(order([]), [check()])).toEqual(['shipments.0.packages.0.currentStatus']);
    expect(deliveryAnswerPaths(order([{ packages: [{ trackingNumber: 'T' }] }]), [])).toEqual([]);
  });
});
