import { z } from 'zod';
import { ClaimLineSchema, ClaimReasonSchema, ClaimSchema, MoneySchema } from '../claims/claim';
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
};
export type ClaimMessages = typeof claimMessages;
