import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marketplaceFor } from '../../../core/marketplaces';
import { assessOrder } from '../../../core/policy/assess';
import { fromSpApi, marketplaceForId } from '../../../core/sp-api/from-sp-api';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/sp-api/${name}`, import.meta.url), 'utf8'));
const OBSERVED = new Date('2020-02-07T10:00:00Z');

describe('fromSpApi', () => {
  it("imports Amazon's example getFulfillmentOrder response", () => {
    const [order, ...rest] = fromSpApi(fixture('getFulfillmentOrder.json'), OBSERVED);
    expect(rest).toEqual([]);
    expect(order).toMatchObject({
      sellerFulfillmentOrderId: 'FBATestOrder-1',
      displayableOrderId: 'TestOrder-FBAOutbound',
      marketplace: { countryCode: 'US', timeZone: 'America/Los_Angeles' },
      // Amazon writes PROCESSING; the enum says Processing.
      fulfillmentOrderStatus: 'Processing',
      purpose: 'customer',
      items: [
        { sellerSku: 'PSMM-TEST-SKU-Jan-21_19_59_44-0738', quantity: 1, fnsku: 'B07CGHKWZP' },
        { sellerSku: 'CR-47K6-H6QN', quantity: 3, fnsku: 'X0014BIZ8T' },
      ],
      // 2020-02-15T01:23:31Z is still 14 February in Los Angeles.
      estimatedArrivalDate: '2020-02-14',
      shipments: [
        {
          amazonShipmentId: 'DchKfcZ9N',
          fulfillmentShipmentStatus: 'PENDING',
          // 2020-02-07T02:33:23Z is 6 February in Los Angeles.
          estimatedArrivalDate: '2020-02-06',
          packages: [],
        },
      ],
      returns: [],
    });
    // A PENDING shipment's shippingDate is only Amazon's estimate: not stored as a ship date.
    expect(order?.shipments[0]?.shippingDate).toBeUndefined();
    expect(order?.provenance.estimatedArrivalDate).toEqual({
      source: 'api',
      seenAt: '2020-02-07T10:00:00.000Z',
    });
    expect(order?.provenance['items.1.quantity']?.source).toBe('api');
  });

  it('feeds the policy engine: the pending shipment is late on its own EDD', () => {
    const [order] = fromSpApi(fixture('getFulfillmentOrder.json'), OBSERVED);
    if (!order) throw new Error('no order');
    const { findings } = assessOrder(order, new Date('2020-02-07T12:00:00Z'));
    expect(findings.map((f) => [f.kind, f.startedOn, f.shipmentIndex])).toEqual([
      ['not-shipped-by-edd', '2020-02-06', 0],
    ]);
  });

  it("imports Amazon's example listAllFulfillmentOrders response, with a default marketplace", () => {
    const defaultMarketplace = marketplaceFor('sellercentral.amazon.com');
    if (!defaultMarketplace) throw new Error('no marketplace');
    const orders = fromSpApi(fixture('listAllFulfillmentOrders.json'), OBSERVED, { defaultMarketplace });
    expect(
      orders.map((o) => [o.sellerFulfillmentOrderId, o.fulfillmentOrderStatus, o.marketplace.countryCode]),
    ).toEqual([
      ['902-6018020-0202003', 'Received', 'US'],
      ['601-2020200-12345678', 'Complete', 'US'],
    ]);
    // Amazon's list example has no marketplaceId: without a default the import says so.
    expect(() => fromSpApi(fixture('listAllFulfillmentOrders.json'), OBSERVED)).toThrow(
      /unknown marketplace/,
    );
  });

  it('accepts a bare payload and an array of responses', () => {
    const response = fixture('getFulfillmentOrder.json') as { payload: unknown };
    expect(fromSpApi(response.payload, OBSERVED)).toHaveLength(1);
    expect(fromSpApi([response, response.payload], OBSERVED)).toHaveLength(2);
  });

  it('maps marketplace ids, converts instants in the marketplace zone and reads shipped packages and returns', () => {
    const [order] = fromSpApi(
      {
        payload: {
          fulfillmentOrder: {
            sellerFulfillmentOrderId: 'FR-1',
            marketplaceId: 'A13V1IB3VIYZZH',
            fulfillmentOrderStatus: 'complete',
          },
          fulfillmentOrderItems: [
            {
              sellerSku: 'SKU-A',
              sellerFulfillmentOrderItemId: 'I1',
              quantity: 2,
              cancelledQuantity: 0,
              unfulfillableQuantity: 0,
            },
          ],
          fulfillmentShipments: [
            {
              amazonShipmentId: 'S1',
              fulfillmentCenterId: 'ORY1',
              fulfillmentShipmentStatus: 'SHIPPED',
              // 23:30 UTC on 30 March is 00:30 on 31 March in Paris.
              shippingDate: '2024-03-30T23:30:00Z',
              estimatedArrivalDate: '2024-04-02T10:00:00Z',
              fulfillmentShipmentItem: [],
              fulfillmentShipmentPackage: [{ packageNumber: 1, carrierCode: 'DPD', trackingNumber: '0987' }],
            },
          ],
          returnAuthorizations: [
            {
              returnAuthorizationId: 'RA1',
              amazonRmaId: 'RMA-77',
              fulfillmentCenterId: 'ORY1',
              rmaPageURL: 'x',
              returnToAddress: {},
            },
          ],
          returnItems: [
            {
              sellerReturnItemId: 'R1',
              sellerFulfillmentOrderItemId: 'I1',
              amazonShipmentId: 'S1',
              sellerReturnReasonCode: 'CR-DAMAGED_BY_CARRIER',
              status: 'Processed',
              statusChangedDate: '2024-04-20T08:00:00Z',
              returnAuthorizationId: 'RA1',
              returnReceivedCondition: 'CarrierDamaged',
            },
          ],
        },
      },
      OBSERVED,
    );
    expect(order).toMatchObject({
      marketplace: { countryCode: 'FR', timeZone: 'Europe/Paris' },
      fulfillmentOrderStatus: 'Complete',
      shipments: [
        {
          shippingDate: '2024-03-31',
          estimatedArrivalDate: '2024-04-02',
          packages: [{ carrierCode: 'DPD', trackingNumber: '0987' }],
        },
      ],
      returns: [
        {
          rmaId: 'RMA-77',
          items: [{ sellerSku: 'SKU-A', quantity: 1 }],
          status: 'received',
          receivedCondition: 'CarrierDamaged',
          receivedDate: '2024-04-20',
        },
      ],
    });
    expect(marketplaceForId('A1PA6795UKMFR9')?.countryCode).toBe('DE');
    expect(marketplaceForId('A1F83G8C2ARO7P')?.countryCode).toBe('GB');
    expect(marketplaceForId('NOPE')).toBeNull();
  });

  it('rejects an error response and a payload that is not an order', () => {
    expect(() => fromSpApi({ errors: [{ code: 'InvalidInput', message: 'bad id' }] }, OBSERVED)).toThrow(
      /InvalidInput: bad id/,
    );
    expect(() => fromSpApi({ hello: 'world' }, OBSERVED)).toThrow();
  });
});
