import { describe, expect, it } from 'vitest';
import type { ReimbursementRow } from '../../../core/claims/reimbursements-report';
import { applyReimbursements, recordClaim } from '../../../entrypoints/background/claims-store';
import { storeObservations } from '../../../entrypoints/background/store';
import { sendReimbursements } from '../../../entrypoints/dashboard/reimbursements-import';
import { freshDb, inTransit, KEY } from '../background/helpers';

// A large Reimbursements report goes to the background in chunks (entrypoints/dashboard/
// reimbursements-import.ts): every row is sent once, and the counts add up across chunks — a claim
// partly paid by the first chunk and paid by the last is counted once, as paid.

const NOW = new Date('2026-03-30T09:00:00.000Z');

/** FBA reimbursements no claim asked for, as filler between the rows that pay our claim. */
function filler(n: number, from: number): ReimbursementRow[] {
  return Array.from({ length: n }, (_, i) => ({
    line: from + i,
    approvalDate: '2026-03-25',
    reimbursementId: `FBA-${from + i}`,
    currency: 'EUR',
    amountTotal: 3.1,
    quantityTotal: 1,
  }));
}

describe('sendReimbursements', () => {
  it('sends 12,002 rows in three chunks and counts a claim paid over two of them once', async () => {
    const db = freshDb();
    await storeObservations(db, [inTransit('2026-03-06', '2026-03-10')], 'page', NOW);
    const { claim } = await recordClaim(
      db,
      { lines: [{ orderKey: KEY }], caseId: '17654321091', claimed: { amount: 30, currency: 'EUR' } },
      NOW,
    );
    const pay = (line: number, id: string, amountTotal: number): ReimbursementRow => ({
      line,
      approvalDate: '2026-03-26',
      reimbursementId: id,
      caseId: '17654321091',
      currency: 'EUR',
      amountTotal,
      quantityTotal: 0,
    });
    const rows = [pay(2, 'R-1', 10), ...filler(12_000, 3), pay(12_003, 'R-2', 20)];
    const chunks: number[] = [];
    const counts = await sendReimbursements(rows, async (chunk) => {
      chunks.push(chunk.length);
      return applyReimbursements(db, chunk, NOW);
    });
    expect(chunks).toEqual([5000, 5000, 2002]);
    expect(counts).toEqual({ rows: 12_002, matched: 2, unmatched: 12_000, paid: 1, partlyPaid: 0 });
    expect((await db.claims.get(claim.id))?.status).toBe('paid');
  });
});
