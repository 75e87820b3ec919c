import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../components/finding-text';
import { ReportFormatError } from '../../../core/import/parse-report';
import { readSpApiFile } from '../../../core/import/sp-api-file';
import { marketplaceFor } from '../../../core/marketplaces';
import { mergeOrder } from '../../../core/merge/merge-order';
import { type Order, type OrderInput, OrderSchema } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';
import {
  attachTrackingDetails,
  holdsWantedPackage,
  type PackageTrackingDetails,
  wantedPackages,
} from '../../../core/sp-api/tracking-details';

// Amazon's own `getPackageTrackingDetails` example (fulfillmentOutbound_2020-07-01.json), copied
// verbatim to tests/fixtures/sp-api/getPackageTrackingDetails.json (its `_source` says from where).
const EXAMPLE = readFileSync(join(__dirname, '../../fixtures/sp-api/getPackageTrackingDetails.json'), 'utf8');
const US = marketplaceFor('sellercentral.amazon.com')!;
const FR = marketplaceFor('sellercentral.amazon.fr')!;
const OBSERVED = new Date('2020-03-01T10:00:00Z');
const TRACKING = '1Z50V7420354708051';

/** Amazon's example payload (not the wrapper). */
const examplePayload = (): Record<string, unknown> => JSON.parse(EXAMPLE).payload;

/** The example as a parcel still on its way: Amazon's fields, the carrier's status replaced. */
function inTransit(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const payload = examplePayload();
  return {
    ...payload,
    currentStatus: 'IN_TRANSIT',
    currentStatusDescription: 'In transit to the destination address',
    trackingEvents: (payload.trackingEvents as unknown[]).slice(1),
    ...overrides,
  };
}

function details(text: string): PackageTrackingDetails[] {
  const file = readSpApiFile(text, OBSERVED, US);
  if (file.kind !== 'tracking') throw new Error(`read as ${file.kind}`);
  return file.details;
}

/** An order as a report leaves it: shipped, EDD 10 Jan 2020, one package with a tracking number. */
function reportOrder(fields: Partial<OrderInput> = {}, marketplace = US): Order {
  const seen = { source: 'report', seenAt: '2020-01-05T10:00:00.000Z' } as const;
  return OrderSchema.parse({
    sellerFulfillmentOrderId: 'S01-1234567-1234567',
    displayableOrderId: 'SHOP-1001',
    marketplace,
    shipments: [
      {
        amazonShipmentId: 'DkXyZ1',
        fulfillmentShipmentStatus: 'SHIPPED',
        shippingDate: '2020-01-06',
        estimatedArrivalDate: '2020-01-10',
        packages: [{ carrierCode: 'UPS', trackingNumber: TRACKING }],
      },
    ],
    provenance: {
      sellerFulfillmentOrderId: seen,
      displayableOrderId: seen,
      'shipments.0.amazonShipmentId': seen,
      'shipments.0.fulfillmentShipmentStatus': seen,
      'shipments.0.shippingDate': seen,
      'shipments.0.estimatedArrivalDate': seen,
      'shipments.0.packages.0.carrierCode': seen,
      'shipments.0.packages.0.trackingNumber': seen,
    },
    ...fields,
  });
}

const kinds = (order: Order, now: string) => assessOrder(order, new Date(now)).findings.map((f) => f.kind);

