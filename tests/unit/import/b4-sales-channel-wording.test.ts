import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';

// Blind batch b4 met an amazon.com.be export whose MCF row says `Niet-Amazon`: the "not Amazon"
// wording depends on the account's language, while an Amazon order always names its store
// (`Amazon.de`, `amazon.com.tr`). Here: a German tab-separated file with `Nicht-Amazon`, a
// Turkish-worded `Amazon Dışı` row and Amazon store rows in several spellings.

const DE = marketplaceFor('sellercentral.amazon.de')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');

const text = [
  'amazon-order-id\tmerchant-order-id\tsku\tquantity-shipped\tshipment-date\tsales-channel',
  'S01-1000001-0000001\tLADEN-1\tBECHER\t1\t2024-12-05T10:00:00+00:00\tNicht-Amazon',
  'S01-1000001-0000002\tLADEN-2\tBECHER\t2\t2024-12-05T10:00:00+00:00\tAmazon Dışı',
  'S01-1000001-0000003\tLADEN-3\tBECHER\t1\t2024-12-05T10:00:00+00:00\tNon-Amazon DE',
  '305-1111111-2222222\t\tBECHER\t1\t2024-12-05T10:00:00+00:00\tAmazon.de',
  '305-1111111-3333333\t\tBECHER\t1\t2024-12-05T10:00:00+00:00\tamazon.com.tr',
  '305-1111111-4444444\t\tBECHER\t1\t2024-12-05T10:00:00+00:00\t Amazon.co.uk ',
  '305-1111111-5555555\t\tBECHER\t1\t2024-12-05T10:00:00+00:00\tAmazon',
].join('\n');

describe('sales channel worded in the account language (b4)', () => {
  it('imports every "not Amazon" wording as MCF and leaves out only rows naming an Amazon store', () => {
    const result = mapFulfilledShipments(parseReportText(text), { marketplace: DE, observedAt: OBSERVED });
    expect(result.orders.map((o) => o.sellerFulfillmentOrderId)).toEqual([
      'S01-1000001-0000001',
      'S01-1000001-0000002',
      'S01-1000001-0000003',
    ]);
    expect(result.notMcf).toBe(4);
    expect(result.rejected).toEqual([]);
  });
});
