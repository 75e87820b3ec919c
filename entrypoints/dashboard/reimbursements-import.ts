import type { ImportResultCounts } from '../../components/dashboard/claims/texts';
import type { ReimbursementRow } from '../../core/claims/reimbursements-report';
import { REIMBURSEMENT_CHUNK_SIZE } from '../../core/messages/claims';
import type { ReimbursementImport } from '../background/claims-store';

// A parsed Reimbursements report sent to the background a chunk at a time, its replies added up.
// A claim partly paid by one chunk and paid by a later one counts once, as paid.

export async function sendReimbursements(
  rows: readonly ReimbursementRow[],
  send: (chunk: ReimbursementRow[]) => Promise<ReimbursementImport>,
  chunkSize = REIMBURSEMENT_CHUNK_SIZE,
): Promise<ImportResultCounts> {
  const totals = { rows: 0, matched: 0, unmatched: 0 };
  const paid = new Set<string>();
  const partly = new Set<string>();
  for (let i = 0; i < rows.length; i += chunkSize) {
    const reply = await send(rows.slice(i, i + chunkSize));
    totals.rows += reply.rows;
    totals.matched += reply.matched;
    totals.unmatched += reply.unmatched;
    for (const id of reply.partlyPaid) if (!paid.has(id)) partly.add(id);
    for (const id of reply.paid) {
      paid.add(id);
      partly.delete(id);
    }
  }
  return { ...totals, paid: paid.size, partlyPaid: partly.size };
}