describe('getPackageTrackingDetails files', () => {
  it("reads Amazon's example response, its bare payload, and an array of them", () => {
    const [one] = details(EXAMPLE);
    expect(one).toMatchObject({
      packageNumber: 212794778,
      trackingNumber: TRACKING,
      currentStatus: 'DELIVERED',
    });
    expect(one?.trackingEvents?.map((e) => e.eventCode)).toEqual(['EVENT_301', 'EVENT_206']);
    expect(details(JSON.stringify(examplePayload()))).toHaveLength(1);
    expect(
      details(`[${EXAMPLE}, ${JSON.stringify({ payload: inTransit({ packageNumber: 7 }) })}]`),
    ).toHaveLength(2);
    const wanted = wantedPackages(details(EXAMPLE));
    expect([...wanted.trackingNumbers]).toEqual([TRACKING]);
    expect([...wanted.packageNumbers]).toEqual([212794778]);
  });

  it('refuses a file that is neither kind with one sentence, not a validation dump', () => {
    const neither =
      'This JSON file is neither SP-API fulfillment orders (getFulfillmentOrder, listAllFulfillmentOrders) nor package tracking details (getPackageTrackingDetails): nothing was imported.';
    for (const text of ['{"hello": 1}', '[1, 2]', '{"payload": {"items": []}}', '"text"']) {
      expect(() => readSpApiFile(text, OBSERVED, US)).toThrow(ReportFormatError);
      expect(() => readSpApiFile(text, OBSERVED, US)).toThrow(neither);
    }
    expect(() =>
      readSpApiFile('{"errors": [{"code": "InvalidInput", "message": "bad packageNumber"}]}', OBSERVED, US),
    ).toThrow(
      'This file is an SP-API error response (InvalidInput bad packageNumber): nothing was imported.',
    );
    const orders = readFileSync(join(__dirname, '../../fixtures/sp-api/getFulfillmentOrder.json'), 'utf8');
    expect(() => readSpApiFile(`[${orders}, ${EXAMPLE}]`, OBSERVED, US)).toThrow(
      'This file mixes fulfillment orders and tracking details: import them as two files, the orders first; nothing was imported.',
    );
    expect(() => readSpApiFile('[]', OBSERVED, US)).toThrow(
      'This file holds no fulfillment order and no tracking details: nothing was imported.',
    );
    expect(() => readSpApiFile('{"payload": {"currentStatus": "IN_TRANSIT"}}', OBSERVED, US)).toThrow(
      /^Tracking details 1 do not match Amazon's getPackageTrackingDetails model \(value: names no package .*\): nothing was imported\.$/,
    );
    expect(() => readSpApiFile('{"payload": ', OBSERVED, US)).toThrow(
      /^Not valid JSON \(.*\): nothing was imported\.$/,
    );
  });

  it('attaches the carrier status to the stored package by tracking number, dated in the marketplace', () => {
    const stored = reportOrder();
    const other = reportOrder({
      sellerFulfillmentOrderId: 'S01-9',
      displayableOrderId: 'SHOP-9',
      shipments: [],
    });
    const { orders, matched, unmatched } = attachTrackingDetails(details(EXAMPLE), [other, stored]);
    expect(matched).toBe(1);
    expect(unmatched).toEqual([]);
    expect(orders).toHaveLength(1);
    const observation = orders[0]!;
    expect(observation.sellerFulfillmentOrderId).toBe('S01-1234567-1234567');
    expect(observation.shipments).toEqual([
      {
        amazonShipmentId: 'DkXyZ1',
        packages: [
          {
            trackingNumber: TRACKING,
            packageNumber: 212794778,
            currentStatus: 'DELIVERED',
            // 2020-01-22T00:15:55Z is still the 21st in Los Angeles.
            deliveredDate: '2020-01-21',
            events: [
              { code: 'EVENT_301', date: '2020-01-21', description: 'Delivered.' },
              { code: 'EVENT_206', date: '2019-10-30', description: 'In transit to pickup location' },
            ],
          },
        ],
      },
    ]);
    // The same instant is the 22nd in Paris.
    const paris = attachTrackingDetails(details(EXAMPLE), [reportOrder({}, FR)]).orders[0]!;
    expect(paris.shipments[0]?.packages[0]?.deliveredDate).toBe('2020-01-22');
  });

  it('matches by package number an API order that has no tracking number yet; keeps signed-for-by', () => {
    const stored = reportOrder({
      shipments: [
        {
          amazonShipmentId: 'DkXyZ1',
          fulfillmentShipmentStatus: 'SHIPPED',
          packages: [{ packageNumber: 212794778 }],
        },
      ],
    });
    expect(holdsWantedPackage(stored, wantedPackages(details(EXAMPLE)))).toBe(true);
    const signed = JSON.stringify({ payload: { ...examplePayload(), signedForBy: ' J. DOE ' } });
    const { orders } = attachTrackingDetails(details(signed), [stored]);
    const merged = mergeOrder(stored, orders[0]!, 'api', '2020-03-01T10:00:00.000Z').order;
    expect(merged.shipments[0]?.packages).toHaveLength(1);
    expect(merged.shipments[0]?.packages[0]).toMatchObject({
      packageNumber: 212794778,
      trackingNumber: TRACKING,
      carrierCode: 'UPS',
      signedForBy: 'J. DOE',
      currentStatus: 'DELIVERED',
    });
  });

  it('leaves unmatched details out, and reads unknown codes as UNKNOWN', () => {
    const stranger = JSON.stringify({ payload: inTransit({ packageNumber: 1, trackingNumber: 'NOPE' }) });
    const { orders, matched, unmatched } = attachTrackingDetails(details(stranger), [reportOrder()]);
    expect({ orders, matched, unmatched: unmatched.length }).toEqual({
      orders: [],
      matched: 0,
      unmatched: 1,
    });
    const odd = JSON.stringify({
      payload: inTransit({
        currentStatus: 'TELEPORTED',
        trackingEvents: [{ eventCode: 'EVENT_9999', eventDate: 'not a date', eventDescription: 'x' }],
      }),
    });
    const pkg = attachTrackingDetails(details(odd), [reportOrder()]).orders[0]?.shipments[0]?.packages[0];
    expect(pkg).toMatchObject({ currentStatus: 'UNKNOWN', events: [{ code: 'UNKNOWN', description: 'x' }] });
  });
});

