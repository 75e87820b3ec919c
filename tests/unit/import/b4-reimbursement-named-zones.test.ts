import { describe, expect, it } from 'vitest';
import { parseReimbursementsReport } from '../../../core/claims/reimbursements-report';

// Blind batch b4 met a US Reimbursements report dated `2024-12-05 00:40:00 PST`: the Fulfilled
// Shipments importer read such zone names, the Reimbursements one skipped every row. Here: an
// amazon.co.uk report re-saved as `;` CSV with `BST` / `GMT` / `CET` names, on London days.

describe('Reimbursements approval dates with a zone name (b4)', () => {
  const text = [
    'approval-date;reimbursement-id;case-id;amazon-order-id;currency-unit;amount-total;quantity-reimbursed-total',
    '2024-07-15 00:30:00 BST;11;;S01-1;GBP;18.50;1',
    '2024-10-27 01:30:00 GMT;12;;S01-2;GBP;9.99;1',
    '2024-12-01 00:15:00 CET;13;;S01-3;EUR;21.40;1',
    '2024-12-02 10:00:00 XYZ;14;;S01-4;GBP;5.00;1',
  ].join('\r\n');

  it('reads each as an instant, on its London day, and skips an unknown zone', () => {
    const result = parseReimbursementsReport(text, { timeZone: 'Europe/London' });
    expect(result.ok && result.rows.map((r) => [r.reimbursementId, r.approvalDate])).toEqual([
      ['11', '2024-07-15'],
      ['12', '2024-10-27'],
      ['13', '2024-11-30'],
    ]);
    expect(result.ok && result.skipped.lines).toEqual([5]);
  });
});
