import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../components/finding-text';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';
import { mergeOrder } from '../../../core/merge/merge-order';
import type { Order } from '../../../core/model/order';
import { assessOrder } from '../../../core/policy/assess';

// Issue 15, item 2: a Fulfilled Shipments report that HAS the tracking-number column, with an
// empty cell on a row that has a ship date, says the shipment had no tracking on the row's date.

const FR = marketplaceFor('sellercentral.amazon.fr')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const HEADER = [
  'amazon-order-id',
  'merchant-order-id',
  'shipment-id',
  'shipment-date',
  'reporting-date',
  'sku',
  'quantity-shipped',
  'carrier',
  'tracking-number',
  'estimated-arrival-date',
  'sales-channel',
];

function orders(rows: string[][], header = HEADER): Order[] {
  const keep = header.map((name) => HEADER.indexOf(name));
  const text = [header, ...rows.map((r) => keep.map((i) => r[i] ?? ''))].map((r) => r.join('\t')).join('\n');
  return mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt: OBSERVED }).orders;
}

// Shipped 29 Nov (Paris), reported on 2 Dec, EDD 10 Dec.
const row = (tracking: string, reported = '2024-12-02T08:00:00+00:00', shipmentId = 'Dk1') => [
  'S01-1',
  'SHOP-1',
  shipmentId,
  '2024-11-29T16:30:00+00:00',
  reported,
  'MUG',
  '1',
  'COLISSIMO',
  tracking,
  '2024-12-10T20:00:00+00:00',
  'Non-Amazon',
];

const findingsOn = (order: Order, now: string) => assessOrder(order, new Date(now)).findings;

describe('tracking missing in a Fulfilled Shipments report', () => {
  it('an empty tracking cell on a shipped row is dated by the row: tracking-missing as of that report', () => {
    const [order] = orders([row('')]);
    expect(order?.shipments[0]).toMatchObject({
      shippingDate: '2024-11-29',
      noTrackingReportedOn: '2024-12-02',
    });
    expect(order?.provenance['shipments.0.noTrackingReportedOn']?.source).toBe('report');
    const [finding] = findingsOn(order!, '2024-12-05T10:00:00Z');
    expect(finding).toMatchObject({
      kind: 'tracking-missing',
      severity: 'warning',
      startedOn: '2024-12-02',
      facts: { shippingDate: '2024-11-29', noTrackingReportedOn: '2024-12-02' },
    });
    // The words of the finding; the date format is the UI's.
    expect(describeFinding(finding!, 'en').detail).toMatch(/No tracking number in the report of 2 Dec/);
    expect(describeFinding(finding!, 'fr').detail).toMatch(/Aucun numéro de suivi dans le rapport du 2 déc/);
  });

  it('without a reporting-date the ship date vouches: missing from the day after it', () => {
    const [order] = orders([row('', '')]);
    expect(order?.shipments[0]?.noTrackingReportedOn).toBe('2024-11-29');
    expect(findingsOn(order!, '2024-11-29T20:00:00Z').map((f) => f.kind)).toEqual(['tracking-pending']);
    expect(findingsOn(order!, '2024-11-30T10:00:00Z')).toMatchObject([
      { kind: 'tracking-missing', startedOn: '2024-11-30', facts: { noTrackingReportedOn: '2024-11-29' } },
    ]);
  });

  it('a report without the tracking column says nothing about tracking', () => {
    const [order] = orders(
      [row('')],
      HEADER.filter((h) => h !== 'tracking-number'),
    );
    expect(order?.shipments[0]?.noTrackingReportedOn).toBeUndefined();
    expect(findingsOn(order!, '2024-12-05T10:00:00Z')).toEqual([]);
  });

  it('a row with a tracking number, or a row with no ship date, is no such evidence', () => {
    const [tracked] = orders([row('6A123'), row('')]);
    // One shipment (same shipment-id): a row that gave the number outweighs one that did not.
    expect(tracked?.shipments).toHaveLength(1);
    expect(tracked?.shipments[0]?.noTrackingReportedOn).toBeUndefined();
    const unshipped = row('');
    unshipped[3] = '';
    const [pending] = orders([unshipped]);
    expect(pending?.shipments[0]?.noTrackingReportedOn).toBeUndefined();
  });

  it('the tracking a later page or report gives ends the finding; the latest empty report dates it', () => {
    const [first] = orders([row('', '2024-12-02T08:00:00+00:00')]);
    const [later] = orders([row('', '2024-12-09T08:00:00+00:00')]);
    const merged = mergeOrder(first, later!, 'report', '2024-12-21T10:00:00.000Z').order;
    expect(findingsOn(merged, '2024-12-10T10:00:00Z')).toMatchObject([
      { kind: 'tracking-missing', startedOn: '2024-12-09', facts: { noTrackingReportedOn: '2024-12-09' } },
    ]);
    const [tracked] = orders([row('6A123', '2024-12-12T08:00:00+00:00')]);
    const done = mergeOrder(merged, tracked!, 'report', '2024-12-22T10:00:00.000Z').order;
    expect(done.shipments[0]?.packages[0]?.trackingNumber).toBe('6A123');
    expect(findingsOn(done, '2024-12-12T10:00:00Z').map((f) => f.kind)).not.toContain('tracking-missing');
  });
});
