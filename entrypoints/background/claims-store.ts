import type { output } from 'zod/v4/core';
import type { Claim, ClaimLine, ClaimReason } from '../../core/claims/claim';
import { matchReimbursements } from '../../core/claims/match-reimbursements';
import type { ReimbursementRow } from '../../core/claims/reimbursements-report';
import { todayIn } from '../../core/dates/calendar';
import type { ClaimMessages } from '../../core/messages/claims';
import { MessageError } from '../../core/messages/protocol';
import type { Order } from '../../core/model/order';
import { primaryOrderId } from '../../core/model/order-key';
import { type ClaimRow, claimOf, claimRowOf, loadSettings, type McfDeskDb, type OrderRow } from './db';
import { reassessKeys, WRITE_TABLES, type WriteOutcome } from './store';

// The claims the seller records, updates and deletes, and the reimbursements that pay them. Each
// write runs in ONE transaction with the re-assessment of the claim's orders (a claim replaces
// their claimable finding, a refused or unpaid one raises its own): MV3 may stop the worker between
// two transactions, and a claim stored with its orders still saying "claim now" would mislead.

export type RecordClaimInput = output<ClaimMessages['claims.record']['request']>;
export type UpdateClaimInput = output<ClaimMessages['claims.update']['request']>;

export interface ClaimWrite extends WriteOutcome {
  claim: Claim;
}

/** Amazon's order id (`402-…`) or the MCF order id Amazon gives (`S01-…`), as its reports name it. */
const AMAZON_ID = /^(\d{3}|S\d{2})-\d{7}-\d{7}$/;

function amazonIdOf(order: Order): string | undefined {
  return [order.sellerFulfillmentOrderId, order.displayableOrderId].find(
    (id): id is string => id !== undefined && AMAZON_ID.test(id),
  );
}

/** The claim's line for a stored order: its ids, and its items (all shipped units unless narrowed). */
function lineOf(row: OrderRow, items: ClaimLine['items'] | undefined): ClaimLine {
  const amazonOrderId = amazonIdOf(row.order);
  return {
    orderKey: row.key,
    ...(amazonOrderId !== undefined ? { amazonOrderId } : {}),
    sellerFulfillmentOrderId: primaryOrderId(row.order),
    items:
      items ??
      row.order.items
        .filter((item) => item.quantity > 0)
        .map((item) => ({ sellerSku: item.sellerSku, quantity: item.quantity })),
  };
}

/** Damaged when an order of the claim is open as damaged and none as lost; lost otherwise. */
function reasonOf(rows: readonly OrderRow[]): ClaimReason {
  const kinds = new Set(rows.flatMap((row) => row.kinds));
  return kinds.has('damaged-claimable') && !kinds.has('lost-claimable') ? 'damaged' : 'lost';
}

async function requireOrders(db: McfDeskDb, keys: readonly string[]): Promise<OrderRow[]> {
  const rows = await db.orders.bulkGet([...keys]);
  const missing = keys.filter((_, i) => rows[i] === undefined);
  if (missing.length > 0) throw new MessageError('not-found', `no order ${missing.join(', ')}`);
  return rows as OrderRow[];
}

async function requireClaim(db: McfDeskDb, id: string): Promise<ClaimRow> {
  const row = await db.claims.get(id);
  if (!row) throw new MessageError('not-found', `no claim ${id}`);
  return row;
}

/** Re-assesses the orders of the claims before and after a write (an order may have left one). */
async function reassessClaimOrders(
  db: McfDeskDb,
  rows: readonly (Pick<ClaimRow, 'orderKeys'> | undefined)[],
  now: Date,
): Promise<WriteOutcome> {
  const keys = [...new Set(rows.flatMap((row) => row?.orderKeys ?? []))];
  if (keys.length === 0) return { notify: [] };
  return reassessKeys(db, keys, await loadSettings(db), now);
}

/**
 * Records a claim filed for stored orders of one marketplace. Refused when an order is missing,
 * when the orders belong to several marketplaces (one case is filed on one marketplace), or when
 * an order is already in a claim still waiting for an answer (filed twice by mistake).
 */
