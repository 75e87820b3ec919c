import { describe, expect, it } from 'vitest';
import { parseReimbursementsReport } from '../../../core/claims/reimbursements-report';
import { marketplaceFor, marketplaceIdOf } from '../../../core/marketplaces';
import { marketplaceForId } from '../../../core/sp-api/from-sp-api';

// Blind batch b4 met an amazon.com.tr Fulfilled Shipments report, a marketplace MCF Desk did not
// know. Turkey keeps UTC+03:00 all year (Europe/Istanbul): here a Reimbursements report of that
// marketplace, whose approvals after 21:00 UTC fall on the next Istanbul day, summer and winter.

describe('amazon.com.tr (b4)', () => {
  it('is a marketplace with its own host, id, country and zone', () => {
    const tr = marketplaceFor('sellercentral.amazon.com.tr');
    expect(tr).toEqual({
      host: 'sellercentral.amazon.com.tr',
      countryCode: 'TR',
      locale: 'tr-TR',
      timeZone: 'Europe/Istanbul',
    });
    expect(
      marketplaceIdOf(new URL('https://sellercentral.amazon.com.tr/home?mons_sel_mkid=A33AVAJ2PDY3EV')),
    ).toBe('A33AVAJ2PDY3EV');
    expect(marketplaceForId('A33AVAJ2PDY3EV')?.host).toBe('sellercentral.amazon.com.tr');
  });

  it('gives approval days in Istanbul time', () => {
    const timeZone = marketplaceFor('sellercentral.amazon.com.tr')?.timeZone;
    const text = [
      'approval-date\treimbursement-id\tcase-id\tamazon-order-id\tcurrency-unit\tamount-total\tquantity-reimbursed-total',
      '2024-07-10T21:30:00+00:00\t1\t\tS01-1\tTRY\t499.90\t1',
      '2024-01-10T20:59:00+00:00\t2\t\tS01-2\tTRY\t120.00\t1',
      '2024-12-31T21:05:00+00:00\t3\t\tS01-3\tTRY\t75.50\t1',
    ].join('\n');
    const result = parseReimbursementsReport(text, { timeZone });
    expect(result.ok && result.rows.map((r) => r.approvalDate)).toEqual([
      '2024-07-11',
      '2024-01-10',
      '2025-01-01',
    ]);
  });
});
