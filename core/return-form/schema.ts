import * as z from 'zod/mini';

// The shapes that cross worlds and contexts for the return-authorization prefill: the page's
// form as read (main world → isolated world → popup), the plan (popup → page) and the report
// (page → popup and overlay). zod/mini keeps the content scripts small. Every string that comes
// from the page is bounded: it is untrusted and only ever rendered as text.

const text = (max: number) => z.string().check(z.maxLength(max));

/** The three things the seller fills on "Create customer return" ("Créer un retour client"). */
export const FIELD_ROLES = ['quantity', 'reason', 'comment'] as const;
export const FieldRoleSchema = z.enum(FIELD_ROLES);
export type FieldRole = z.infer<typeof FieldRoleSchema>;

export const CONTROL_KINDS = [
  'select',
  'input',
  'textarea',
  'kat-dropdown',
  'kat-input',
  'kat-textarea',
] as const;
export const ControlKindSchema = z.enum(CONTROL_KINDS);
export type ControlKind = z.infer<typeof ControlKindSchema>;

export const OptionSchema = z.object({ value: text(200), label: text(300) });
export type FormOption = z.infer<typeof OptionSchema>;

export const FormFieldSchema = z.object({
  /** Stable within one reading of a page: the role and the field's rank among that role's fields. */
  id: text(40),
  role: FieldRoleSchema,
  kind: ControlKindSchema,
  /** The visible label the field was found by. */
  label: text(200),
  /** The options the control really offers (selects and dropdowns). */
  options: z.optional(z.array(OptionSchema).check(z.maxLength(500))),
  /** Text of the field's row (SKU, title...), which ties a quantity to an item of the order. */
  context: text(500),
  /** `max` attribute of a numeric input, when it has one. */
  max: z.optional(z.number()),
  /** The value before we touched it. */
  value: text(5000),
});
export type FormField = z.infer<typeof FormFieldSchema>;

export const FormDescriptionSchema = z.object({
  fields: z.array(FormFieldSchema).check(z.maxLength(200)),
  /** Whether a Submit ("Soumettre") button was seen: a hint that this really is the form. */
  hasSubmit: z.boolean(),
});
export type FormDescription = z.infer<typeof FormDescriptionSchema>;

export const FillOperationSchema = z.object({
  fieldId: text(40),
  role: FieldRoleSchema,
  kind: ControlKindSchema,
  /** The field as read when the plan was made: a different field at that id means the page changed. */
  label: text(200),
  context: text(500),
  value: text(5000),
  /** The seller's item, for quantities. */
  sku: z.optional(text(200)),
});
export type FillOperation = z.infer<typeof FillOperationSchema>;

export const PROBLEM_CODES = [
  /** No field with that label on the page. */
  'field-not-found',
  /** No item row of the form matches this item of the order. */
  'item-not-on-form',
  /** The reason matches no option the form offers. */
  'unknown-reason',
  /** More than the order shipped: refused. */
  'above-shipped',
  /** A value the control does not offer (e.g. quantity above the dropdown's last option). */
  'option-not-offered',
  /** The field read earlier is gone or different now. */
  'page-changed',
  /** The control did not keep the value we set. */
  'value-rejected',
] as const;
export const ProblemCodeSchema = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCodeSchema>;

export const FieldProblemSchema = z.object({
  role: FieldRoleSchema,
  code: ProblemCodeSchema,
  sku: z.optional(text(200)),
  /** What the seller asked for, e.g. the quantity or the reason. */
  requested: z.optional(text(5000)),
  /** A fact that explains it, e.g. the quantity shipped or the value the control kept. */
  detail: z.optional(text(500)),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

export const FillPlanSchema = z.object({
  operations: z.array(FillOperationSchema).check(z.maxLength(200)),
  problems: z.array(FieldProblemSchema).check(z.maxLength(200)),
});
export type FillPlan = z.infer<typeof FillPlanSchema>;

export const FieldOutcomeSchema = z.object({
  role: FieldRoleSchema,
  status: z.enum(['filled', 'not-filled']),
  sku: z.optional(text(200)),
  label: z.optional(text(200)),
  /** The value the control holds after filling, read back. */
  value: z.optional(text(5000)),
  problem: z.optional(FieldProblemSchema),
});
export type FieldOutcome = z.infer<typeof FieldOutcomeSchema>;

export const FillReportSchema = z.object({
  url: text(2000),
  at: text(40),
  outcomes: z.array(FieldOutcomeSchema).check(z.maxLength(400)),
});
export type FillReport = z.infer<typeof FillReportSchema>;