describe('tracking details in the merge and the policy', () => {
  const importedAt = '2020-02-01T10:00:00.000Z';
  const attach = (stored: Order, payload: Record<string, unknown>) =>
    attachTrackingDetails(details(JSON.stringify({ payload })), [stored]).orders[0]!;

  it('lost-check becomes lost-claimable when the carrier says not delivered (injected now)', () => {
    const stored = reportOrder();
    // EDD 10 Jan: the claim opens on the 18th; the report says nothing of delivery.
    expect(kinds(stored, '2020-02-01T20:00:00Z')).toEqual(['lost-check']);
    const merged = mergeOrder(stored, attach(stored, inTransit()), 'api', importedAt);
    expect(merged.changes.map((c) => c.path)).toEqual([
      'shipments.0.packages.0.packageNumber',
      'shipments.0.packages.0.currentStatus',
      'shipments.0.packages.0.events.0',
    ]);
    const assessment = assessOrder(merged.order, new Date('2020-02-01T20:00:00Z'));
    expect(assessment.findings).toMatchObject([
      {
        kind: 'lost-claimable',
        severity: 'action',
        startedOn: '2020-01-18',
        facts: { deliveryStatus: 'not-delivered', packageStatus: 'IN_TRANSIT', trackingNumbers: TRACKING },
      },
    ]);
    // Before the claim opens it is only watched.
    expect(kinds(merged.order, '2020-01-15T20:00:00Z')).toEqual(['lost-watch']);
  });

  it('lost-check goes away when the carrier says delivered (EVENT_301)', () => {
    const stored = reportOrder();
    const merged = mergeOrder(stored, attach(stored, examplePayload()), 'api', importedAt).order;
    expect(merged.shipments[0]?.packages[0]).toMatchObject({
      currentStatus: 'DELIVERED',
      deliveredDate: '2020-01-21',
    });
    expect(kinds(merged, '2020-02-01T20:00:00Z')).toEqual([]);
  });

  it('a damaged event (EVENT_405) makes the order damaged-claimable, not lost', () => {
    const stored = reportOrder();
    const damaged = inTransit({
      trackingEvents: [
        {
          eventDate: '2020-01-12T09:00:00Z',
          eventAddress: { city: 'Troy', state: 'MI', country: 'US' },
          eventCode: 'EVENT_405',
          eventDescription: 'Shipment damaged.',
        },
      ],
    });
    const merged = mergeOrder(stored, attach(stored, damaged), 'api', importedAt).order;
    const findings = assessOrder(merged, new Date('2020-02-01T20:00:00Z')).findings;
    expect(findings.map((f) => [f.kind, f.startedOn])).toEqual([['damaged-claimable', '2020-01-12']]);
  });

  it('a later import does not lose the carrier status, nor the values the seller typed', () => {
    const typed = { source: 'user', seenAt: '2020-01-20T10:00:00.000Z' } as const;
    const stored = reportOrder();
    stored.shipments[0]!.estimatedArrivalDate = '2020-01-12';
    stored.provenance['shipments.0.estimatedArrivalDate'] = typed;
    stored.shipments[0]!.packages[0]!.carrierCode = 'UPS Ground';
    stored.provenance['shipments.0.packages.0.carrierCode'] = typed;

    const withStatus = mergeOrder(stored, attach(stored, inTransit()), 'api', importedAt);
    expect(withStatus.conflicts).toEqual([]);
    expect(withStatus.order.shipments[0]).toMatchObject({
      estimatedArrivalDate: '2020-01-12',
      packages: [{ carrierCode: 'UPS Ground', currentStatus: 'IN_TRANSIT' }],
    });

    // The same report again, then the same tracking file again: nothing changes.
    const report = reportOrder();
    const again = mergeOrder(withStatus.order, report, 'report', '2020-02-02T10:00:00.000Z');
    expect(again.changes).toEqual([]);
    expect(again.order.shipments[0]?.packages[0]).toMatchObject({
      currentStatus: 'IN_TRANSIT',
      carrierCode: 'UPS Ground',
    });
    expect(again.order.shipments[0]?.estimatedArrivalDate).toBe('2020-01-12');
    const sameFile = mergeOrder(
      again.order,
      attach(again.order, inTransit()),
      'api',
      '2020-02-03T10:00:00.000Z',
    );
    expect(sameFile.changes).toEqual([]);

    // The seller's "not delivered" gives way to the carrier's delivery, and the change says so.
    const answered = structuredClone(withStatus.order);
    answered.provenance['shipments.0.packages.0.currentStatus'] = typed;
    const delivered = mergeOrder(
      answered,
      attach(answered, examplePayload()),
      'api',
      '2020-02-04T10:00:00.000Z',
    );
    const status = delivered.changes.find((c) => c.path === 'shipments.0.packages.0.currentStatus');
    expect(status).toMatchObject({ from: 'IN_TRANSIT', to: 'DELIVERED', overrode: typed });
    expect(delivered.order.shipments[0]?.estimatedArrivalDate).toBe('2020-01-12');
  });

  it('the lost-claimable finding reads with the tracking number', () => {
    const stored = reportOrder();
    const merged = mergeOrder(stored, attach(stored, inTransit()), 'api', importedAt).order;
    const [finding] = assessOrder(merged, new Date('2020-02-01T20:00:00Z')).findings;
    expect(describeFinding(finding!, 'en').detail).toContain(TRACKING);
  });
});

