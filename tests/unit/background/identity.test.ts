import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { fromSpApi } from '../../../core/sp-api/from-sp-api';
import { storeObservations } from '../../../entrypoints/background/store';
import { CONTENT_SCRIPT, inTransit, order, PARIS, POPUP, setup } from './helpers';

// One order, whatever the source says its id is: SP-API names the seller's id
// (`sellerFulfillmentOrderId`), pages and reports Amazon's (`402-…`) with the seller's as
// `displayableOrderId`. An observation whose key is unknown joins the stored order of the same
// account and country that shares an id, under the stored key.

const AMAZON_ID = '402-1234567-1234567';
const SELLER_ID = 'SHOP-1001';

/** What `fromSpApi` makes of a `getFulfillmentOrder` of the seller's order `SHOP-1001`. */
function apiOrder(observedAt = new Date('2026-03-01T09:00:00Z')) {
  const [converted] = fromSpApi(
    {
      payload: {
        fulfillmentOrder: {
          sellerFulfillmentOrderId: SELLER_ID,
          displayableOrderId: SELLER_ID,
          displayableOrderDate: '2026-03-01T08:00:00Z',
          displayableOrderComment: 'Merci',
          shippingSpeedCategory: 'Standard',
          marketplaceId: 'A13V1IB3VIYZZH',
          fulfillmentOrderStatus: 'COMPLETE',
          receivedDate: '2026-03-01T08:00:00Z',
          statusUpdatedDate: '2026-03-06T10:00:00Z',
          destinationAddress: { name: 'Client', addressLine1: '1 rue', countryCode: 'FR' },
        },
        fulfillmentOrderItems: [{ sellerSku: 'MUG-RED', sellerFulfillmentOrderItemId: 'I1', quantity: 1 }],
        fulfillmentShipments: [
          {
            amazonShipmentId: 'SHIP-1',
            fulfillmentCenterId: 'ORY1',
            fulfillmentShipmentStatus: 'SHIPPED',
            shippingDate: '2026-03-06T10:00:00Z',
            estimatedArrivalDate: '2026-03-10T18:00:00Z',
            fulfillmentShipmentItem: [],
            fulfillmentShipmentPackage: [
              { packageNumber: 1, carrierCode: 'Colissimo', trackingNumber: 'TRK-1' },
            ],
          },
        ],
      },
    },
    observedAt,
    { defaultMarketplace: PARIS },
  );
  if (!converted) throw new Error('no order');
  return converted;
}

/** The page of the same order: Amazon's id, the seller's as "merchant order id". */
function pageOrder() {
  const visit = inTransit('2026-03-06', '2026-03-10', AMAZON_ID);
  visit.displayableOrderId = SELLER_ID;
  visit.shipments[0]!.amazonShipmentId = 'SHIP-1';
  visit.shipments[0]!.packages[0]!.trackingNumber = 'TRK-1';
  return visit;
}

const reading = (o: ReturnType<typeof pageOrder>) => ({
  url: `https://sellercentral.amazon.fr/orders-v3/order/${o.sellerFulfillmentOrderId}`,
  reading: { order: o, missing: [] },
});