export async function recordClaim(
  db: McfDeskDb,
  input: RecordClaimInput,
  now: Date,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ClaimWrite> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const keys = [...new Set(input.lines.map((line) => line.orderKey))];
    if (keys.length !== input.lines.length) throw new MessageError('bad-request', 'an order appears twice');
    const rows = await requireOrders(db, keys);
    const countries = new Set(rows.map((row) => row.order.marketplace.countryCode));
    if (countries.size > 1) {
      throw new MessageError(
        'bad-request',
        'one case is filed on one marketplace: these orders are on several',
      );
    }
    const open = (await db.claims.where('orderKeys').anyOf(keys).toArray()).find((c) => c.status === 'filed');
    if (open) {
      const shared = open.orderKeys.find((key) => keys.includes(key));
      throw new MessageError(
        'bad-request',
        `order ${shared} is already in a claim filed on ${open.filedOn}${open.caseId ? ` (case ${open.caseId})` : ''}`,
      );
    }
    const first = rows[0] as OrderRow;
    const claim: Claim = {
      id: newId(),
      ...(input.caseId !== undefined ? { caseId: input.caseId } : {}),
      reason: input.reason ?? reasonOf(rows),
      countryCode: first.order.marketplace.countryCode,
      filedOn: input.filedOn ?? todayIn(now, first.order.marketplace.timeZone),
      lines: input.lines.map((line, i) => lineOf(rows[i] as OrderRow, line.items)),
      ...(input.claimed !== undefined ? { claimed: input.claimed } : {}),
      status: 'filed',
      payments: [],
      ...(input.note !== undefined ? { note: input.note } : {}),
      updatedAt: now.toISOString(),
    };
    const row = claimRowOf(claim);
    await db.claims.add(row);
    const outcome = await reassessClaimOrders(db, [row], now);
    return { claim, ...outcome };
  });
}

/** The day a refusal is recorded: today in the zone of the claim's first order (UTC if it is gone). */
async function todayForClaim(db: McfDeskDb, claim: ClaimRow, now: Date) {
  const first = await db.orders.get(claim.orderKeys[0] ?? '');
  return todayIn(now, first?.order.marketplace.timeZone ?? 'UTC');
}

/** Sets or clears a claim's case id, amount claimed or note, or marks it refused. */
export async function updateClaim(db: McfDeskDb, input: UpdateClaimInput, now: Date): Promise<ClaimWrite> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const before = await requireClaim(db, input.id);
    const next: ClaimRow = { ...before, updatedAt: now.toISOString() };
    if (input.caseId === null) delete next.caseId;
    else if (input.caseId !== undefined) next.caseId = input.caseId;
    if (input.claimed === null) delete next.claimed;
    else if (input.claimed !== undefined) next.claimed = input.claimed;
    if (input.note === null) delete next.note;
    else if (input.note !== undefined) next.note = input.note;
    if (input.refused) {
      next.status = 'refused';
      next.refusedOn = await todayForClaim(db, before, now);
    }
    await db.claims.put(next);
    const outcome = await reassessClaimOrders(db, [next], now);
    return { claim: claimOf(next), ...outcome };
  });
}

/** Deletes a claim; its orders are assessed again without it (claimable again if they are). */
export async function deleteClaim(db: McfDeskDb, id: string, now: Date): Promise<WriteOutcome> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const before = await requireClaim(db, id);
    await db.claims.delete(id);
    return reassessClaimOrders(db, [before], now);
  });
}

export type ReimbursementImport = output<ClaimMessages['reimbursements.import']['reply']>;

/**
 * Applies rows of a Reimbursements report to the stored claims (core/claims/match-reimbursements.ts)
 * and writes the claims it pays, with their orders re-assessed, in ONE transaction. The claims
 * table holds what one seller filed (hundreds, not the order table's tens of thousands): read whole.
 */
export async function applyReimbursements(
  db: McfDeskDb,
  rows: readonly ReimbursementRow[],
  now: Date,
): Promise<ReimbursementImport & WriteOutcome> {
  return db.transaction('rw', WRITE_TABLES, async () => {
    const stored = await db.claims.toArray();
    const match = matchReimbursements(stored.map(claimOf), rows, now);
    const written = match.updated.map(claimRowOf);
    if (written.length > 0) await db.claims.bulkPut(written);
    const before = new Map(stored.map((row) => [row.id, row]));
    const outcome = await reassessClaimOrders(
      db,
      [...written, ...written.map((row) => before.get(row.id))],
      now,
    );
    const became = (status: Claim['status']) =>
      match.changes
        .filter((c) => c.statusAfter === status && c.statusBefore !== status)
        .map((c) => c.claimId);
    return {
      rows: rows.length,
      matched: rows.length - match.unmatched.count,
      alreadyApplied: match.alreadyApplied,
      unmatched: match.unmatched.count,
      paid: became('paid'),
      partlyPaid: became('partly-paid'),
      ...outcome,
    };
  });
}
