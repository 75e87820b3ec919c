import * as z from 'zod/mini';

// The shapes that cross worlds and contexts for the Selling Partner Support case prefill (issue 15
// item 7): what to fill (extension page → background → content script → main world) and what was
// filled (main world → content script). zod/mini keeps the content scripts small; every string
// from the page is bounded, untrusted, and only ever shown as text.

const text = (max: number) => z.string().check(z.maxLength(max));

/** A case text is a few hundred words; several orders in one case make it longer. */
export const MAX_CASE_TEXT = 20_000;

export const CASE_FIELD_ROLES = ['description', 'subject', 'orderId'] as const;
export const CaseFieldRoleSchema = z.enum(CASE_FIELD_ROLES);

/** What to put in the form: the case text, and a subject and order id where the form has boxes. */
export const CasePrefillSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(MAX_CASE_TEXT)),
  subject: z.optional(text(200)),
  orderId: z.optional(text(64)),
});
export type CasePrefill = z.infer<typeof CasePrefillSchema>;

export const CaseRefusalSchema = z.enum(['no-box', 'several-boxes', 'form-hidden']);

export const CaseFieldOutcomeSchema = z.object({
  role: CaseFieldRoleSchema,
  /** The label the box was found by, as the page shows it. */
  label: text(200),
  /**
   * `filled`: the extension read the value back itself (✓); `confirmed-by-page`: only the page's
   * scripts can read it and they say it holds (≈); `kept`: the seller had already written in the
   * box, and their text stays (•); `not-filled` (✗).
   */
  status: z.enum(['filled', 'confirmed-by-page', 'kept', 'not-filled']),
  /** Characters asked for this box. */
  length: z.int().check(z.minimum(0)),
  /** For `not-filled` and `kept`: what the page holds instead, or why. */
  detail: z.optional(text(200)),
  /** For `not-filled`: the box takes at most this many characters, fewer than asked. */
  limit: z.optional(z.int().check(z.minimum(0))),
});
export type CaseFieldOutcome = z.infer<typeof CaseFieldOutcomeSchema>;

/** What happened on the contact page, as the extension itself saw it. */
export interface CaseFillReport {
  outcomes: CaseFieldOutcome[];
  /** Why nothing was filled: no description box, or several that cannot be told apart. */
  refusal?: z.infer<typeof CaseRefusalSchema>;
  /** With a refusal: how many boxes could have been the description. */
  boxes?: number;
}

/** Whether the description box holds the case text (✓ or confirmed by the page). */
export function descriptionFilled(report: CaseFillReport): boolean {
  return report.outcomes.some(
    (o) => o.role === 'description' && (o.status === 'filled' || o.status === 'confirmed-by-page'),
  );
}
