import { describe, expect, it } from 'vitest';
import { parseReimbursementsReport } from '../../../core/claims/reimbursements-report';
import { mapFulfilledShipments } from '../../../core/import/fulfilled-shipments';
import { parseReportText } from '../../../core/import/parse-report';
import { marketplaceFor } from '../../../core/marketplaces';

// Blind batch b4 met an amazon.pl download cut inside the last row's tracking number: that row
// was rejected only because its last column, sales-channel, was missing. Here an amazon.fr file
// re-saved with its columns reordered, sales-channel first: the row cut inside its tracking number
// would have been imported with 6 of the number's 13 digits and no EDD. A last row with fewer
// cells than the header, in a file that does not end with a line break, is where the file stops.
// (A cut inside the header's last column leaves every cell: that file cannot be told from one
// written without a final line break, so its last row is read.)

const FR = marketplaceFor('sellercentral.amazon.fr')!;
const OBSERVED = new Date('2024-12-20T10:00:00Z');
const HEADER =
  'sales-channel;amazon-order-id;sku;quantity-shipped;shipment-date;carrier;tracking-number;estimated-arrival-date';
const map = (text: string) =>
  mapFulfilledShipments(parseReportText(text), { marketplace: FR, observedAt: OBSERVED });

describe('a download cut inside its last row (b4)', () => {
  it('rejects the cut row with its reason and imports the complete rows', () => {
    const text = [
      HEADER,
      'Non-Amazon;S01-3000001-0000001;TASSE;1;05/12/2024 10:00;Colissimo;6A12345678901;09/12/2024',
      'Non-Amazon;S01-3000001-0000002;TASSE;1;05/12/2024 10:00;Colissimo;6A1234',
    ].join('\r\n');
    const result = map(text);
    expect(result.orders.map((o) => o.sellerFulfillmentOrderId)).toEqual(['S01-3000001-0000001']);
    expect(result.rejected).toEqual([
      { line: 3, reason: expect.stringMatching(/file ends inside this row/) },
    ]);
  });

  it('keeps a complete last row without a final line break', () => {
    const text = [
      HEADER,
      'Non-Amazon;S01-3000001-0000003;TASSE;1;05/12/2024 10:00;Colissimo;;',
      'Non-Amazon;S01-3000001-0000004;TASSE;1;05/12/2024 10:00;Colissimo;6A12345678904;09/12/2024',
    ].join('\n');
    const result = map(text);
    expect(result.rejected).toEqual([]);
    expect(result.orders).toHaveLength(2);
  });
});

describe('a Reimbursements download cut inside its last row (b4)', () => {
  it('skips the cut row, whose last figure may have lost digits', () => {
    const text = [
      'approval-date\treimbursement-id\tcase-id\tamazon-order-id\tcurrency-unit\tamount-total\tquantity-reimbursed-total\toriginal-reimbursement-id',
      '2024-05-10T09:00:00+00:00\t1\t\tS01-1\tEUR\t1249.50\t1\t',
      '2024-05-11T09:00:00+00:00\t2\t\tS01-2\tEUR\t120.00\t1',
    ].join('\n');
    const result = parseReimbursementsReport(text, { timeZone: 'Europe/Paris' });
    expect(result.ok && result.rows.map((r) => [r.reimbursementId, r.amountTotal])).toEqual([['1', 1249.5]]);
    expect(result.ok && result.skipped.lines).toEqual([3]);
  });
});
