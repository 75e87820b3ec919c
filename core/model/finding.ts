import { z } from 'zod';
import { FINDING_KINDS, type FindingKind, SEVERITIES, SEVERITY_RANK, type Severity } from './finding-kinds';
import { CalendarDateSchema, InstantSchema } from './primitives';

export { FINDING_KINDS, type FindingKind, SEVERITIES, SEVERITY_RANK, type Severity };

export const FindingKindSchema = z.enum(FINDING_KINDS);

export const SeveritySchema = z.enum(SEVERITIES);

export const FindingSchema = z.object({
  kind: FindingKindSchema,
  severity: SeveritySchema,
  /** Calendar day (marketplace time zone) on which this situation began. */
  startedOn: CalendarDateSchema,
  /** Last calendar day to act, e.g. the end of the claim window. */
  deadline: CalendarDateSchema.optional(),
  /** The facts that triggered the finding (dates, statuses, missing field names...). */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  /** Stable key of the human text; fr and en texts live with the UI. */
  messageKey: z.string().min(1),
  /** The shipment the finding is about, when it is about one. */
  shipmentIndex: z.number().int().min(0).optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const AssessmentSchema = z.object({
  findings: z.array(FindingSchema),
  /** Earliest instant at which the findings can change with no new data; null: never. */
  nextReviewAt: InstantSchema.nullable(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** A lost claim opens on D + 8, "the 7 days following the EDD" being over (policy R4). */
export const CLAIM_OPENS_AFTER_DAYS = 8;
/** A claim window shorter than that would end before the claim can be filed. */
export const MIN_CLAIM_WINDOW_DAYS = CLAIM_OPENS_AFTER_DAYS;
export const MAX_CLAIM_WINDOW_DAYS = 3650;
export const MIN_RETURN_REMINDER_DAYS = 1;
export const MAX_RETURN_REMINDER_DAYS = 365;
export const MIN_UNPAID_CLAIM_DAYS = 7;
export const MAX_UNPAID_CLAIM_DAYS = 365;

export const SettingsSchema = z.object({
  /** Days after the EDD to file a lost claim. US figure; no published EU figure (domain.md §1).
   *  At least 8: the claim cannot open before D + 8. */
  claimWindowDays: z.number().int().min(MIN_CLAIM_WINDOW_DAYS).max(MAX_CLAIM_WINDOW_DAYS).default(90),
  /** Days without progress after which an open return becomes a warning. */
  returnReminderDays: z
    .number()
    .int()
    .min(MIN_RETURN_REMINDER_DAYS)
    .max(MAX_RETURN_REMINDER_DAYS)
    .default(14),
  /** Days after filing a claim with no payment after which it is flagged unpaid (issue 15). */
  unpaidClaimDays: z.number().int().min(MIN_UNPAID_CLAIM_DAYS).max(MAX_UNPAID_CLAIM_DAYS).default(30),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