describe('one order whatever its id', () => {
  it('API order, then a visit of its page: one order, under the API key, with Amazon’s id', async () => {
    const { db, handlers } = setup();
    const api = apiOrder();
    expect(api.sellerFulfillmentOrderId).toBe(SELLER_ID);
    await storeObservations(db, [api], 'api', new Date('2026-03-01T09:00:00Z'));
    const view = await handlers['reading.store'](reading(pageOrder()), CONTENT_SCRIPT);
    expect(await db.orders.count()).toBe(1);
    expect(view.key).toBe(`-/FR/${SELLER_ID}`);
    expect(view.changed).toBe(true);
    const row = await db.orders.get(`-/FR/${SELLER_ID}`);
    expect(row?.order.sellerFulfillmentOrderId).toBe(AMAZON_ID);
    expect(row?.order.displayableOrderId).toBe(SELLER_ID);
    expect(row?.ids).toEqual([`-/FR/${SELLER_ID}`, `-/FR/${AMAZON_ID}`]);
    const history = await db.history.where('key').equals(`-/FR/${SELLER_ID}`).toArray();
    expect(history.at(-1)?.changes).toContainEqual(
      expect.objectContaining({ path: 'sellerFulfillmentOrderId', from: SELLER_ID, to: AMAZON_ID }),
    );

    // Seen again: nothing changes; and the popup, which asks by Amazon's key, finds it.
    const again = await handlers['reading.store'](reading(pageOrder()), CONTENT_SCRIPT);
    expect(again).toMatchObject({ key: `-/FR/${SELLER_ID}`, changed: false });
    const detail = await handlers['order.get']({ key: `-/FR/${AMAZON_ID}` }, CONTENT_SCRIPT);
    expect(detail?.key).toBe(`-/FR/${SELLER_ID}`);
    // The API payload imported again keeps Amazon's id.
    const reimport = await storeObservations(db, [apiOrder()], 'api', new Date('2026-03-02T09:00:00Z'));
    expect(reimport.results).toEqual([{ key: `-/FR/${SELLER_ID}`, changed: false }]);
    expect((await db.orders.get(`-/FR/${SELLER_ID}`))?.order.sellerFulfillmentOrderId).toBe(AMAZON_ID);
    expect(await db.orders.count()).toBe(1);
  });

  it('a page visit, then the API payload of the same order: one order, Amazon’s id kept', async () => {
    const { db, handlers } = setup();
    await handlers['reading.store'](reading(pageOrder()), CONTENT_SCRIPT);
    const stored = await storeObservations(db, [apiOrder()], 'api', new Date('2026-03-02T09:00:00Z'));
    expect(stored.results[0]?.key).toBe(`-/FR/${AMAZON_ID}`);
    expect(await db.orders.count()).toBe(1);
    const row = await db.orders.get(`-/FR/${AMAZON_ID}`);
    expect(row?.order.sellerFulfillmentOrderId).toBe(AMAZON_ID);
    expect(row?.order.displayableOrderId).toBe(SELLER_ID);
    expect(row?.order.fulfillmentOrderStatus).toBe('Complete');
  });

  it('report, then a visit of the page: one order (with or without the report’s amazon-order-id)', async () => {
    const { db, handlers } = setup();
    const text = [
      'amazon-order-id\tmerchant-order-id\tshipment-id\tshipment-item-id\tshipment-date\tsku\tquantity-shipped\tcarrier\ttracking-number\testimated-arrival-date\tsales-channel',
      `${AMAZON_ID}\t${SELLER_ID}\tSHIP-1\tSI-1\t2026-03-06T10:00:00+00:00\tMUG-RED\t1\tCOLISSIMO\tTRK-1\t2026-03-10T18:00:00+00:00\tNon-Amazon`,
      '\tSHOP-2002\tSHIP-2\tSI-2\t2026-03-06T10:00:00+00:00\tMUG-RED\t1\tCOLISSIMO\tTRK-2\t2026-03-10T18:00:00+00:00\tNon-Amazon',
    ].join('\n');
    const mapped = mapFulfilledShipments(parseReportText(text), {
      marketplace: PARIS,
      observedAt: new Date('2026-03-01T09:00:00Z'),
    }).orders;
    expect(mapped.map((o) => [o.sellerFulfillmentOrderId, o.displayableOrderId])).toEqual([
      [AMAZON_ID, SELLER_ID],
      [undefined, 'SHOP-2002'],
    ]);
    await storeObservations(db, mapped, 'report', new Date('2026-03-01T09:00:00Z'));
    expect(await db.orders.count()).toBe(2);

    await handlers['reading.store'](reading(pageOrder()), CONTENT_SCRIPT);
    const second = pageOrder();
    second.sellerFulfillmentOrderId = '402-2222222-2222222';
    second.displayableOrderId = 'SHOP-2002';
    second.shipments[0]!.amazonShipmentId = 'SHIP-2';
    second.shipments[0]!.packages[0]!.trackingNumber = 'TRK-2';
    const view = await handlers['reading.store'](reading(second), CONTENT_SCRIPT);
    expect(view.key).toBe('-/FR/SHOP-2002');
    expect(view.order.sellerFulfillmentOrderId).toBe('402-2222222-2222222');
    expect((await db.orders.toCollection().primaryKeys()).sort()).toEqual([
      `-/FR/${AMAZON_ID}`,
      '-/FR/SHOP-2002',
    ]);
  });

  it('an API order after a report of it keeps its key and takes the report’s Amazon id', async () => {
    const { db } = setup();
    await storeObservations(db, [apiOrder()], 'api', new Date('2026-03-01T09:00:00Z'));
    const fromReport = order({ sellerFulfillmentOrderId: AMAZON_ID, displayableOrderId: SELLER_ID });
    const stored = await storeObservations(db, [fromReport], 'report', new Date('2026-03-02T09:00:00Z'));
    expect(stored.results).toEqual([{ key: `-/FR/${SELLER_ID}`, changed: true }]);
    const row = await db.orders.get(`-/FR/${SELLER_ID}`);
    expect(row?.order.sellerFulfillmentOrderId).toBe(AMAZON_ID);
    expect(row?.order.provenance.sellerFulfillmentOrderId?.source).toBe('report');
    expect(await db.orders.count()).toBe(1);
  });

  it('the same order twice in one batch (API then page observation): one order', async () => {
    const { db } = setup();
    const api = apiOrder();
    const page = pageOrder();
    const stored = await storeObservations(db, [api, page], 'api', new Date('2026-03-01T09:00:00Z'));
    expect(stored).toMatchObject({ created: 1, updated: 1 });
    expect(stored.results.map((r) => r.key)).toEqual([`-/FR/${SELLER_ID}`, `-/FR/${SELLER_ID}`]);
    expect(await db.orders.count()).toBe(1);
  });

  it('keeps apart orders that share no id, or another account’s or country’s, or two Amazon ids', async () => {
    const { db } = setup();
    await storeObservations(db, [apiOrder()], 'api', new Date('2026-03-01T09:00:00Z'));
    const unrelated = order({
      sellerFulfillmentOrderId: '402-9999999-9999999',
      displayableOrderId: 'SHOP-9',
    });
    const otherAccount = { ...pageOrder(), merchantId: 'A2OTHER' };
    const otherCountry = {
      ...pageOrder(),
      marketplace: {
        host: 'sellercentral.amazon.de',
        countryCode: 'DE',
        locale: 'de-DE',
        timeZone: 'Europe/Berlin',
      },
    };
    await storeObservations(
      db,
      [unrelated, otherAccount, otherCountry],
      'page',
      new Date('2026-03-02T09:00:00Z'),
    );
    expect(await db.orders.count()).toBe(4);
    // Two Amazon orders with the same merchant order id (a replacement) stay two.
    await storeObservations(db, [pageOrder()], 'page', new Date('2026-03-02T09:00:00Z'));
    const replacement = { ...pageOrder(), sellerFulfillmentOrderId: '402-5555555-5555555' };
    const stored = await storeObservations(db, [replacement], 'page', new Date('2026-03-03T09:00:00Z'));
    expect(stored.results).toEqual([{ key: '-/FR/402-5555555-5555555', changed: true }]);
    expect(await db.orders.count()).toBe(5);
    expect((await db.orders.get(`-/FR/${SELLER_ID}`))?.order.sellerFulfillmentOrderId).toBe(AMAZON_ID);
  });

  it('never replaces an order row written without its ids: the batch is read again by key', async () => {
    const { db } = setup();
    await storeObservations(db, [pageOrder()], 'page', new Date('2026-03-01T09:00:00Z'));
    const key = `-/FR/${AMAZON_ID}`;
    const { ids: _ids, ...bare } = (await db.orders.get(key))!;
    await db.orders.put(bare);
    expect(await db.orders.where('ids').equals(key).count()).toBe(0);
    const later = pageOrder();
    later.fulfillmentOrderStatus = 'Complete';
    const stored = await storeObservations(db, [later], 'page', new Date('2026-03-02T09:00:00Z'));
    expect(stored).toMatchObject({ created: 0, updated: 1 });
    const row = await db.orders.get(key);
    expect(row?.firstSeenAt).toBe('2026-03-01T09:00:00.000Z');
    expect(row?.order.shipments).toHaveLength(1);
    expect(row?.ids).toEqual([key, `-/FR/${SELLER_ID}`]);
    // The update's history row only: the creation is on the row, kept.
    expect(await db.history.where('key').equals(key).count()).toBe(1);
    expect(row?.created?.source).toBe('page');
  });

  describe('two Amazon orders sharing the seller’s id (a replacement)', () => {
    /** A1 and A5, both showing `SHOP-1`, each with its own shipment and tracking number. */
    async function twoAmazonOrders() {
      const env = setup();
      const a1 = inTransit('2026-03-06', '2026-03-10', '402-1111111-1111111');
      a1.displayableOrderId = 'SHOP-1';
      const a5 = inTransit('2026-03-07', '2026-03-11', '402-5555555-5555555');
      a5.displayableOrderId = 'SHOP-1';
      await storeObservations(env.db, [a1], 'page', new Date('2026-03-08T09:00:00Z'));
      await storeObservations(env.db, [a5], 'page', new Date('2026-03-08T10:00:00Z'));
      return env;
    }
    /** An API payload of `SHOP-1`, with the shipment and tracking number given. */
    function apiShop1(shipmentId?: string, tracking?: string) {
      return order({
        sellerFulfillmentOrderId: 'SHOP-1',
        displayableOrderId: 'SHOP-1',
        shipments: [
          {
            ...(shipmentId ? { amazonShipmentId: shipmentId } : {}),
            fulfillmentShipmentStatus: 'SHIPPED',
            shippingDate: '2026-03-07',
            estimatedArrivalDate: '2026-03-11',
            packages: [{ trackingNumber: tracking, carrierCode: 'Colissimo', currentStatus: 'DELIVERED' }],
          },
        ],
      });
    }
    const statusOf = async (db: ReturnType<typeof setup>['db'], key: string) =>
      (await db.orders.get(key))?.order.shipments[0]?.packages[0]?.currentStatus;

    it('merges an API payload into the one whose shipment it names, not the first', async () => {
      const { db } = await twoAmazonOrders();
      const api = apiShop1('SHIP-402-5555555-5555555', 'TRK-402-5555555-5555555');
      const stored = await storeObservations(db, [api], 'api', new Date('2026-03-12T10:00:00Z'));
      expect(stored.results).toEqual([{ key: '-/FR/402-5555555-5555555', changed: true }]);
      expect(await statusOf(db, '-/FR/402-1111111-1111111')).toBe('IN_TRANSIT');
      expect(await statusOf(db, '-/FR/402-5555555-5555555')).toBe('DELIVERED');
      expect(await db.orders.count()).toBe(2);
    });

    it('merges by tracking number when the payload has no shipment id', async () => {
      const { db } = await twoAmazonOrders();
      const api = apiShop1(undefined, 'TRK-402-5555555-5555555');
      const stored = await storeObservations(db, [api], 'api', new Date('2026-03-12T10:00:00Z'));
      expect(stored.results[0]?.key).toBe('-/FR/402-5555555-5555555');
      expect(await statusOf(db, '-/FR/402-1111111-1111111')).toBe('IN_TRANSIT');
    });

    it('stores a payload that matches neither as an order of its own (never a guess)', async () => {
      const { db, handlers } = await twoAmazonOrders();
      // Before: `order.get` of the shared id answered one of the two.
      expect(await handlers['order.get']({ key: '-/FR/SHOP-1' }, POPUP)).toBeNull();
      const stored = await storeObservations(db, [apiShop1()], 'api', new Date('2026-03-12T10:00:00Z'));
      expect(stored.results).toEqual([{ key: '-/FR/SHOP-1', changed: true }]);
      expect(await db.orders.count()).toBe(3);
      expect(await statusOf(db, '-/FR/402-1111111-1111111')).toBe('IN_TRANSIT');
      expect(await statusOf(db, '-/FR/402-5555555-5555555')).toBe('IN_TRANSIT');
      // Now the exact key match.
      expect((await handlers['order.get']({ key: '-/FR/SHOP-1' }, POPUP))?.key).toBe('-/FR/SHOP-1');
    });
  });
});