describe('an older tracking file imported after a newer one', () => {
  const importedAt = '2020-02-01T10:00:00.000Z';
  const file = (...payloads: Record<string, unknown>[]) =>
    details(JSON.stringify(payloads.map((payload) => ({ payload }))));

  it('does not take a delivered parcel back to in transit, and says why it was not applied', () => {
    const stored = reportOrder();
    const delivered = mergeOrder(
      stored,
      attachTrackingDetails(file(examplePayload()), [stored]).orders[0]!,
      'api',
      importedAt,
    ).order;
    expect(kinds(delivered, '2020-02-01T20:00:00Z')).toEqual([]);

    // Last month's export (only the October event, status in transit) comes in after it.
    const older = attachTrackingDetails(file(inTransit()), [delivered]);
    expect(older.orders).toEqual([]);
    expect(older.stale.map((d) => d.trackingNumber)).toEqual([TRACKING]);
    expect(older.matched).toBe(1);
    expect(older.unmatched).toEqual([]);
  });

  it('applies a newer file over an older one, and a file with the same events again', () => {
    const stored = reportOrder();
    const first = mergeOrder(
      stored,
      attachTrackingDetails(file(inTransit()), [stored]).orders[0]!,
      'api',
      importedAt,
    ).order;
    const newer = attachTrackingDetails(file(examplePayload()), [first]);
    expect(newer.stale).toEqual([]);
    expect(newer.orders[0]?.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
    // Same snapshot twice: not older, so applied (the merge then records no change).
    const same = attachTrackingDetails(file(inTransit()), [first]);
    expect(same.stale).toEqual([]);
    expect(mergeOrder(first, same.orders[0]!, 'api', importedAt).changes).toEqual([]);
  });

  it('keeps the newer of two details of one package in one file, whatever their order', () => {
    const stored = reportOrder();
    for (const payloads of [
      [examplePayload(), inTransit()],
      [inTransit(), examplePayload()],
    ]) {
      const attached = attachTrackingDetails(file(...payloads), [stored]);
      expect(attached.orders[0]?.shipments[0]?.packages[0]?.currentStatus).toBe('DELIVERED');
    }
  });

  it('a file without dated events is older than a stored timeline, and fills one that has none', () => {
    const stored = reportOrder();
    const delivered = mergeOrder(
      stored,
      attachTrackingDetails(file(examplePayload()), [stored]).orders[0]!,
      'api',
      importedAt,
    ).order;
    const undated = () => file(inTransit({ trackingEvents: [] }));
    expect(attachTrackingDetails(undated(), [delivered]).stale).toHaveLength(1);
    const fresh = attachTrackingDetails(undated(), [stored]);
    expect(fresh.stale).toEqual([]);
    expect(fresh.orders[0]?.shipments[0]?.packages[0]?.currentStatus).toBe('IN_TRANSIT');
  });
});
