import { describe, expect, it } from 'vitest';
import { OrderSchema } from '../../../core/model/order';
import { readOrderPage } from '../../../core/page/read-order-page';
import { DEMO_ORDER_URL, renderDemoPage } from '../../../scripts/demo/render-demo-page.mjs';
import { loadPage } from './load-fixture';

// The demo page (scripts/demo/order-page.html) shows its ship date in the summary box, before
// the "Expédition 1" section, and its delivery status as "Statut de la livraison".

const TODAY = new Date(Date.UTC(2026, 10, 28));
const NOW = '2026-11-28T09:00:00.000Z';

describe('readOrderPage on the demo page', () => {
  it('reads every field of the demo order, the summary ship date on its only shipment', async () => {
    const { document } = await loadPage(renderDemoPage(TODAY), DEMO_ORDER_URL);
    const reading = readOrderPage(document, DEMO_ORDER_URL, { now: NOW });
    expect(reading).not.toBeNull();
    const { order, missing } = reading!;
    expect(missing).toEqual([]);
    expect(order.sellerFulfillmentOrderId).toBe('402-1234567-1234567');
    expect(order.displayableOrderId).toBe('BOUTIQUE-10482');
    expect(order.salesChannel).toBe('Non-Amazon');
    expect(order.fulfillmentOrderStatus).toBe('Complete');
    // Shipped 16 days and expected 12 days before 28 Nov 2026.
    expect(order.estimatedArrivalDate).toBe('2026-11-16');
    expect(order.shipments).toEqual([
      {
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: '2026-11-12',
        packages: [
          {
            carrierCode: 'Colissimo',
            trackingNumber: '6A12345678901',
            currentStatus: 'IN_TRANSIT',
            events: [],
          },
        ],
      },
    ]);
    expect(order.items).toEqual([
      { sellerSku: 'MUG-BLEU-350', title: 'Mug céramique bleu 350 ml', quantity: 2 },
      { sellerSku: 'SOUS-VERRE-LIEGE', title: 'Sous-verres en liège (lot de 4)', quantity: 1 },
    ]);
    expect(Object.keys(order.provenance ?? {})).toEqual(
      expect.arrayContaining([
        'shipments.0.shippingDate',
        'shipments.0.fulfillmentShipmentStatus',
        'shipments.0.packages.0.currentStatus',
        'shipments.0.packages.0.carrierCode',
        'shipments.0.packages.0.trackingNumber',
      ]),
    );
    expect(OrderSchema.safeParse(order).success).toBe(true);
  });
});
