import { z } from 'zod';
import { LIMITS } from '../model/limits';
import { CalendarDateSchema, InstantSchema } from '../model/primitives';

// A reimbursement claim the seller filed with Selling Partner Support (issue 15): a thing with a
// life, filed → paid / partly paid / refused. Several orders can share one case (sellers file a
// handful of items per case), so a claim holds lines, one per order. The seller records it (the
// popup, the dashboard); a Reimbursements report pays it (core/claims matching). Nothing here is
// sent anywhere: it is the seller's own bookkeeping, kept in their browser.

export const CLAIM_STATUSES = ['filed', 'paid', 'partly-paid', 'refused'] as const;
export const ClaimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** What the claim is for: a lost parcel (R4) or a parcel damaged in transit (R5). */
export const CLAIM_REASONS = ['lost', 'damaged'] as const;
export const ClaimReasonSchema = z.enum(CLAIM_REASONS);
export type ClaimReason = z.infer<typeof ClaimReasonSchema>;

/** An ISO 4217 code and an amount in its units (never a float parsed from a locale string). */
export const MoneySchema = z.object({
  amount: z.number().finite().nonnegative().max(1e9),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type Money = z.infer<typeof MoneySchema>;

/** One order of a claim: the stored order's key, the ids Amazon's reports use, and the items. */
export const ClaimLineSchema = z.object({
  /** The stored order's key (`<merchantId|->/<country>/<id>`). */
  orderKey: z.string().min(1).max(200),
  /** Amazon's order id when known (the Reimbursements report's `amazon-order-id`). */
  amazonOrderId: z.string().min(1).max(LIMITS.orderId).optional(),
  sellerFulfillmentOrderId: z.string().min(1).max(LIMITS.orderId),
  items: z
    .array(
      z.object({
        sellerSku: z.string().min(1).max(LIMITS.sku),
        quantity: z.number().int().min(1).max(100_000),
      }),
    )
    .max(LIMITS.itemsPerOrder),
});
export type ClaimLine = z.infer<typeof ClaimLineSchema>;

/** One row of a Reimbursements report applied to the claim (kept: it is the proof of payment).
 *  A reversal row (Amazon takes a reimbursement back) is kept as the report writes it: negative
 *  amount and quantity, naming the reimbursement it reverses; totals net it out
 *  (core/claims/claim-totals.ts). */
export const ClaimPaymentSchema = z.object({
  reimbursementId: z.string().min(1).max(LIMITS.id),
  approvalDate: CalendarDateSchema,
  amazonOrderId: z.string().max(LIMITS.orderId).optional(),
  sku: z.string().max(LIMITS.sku).optional(),
  /** `amount-total` of the row, in `currency-unit`; negative on a reversal. */
  amount: z.object({
    amount: z.number().finite().min(-1e9).max(1e9),
    currency: MoneySchema.shape.currency,
  }),
  /** `quantity-reimbursed-total` (cash + inventory); negative on a reversal. */
  quantity: z.number().int().min(-100_000).max(100_000),
  /** `original-reimbursement-id`: the reimbursement this row reverses or adjusts. */
  originalReimbursementId: z.string().min(1).max(LIMITS.id).optional(),
});
export type ClaimPayment = z.infer<typeof ClaimPaymentSchema>;

export const ClaimSchema = z.object({
  /** Local id, made when the claim is recorded (never shown as Amazon's). */
  id: z.string().min(1).max(100),
  /** Selling Partner Support's case id, once the seller has it (digits, as Amazon shows it). */
  caseId: z.string().min(1).max(LIMITS.id).optional(),
  reason: ClaimReasonSchema,
  /** The marketplace's country code of its orders (the claim-rate gauge groups them by region). */
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  /** Calendar day the seller filed it, in the marketplace's time zone. */
  filedOn: CalendarDateSchema,
  lines: z.array(ClaimLineSchema).min(1).max(100),
  /** What the seller asked for, when they know it. */
  claimed: MoneySchema.optional(),
  status: ClaimStatusSchema,
  /** Reimbursements matched to the claim, one per report row (deduplicated by reimbursement id). */
  payments: z.array(ClaimPaymentSchema).max(1000),
  /** Calendar day the seller recorded a refusal. */
  refusedOn: CalendarDateSchema.optional(),
  note: z.string().max(LIMITS.note).optional(),
  updatedAt: InstantSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;
