import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';

// Review (ninth session) (694b205, core/import/report-columns.ts isMcfSalesChannel): only a channel that is
// exactly a store's domain counts as Amazon; any suffix on it ("Amazon.co.uk (Business)",
// "amazon.de - Prime", "Amazon.de DE", the same suffix the MCF side is allowed, "Non-Amazon DE")
// makes the row MCF, so an Amazon order (amazon-order-id 202-…/302-…) is imported as an MCF order.
// Before 694b205 only "Non-Amazon…" rows were MCF.

const UK = marketplaceFor('sellercentral.amazon.co.uk')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');

describe('an Amazon store channel with a suffix', () => {
  it('is an Amazon order, not imported as MCF', () => {
    const text = [
      'amazon-order-id\tmerchant-order-id\tsku\tquantity-shipped\tshipment-date\tcarrier\ttracking-number\tsales-channel',
      'S01-4000001-0000001\tSHOP-1\tMUG\t1\t2024-12-05T10:00:00+00:00\tRoyal Mail\tAB123456789GB\tNon-Amazon',
      '202-1111111-2222222\t\tMUG\t1\t2024-12-05T10:00:00+00:00\tRoyal Mail\tAB123456780GB\tAmazon.co.uk (Business)',
      '302-1111111-3333333\t\tMUG\t1\t2024-12-05T10:00:00+00:00\tDHL\t00340434123456789012\tamazon.de - Prime',
      '302-1111111-4444444\t\tMUG\t1\t2024-12-05T10:00:00+00:00\tDHL\t00340434123456789029\tAmazon.de DE',
    ].join('\n');
    const result = mapFulfilledShipments(parseReportText(text), { marketplace: UK, observedAt: OBSERVED });
    expect(result.orders.map((o) => o.sellerFulfillmentOrderId)).toEqual(['S01-4000001-0000001']);
    expect(result.notMcf).toBe(3);
  });
});
