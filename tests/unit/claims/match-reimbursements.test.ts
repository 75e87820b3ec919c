import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../core/claims/claim';
import { ClaimSchema } from '../../../core/claims/claim';
import { claimTotals } from '../../../core/claims/claim-totals';
import { matchReimbursements } from '../../../core/claims/match-reimbursements';
import { parseReimbursementsReport, type ReimbursementRow } from '../../../core/claims/reimbursements-report';
import { claim } from './helpers';

const NOW = new Date('2024-06-10T08:00:00Z');
const reportRows = (name: string): ReimbursementRow[] => {
  const parsed = parseReimbursementsReport(
    readFileSync(join(__dirname, '../../fixtures/reports', name), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.rows;
};
const line = (
  orderKey: string,
  ids: { amazonOrderId?: string; sellerFulfillmentOrderId: string },
  units: number,
) => ({
  orderKey,
  ...ids,
  items: [{ sellerSku: 'SKU', quantity: units }],
});

/** The seller's claims that the fixture `reimbursements.txt` pays. */
function sellerClaims(): Claim[] {
  return [
    claim({
      id: 'lost-case',
      caseId: '15012345671',
      claimed: { amount: 25, currency: 'EUR' },
      lines: [
        line('-/FR/MCF-1', { amazonOrderId: '402-1234567-1234567', sellerFulfillmentOrderId: 'MCF-1' }, 2),
      ],
    }),
    claim({
      id: 'damaged-no-case',
      reason: 'damaged',
      lines: [
        line('-/FR/MCF-2', { amazonOrderId: '402-7654321-7654321', sellerFulfillmentOrderId: 'MCF-2' }, 1),
      ],
    }),
    claim({
      id: 'mcf-id',
      lines: [line('-/FR/S01-1111111-2222222', { sellerFulfillmentOrderId: 'S01-1111111-2222222' }, 2)],
    }),
    claim({
      id: 'refused',
      caseId: '15012345672',
      status: 'refused',
      refusedOn: '2024-05-01',
      lines: [
        line('-/FR/MCF-4', { amazonOrderId: '402-2222222-3333333', sellerFulfillmentOrderId: 'MCF-4' }, 3),
      ],
    }),
    claim({
      id: 'untouched',
      caseId: '15000000000',
      lines: [
        line('-/FR/MCF-5', { amazonOrderId: '402-5555555-5555555', sellerFulfillmentOrderId: 'MCF-5' }, 1),
      ],
    }),
  ];
}

describe('matching a Reimbursements report to claims', () => {
  const rows = reportRows('reimbursements.txt');
  const result = matchReimbursements(sellerClaims(), rows, NOW);
  const updated = (id: string) => result.updated.find((c) => c.id === id);

  it('changes only the claims the report pays, each still a valid claim', () => {
    expect(result.changes).toEqual([
      { claimId: 'lost-case', added: 2, statusBefore: 'filed', statusAfter: 'partly-paid' },
      { claimId: 'damaged-no-case', added: 1, statusBefore: 'filed', statusAfter: 'paid' },
      { claimId: 'mcf-id', added: 1, statusBefore: 'filed', statusAfter: 'partly-paid' },
      { claimId: 'refused', added: 1, statusBefore: 'refused', statusAfter: 'paid' },
    ]);
    for (const c of result.updated) {
      expect(ClaimSchema.parse(c)).toEqual(c);
      expect(c.updatedAt).toBe(NOW.toISOString());
    }
  });

  it('by case id: paid 25.00 for the 25.00 claimed, then a reversal of 12.50 nets it to partly paid', () => {
    const c = updated('lost-case');
    expect(c?.payments.map((p) => [p.reimbursementId, p.amount.amount, p.quantity, p.approvalDate])).toEqual([
      ['2961234501', 25, 2, '2024-05-02'],
      ['2961234599', -12.5, -1, '2024-05-20'],
    ]);
    expect(claimTotals(c as Claim)).toMatchObject({ received: 12.5, receivedUnits: 1, currency: 'EUR' });
  });

  it('by Amazon order id when the row has no case id; by the MCF order id when the report writes that one', () => {
    expect(updated('damaged-no-case')?.payments[0]?.reimbursementId).toBe('2961234502');
    // 1 of 2 units claimed, no amount claimed: partly paid.
    expect(updated('mcf-id')?.payments[0]).toMatchObject({
      reimbursementId: '2961234503',
      amazonOrderId: 'S01-1111111-2222222',
      amount: { amount: 13.9, currency: 'EUR' },
    });
  });

  it('a refused claim that receives its units (inventory, no money) becomes paid', () => {
    expect(updated('refused')).toMatchObject({ status: 'paid', refusedOn: '2024-05-01' });
  });

  it('counts and names the rows that pay no claim', () => {
    expect(result.unmatched).toEqual({ count: 1, reimbursementIds: ['2961234600'] });
    expect(result.alreadyApplied).toBe(0);
    expect(result.currencyMismatches).toEqual([]);
  });

  it('re-importing the same report changes nothing (idempotent)', () => {
    const after = sellerClaims().map((c) => result.updated.find((u) => u.id === c.id) ?? c);
    const again = matchReimbursements(after, rows, new Date('2024-06-11T08:00:00Z'));
    expect(again.updated).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(again.alreadyApplied).toBe(5);
    expect(again.unmatched.count).toBe(1);
  });

  it('the same report re-saved by French Excel pays the same claims once (rows deduplicated by reimbursement id)', () => {
    const after = sellerClaims().map((c) => result.updated.find((u) => u.id === c.id) ?? c);
    const resaved = matchReimbursements(after, reportRows('reimbursements-fr-excel.csv'), NOW);
    expect(resaved.updated).toEqual([]);
    expect(resaved.alreadyApplied).toBe(3);
    expect(resaved.unmatched).toEqual({ count: 1, reimbursementIds: ['2961234600'] });
  });

  it('a row listed twice in one file is applied once', () => {
    const row = rows[0] as ReimbursementRow;
    const twice = matchReimbursements(sellerClaims(), [row, { ...row, line: 99 }], NOW);
    expect(twice.changes).toEqual([
      { claimId: 'lost-case', added: 1, statusBefore: 'filed', statusAfter: 'paid' },
    ]);
    expect(twice.alreadyApplied).toBe(1);
  });
});

describe('which claim a row pays', () => {
  const row = (fields: Partial<ReimbursementRow>): ReimbursementRow => ({
    line: 2,
    approvalDate: '2024-05-02',
    reimbursementId: 'R1',
    currency: 'EUR',
    amountTotal: 10,
    quantityTotal: 1,
    ...fields,
  });
  const a = claim({
    id: 'a',
    caseId: '111',
    lines: [line('k/a', { amazonOrderId: '402-0000000-0000001', sellerFulfillmentOrderId: 'A' }, 1)],
  });
  const b = claim({
    id: 'b',
    lines: [line('k/b', { amazonOrderId: '402-0000000-0000002', sellerFulfillmentOrderId: 'B' }, 1)],
  });

  it('the case id wins over the order id', () => {
    const r = matchReimbursements(
      [a, b],
      [row({ caseId: '111', amazonOrderId: '402-0000000-0000002' })],
      NOW,
    );
    expect(r.changes.map((c) => c.claimId)).toEqual(['a']);
  });

  it('an unknown case id falls back to the order id, unless that claim has another case id', () => {
    const toB = matchReimbursements(
      [a, b],
      [row({ caseId: '999', amazonOrderId: '402-0000000-0000002' })],
      NOW,
    );
    expect(toB.changes.map((c) => c.claimId)).toEqual(['b']);
    const notA = matchReimbursements(
      [a, b],
      [row({ caseId: '999', amazonOrderId: '402-0000000-0000001' })],
      NOW,
    );
    expect(notA.changes).toEqual([]);
    expect(notA.unmatched).toEqual({ count: 1, reimbursementIds: ['R1'] });
  });

  it('among two claims of the same order, the one of the reason the row names', () => {
    const lost = claim({ id: 'lost', lines: b.lines });
    const damaged = claim({ id: 'damaged', reason: 'damaged', lines: b.lines, filedOn: '2024-04-20' });
    const r = matchReimbursements(
      [lost, damaged],
      [row({ reason: 'Lost_Warehouse', amazonOrderId: '402-0000000-0000002' })],
      NOW,
    );
    expect(r.changes.map((c) => c.claimId)).toEqual(['lost']);
  });

  it('a reversal goes back to the claim holding the reimbursement it reverses, whatever its ids', () => {
    const paid = claim({
      id: 'paid',
      status: 'paid',
      payments: [
        {
          reimbursementId: 'R0',
          approvalDate: '2024-05-01',
          amount: { amount: 40, currency: 'EUR' },
          quantity: 2,
        },
      ],
    });
    const r = matchReimbursements(
      [paid, b],
      [
        row({
          reimbursementId: 'R9',
          amountTotal: -40,
          quantityTotal: -2,
          originalReimbursementId: 'R0',
          amazonOrderId: '402-0000000-0000002',
        }),
      ],
      NOW,
    );
    // Fully reversed: nothing received any more, the claim waits again.
    expect(r.changes).toEqual([{ claimId: 'paid', added: 1, statusBefore: 'paid', statusAfter: 'filed' }]);
  });

  it('a row in another currency than the claimed amount is recorded, not added to it, and reported', () => {
    const eur = claim({ id: 'eur', caseId: '111', claimed: { amount: 25, currency: 'EUR' } });
    const r = matchReimbursements(
      [eur],
      [row({ caseId: '111', currency: 'GBP', amountTotal: 30, quantityTotal: 1 })],
      NOW,
    );
    expect(r.currencyMismatches).toEqual([
      { claimId: 'eur', reimbursementId: 'R1', currency: 'GBP', claimedCurrency: 'EUR' },
    ]);
    const totals = claimTotals(r.updated[0] as Claim);
    expect(totals).toMatchObject({ currency: 'EUR', received: 0, otherCurrencies: ['GBP'] });
    expect(totals.receivedByCurrency).toEqual({ GBP: 30 });
    // Amounts cannot be compared: the units decide (1 of the 2 claimed).
    expect(r.changes[0]?.statusAfter).toBe('partly-paid');
  });

  it('a partial payment by amount: 10.00 of 25.00 claimed is partly paid, 15.00 more makes it paid', () => {
    const c = claim({ id: 'c', caseId: '111', claimed: { amount: 25, currency: 'EUR' } });
    const first = matchReimbursements([c], [row({ caseId: '111', amountTotal: 10, quantityTotal: 2 })], NOW);
    expect(first.changes[0]?.statusAfter).toBe('partly-paid');
    const second = matchReimbursements(
      first.updated,
      [row({ reimbursementId: 'R2', caseId: '111', amountTotal: 15, quantityTotal: 0 })],
      NOW,
    );
    expect(second.changes[0]).toMatchObject({ statusBefore: 'partly-paid', statusAfter: 'paid' });
  });
});
