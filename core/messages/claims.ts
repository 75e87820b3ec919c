import { z } from 'zod';
import { ClaimLineSchema, ClaimReasonSchema, ClaimSchema, MoneySchema } from '../claims/claim';
import type { ReimbursementRow } from '../claims/reimbursements-report';
import { LIMITS } from '../model/limits';
import { CalendarDateSchema } from '../model/primitives';
import { OrderKeySchema } from './background';
import { defineMessage } from './protocol';

// Messages of the claims (issue 15 items 3–6), sent by extension pages only (the dashboard and the
// popup, never a content script): a claim is the seller's own bookkeeping. Each write re-assesses
// the claim's orders in the same transaction, so a claim and the findings it replaces change
// together. The pages read claims straight from the database; they write only through these.

/** Selling Partner Support's case id as the seller pastes it (spaces around it dropped). */
const CaseIdSchema = z.string().trim().min(1).max(LIMITS.id);

/** Report rows per `reimbursements.import` (a row is about 300 bytes of message). */
export const REIMBURSEMENT_CHUNK_SIZE = 5000;

const text = (max: number) => z.string().max(max).optional();

/** A parsed row of the Reimbursements report (`ReimbursementRow`), checked again on arrival. */
export const ReimbursementRowSchema = z.object({
  line: z.number().int().min(1),
  approvalDate: CalendarDateSchema,
  reimbursementId: z.string().min(1).max(LIMITS.id),
  caseId: text(LIMITS.id),
  amazonOrderId: text(LIMITS.orderId),
  reason: text(LIMITS.text),
  sku: text(LIMITS.sku),
  fnsku: text(LIMITS.id),
  asin: text(LIMITS.id),
  productName: text(LIMITS.title),
  condition: text(LIMITS.text),
  currency: z.string().regex(/^[A-Z]{3}$/),
  amountPerUnit: z.number().finite().optional(),
  amountTotal: z.number().finite().min(-1e9).max(1e9),
  quantityCash: z.number().int().optional(),
  quantityInventory: z.number().int().optional(),
  quantityTotal: z.number().int().min(-100_000).max(100_000),
  originalReimbursementId: text(LIMITS.id),
  originalReimbursementType: text(LIMITS.text),
}) satisfies z.ZodType<ReimbursementRow>;

export const claimMessages = {
  /**
   * Records a claim filed for one or more stored orders (one case). The background takes each
   * order's ids and items from the stored order (`items` narrows them, e.g. a case of at most N
   * items), the reason from its open finding when not given, and the filing day as today in the
   * marketplace's zone when not given.
   */
  'claims.record': defineMessage(
    z.object({
      lines: z
        .array(z.object({ orderKey: OrderKeySchema, items: ClaimLineSchema.shape.items.min(1).optional() }))
        .min(1)
        .max(100),
      reason: ClaimReasonSchema.optional(),
      caseId: CaseIdSchema.optional(),
      claimed: MoneySchema.optional(),
      filedOn: CalendarDateSchema.optional(),
      note: ClaimSchema.shape.note,
    }),
    ClaimSchema,
  ),
  /** Sets or clears the case id, amount claimed or note; `refused` marks the claim refused. */
  'claims.update': defineMessage(
    z.object({
      id: ClaimSchema.shape.id,
      caseId: CaseIdSchema.nullable().optional(),
      claimed: MoneySchema.nullable().optional(),
      refused: z.literal(true).optional(),
      note: ClaimSchema.shape.note.unwrap().nullable().optional(),
    }),
    ClaimSchema,
  ),
  'claims.delete': defineMessage(z.object({ id: ClaimSchema.shape.id }), z.object({ ok: z.literal(true) })),
  /**
   * Rows of a Reimbursements report the dashboard parsed (core/claims/reimbursements-report.ts), a
   * chunk at a time; the background matches them to the stored claims and writes the claims paid,
   * re-assessing their orders. Each row stands alone (a payment is kept once per reimbursement
   * id), so chunks need no batch.
   */
  'reimbursements.import': defineMessage(
    z.object({ rows: z.array(ReimbursementRowSchema).min(1).max(REIMBURSEMENT_CHUNK_SIZE) }),
    z.object({
      rows: z.number().int().min(0),
      matched: z.number().int().min(0),
      /** Rows already recorded on their claim (the same report imported again). */
      alreadyApplied: z.number().int().min(0),
      unmatched: z.number().int().min(0),
      /** Claims this chunk made paid, or partly paid (ids). */
      paid: z.array(ClaimSchema.shape.id),
      partlyPaid: z.array(ClaimSchema.shape.id),
    }),
  ),
};
export type ClaimMessages = typeof claimMessages;
