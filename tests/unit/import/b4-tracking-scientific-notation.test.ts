import { describe, expect, it } from 'vitest';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';

// Blind batch b4 met an en-US Excel re-save whose 12- and 22-digit tracking numbers became
// `7.74512E+11`: the digits are gone, and parcels that differed now read alike. Such an MCF row is
// rejected with its reason (the seller imports the file as downloaded), never imported with a
// wrong number nor as a shipment "without tracking". Here: a German Excel `;` re-save of an
// amazon.de report, where the mantissa has a decimal comma.

const DE = marketplaceFor('sellercentral.amazon.de')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');

const text = [
  'amazon-order-id;merchant-order-id;shipment-id;sku;quantity-shipped;shipment-date;carrier;tracking-number;sales-channel',
  'S01-2000001-0000001;LADEN-1;D1;BECHER;1;05.12.2024 10:00;DHL;3,40434E+11;Non-Amazon',
  'S01-2000001-0000002;LADEN-2;D2;BECHER;1;05.12.2024 10:00;DPD;01234567890123;Non-Amazon',
  'S01-2000001-0000003;LADEN-3;D3;BECHER;1;05.12.2024 10:00;UPS;1Z999AA10123456784;Non-Amazon',
  '305-1111111-2222222;;D4;BECHER;1;05.12.2024 10:00;DHL;3,40434E+11;Amazon.de',
  'S01-2000001-0000005;LADEN-5;D5;BECHER;1;05.12.2024 10:00;;;Non-Amazon',
].join('\r\n');

describe('tracking numbers a spreadsheet wrote in scientific notation (b4)', () => {
  const result = mapFulfilledShipments(parseReportText(text), { marketplace: DE, observedAt: OBSERVED });

  it('rejects the MCF row with the reason, and imports the other rows as written', () => {
    expect(result.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/^tracking-number .*scientific notation.*"3,40434E\+11"/) },
    ]);
    expect(result.orders.map((o) => o.sellerFulfillmentOrderId)).toEqual([
      'S01-2000001-0000002',
      'S01-2000001-0000003',
      'S01-2000001-0000005',
    ]);
    expect(result.orders.map((o) => o.shipments[0]!.packages.map((p) => p.trackingNumber))).toEqual([
      ['01234567890123'],
      ['1Z999AA10123456784'],
      [],
    ]);
    // The Amazon order's row is left out, not rejected.
    expect(result.notMcf).toBe(1);
  });

  it('says once, for the file, how to get the numbers back', () => {
    expect(result.warnings.filter((w) => w.includes('scientific notation'))).toEqual([
      expect.stringMatching(/line 2.*those rows are rejected.*as downloaded/),
    ]);
  });
});
