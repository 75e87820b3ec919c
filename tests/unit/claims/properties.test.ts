import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../../core/claims/claim';
import { claimTotals } from '../../../core/claims/claim-totals';
import { matchReimbursements } from '../../../core/claims/match-reimbursements';
import {
  parseReimbursementsReport,
  REIMBURSEMENT_COLUMNS,
  type ReimbursementRow,
} from '../../../core/claims/reimbursements-report';
import { claim } from './helpers';

// Properties of the claims core on generated data: reading any text never throws; matching any
// rows to any claims gives valid claims, and importing the same rows again changes nothing.

const NOW = new Date('2024-06-10T08:00:00Z');
const ORDER_IDS = [
  '402-0000000-0000001',
  '402-0000000-0000002',
  'S01-0000000-0000003',
  '402-0000000-0000009',
];
const CASE_IDS = ['111', '222', '999'];

const rowArb: fc.Arbitrary<ReimbursementRow> = fc.record(
  {
    line: fc.integer({ min: 2, max: 1000 }),
    approvalDate: fc.constantFrom('2024-05-01', '2024-05-02', '2024-05-20'),
    reimbursementId: fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R6'),
    caseId: fc.constantFrom(...CASE_IDS),
    amazonOrderId: fc.constantFrom(...ORDER_IDS),
    sku: fc.constantFrom('A', 'B'),
    reason: fc.constantFrom('Lost_Warehouse', 'Damaged_Warehouse', 'Reimbursement_Reversal'),
    currency: fc.constantFrom('EUR', 'EUR', 'GBP'),
    amountTotal: fc.integer({ min: -5000, max: 5000 }).map((cents) => cents / 100),
    quantityTotal: fc.integer({ min: -3, max: 3 }),
    originalReimbursementId: fc.constantFrom('R1', 'R2'),
  },
  { requiredKeys: ['line', 'approvalDate', 'reimbursementId', 'currency', 'amountTotal', 'quantityTotal'] },
);

const claimsArb = fc
  .uniqueArray(
    fc.record({
      id: fc.constantFrom('c1', 'c2', 'c3', 'c4'),
      caseId: fc.option(fc.constantFrom(...CASE_IDS), { nil: undefined }),
      orderId: fc.constantFrom(...ORDER_IDS),
      reason: fc.constantFrom('lost' as const, 'damaged' as const),
      status: fc.constantFrom('filed' as const, 'refused' as const, 'paid' as const),
      claimed: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: undefined }),
    }),
    { selector: (c) => c.id, maxLength: 4 },
  )
  .map((specs) =>
    specs.map((s) =>
      claim({
        id: s.id,
        ...(s.caseId ? { caseId: s.caseId } : {}),
        reason: s.reason,
        status: s.status,
        ...(s.status === 'refused' ? { refusedOn: '2024-04-30' } : {}),
        ...(s.claimed ? { claimed: { amount: s.claimed / 100, currency: 'EUR' } } : {}),
        lines: [
          {
            orderKey: `-/FR/${s.orderId}`,
            ...(s.orderId.startsWith('S01') ? {} : { amazonOrderId: s.orderId }),
            sellerFulfillmentOrderId: s.orderId.startsWith('S01') ? s.orderId : `MCF-${s.id}`,
            items: [{ sellerSku: 'A', quantity: 2 }],
          },
        ],
      }),
    ),
  );

describe('claims core, properties', () => {
  it('matching gives valid claims, never sums across currencies, and a second import of the same rows changes nothing', () => {
    fc.assert(
      fc.property(claimsArb, fc.array(rowArb, { maxLength: 12 }), (claims, rows) => {
        const first = matchReimbursements(claims, rows, NOW);
        for (const updated of first.updated) {
          expect(ClaimSchema.safeParse(updated).success).toBe(true);
          const totals = claimTotals(updated);
          expect(Number.isFinite(totals.received)).toBe(true);
          expect(totals.otherCurrencies).not.toContain(totals.currency);
        }
        // Every row is applied, already applied, unmatched or over a claim's limit: none is lost.
        const added = first.changes.reduce((n, c) => n + c.added, 0);
        expect(added + first.alreadyApplied + first.unmatched.count + first.overflow).toBe(rows.length);
        const after = claims.map((c) => first.updated.find((u) => u.id === c.id) ?? c);
        const second = matchReimbursements(after, rows, NOW);
        expect(second.updated).toEqual([]);
        // A row sharing its reimbursement id and SKU with an applied one counts as applied.
        expect(second.unmatched.count).toBeLessThanOrEqual(first.unmatched.count);
      }),
      { numRuns: 500 },
    );
  });

  it('reading any text never throws, and every row read has a day, an id, a currency and finite figures', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('2024-05-02', '02/05/2024', '1.234,50', '-3,00', '"quoted\tcell"', 'EUR', ''),
    );
    const report = fc
      .array(fc.array(cell, { minLength: 0, maxLength: 20 }), { maxLength: 8 })
      .chain((rows) =>
        fc
          .constantFrom('\t', ';', ',')
          .map((sep) => [REIMBURSEMENT_COLUMNS.join(sep), ...rows.map((r) => r.join(sep))].join('\r\n')),
      );
    fc.assert(
      fc.property(fc.oneof(report, fc.string({ maxLength: 300 })), (text) => {
        const result = parseReimbursementsReport(text);
        if (!result.ok) return;
        for (const row of result.rows) {
          expect(row.approvalDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(row.reimbursementId.length).toBeGreaterThan(0);
          expect(row.currency).toMatch(/^[A-Z]{3}$/);
          expect(Number.isFinite(row.amountTotal) && Number.isInteger(row.quantityTotal)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
