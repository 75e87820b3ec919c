import * as z from 'zod/mini';

// The shapes that cross worlds and contexts for the return-authorization prefill: the page's
// form as read (main world → isolated world → popup), the plan (popup → page) and the report
// (page → popup and overlay). zod/mini keeps the content scripts small. Every string that comes
// from the page is bounded: it is untrusted and only ever rendered as text.

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The three things the seller fills on "Create customer return" ("Créer un retour client"), a
 * row's "Return this item" checkbox where the form has one (`include`), and `other`: any other
 * control of an item row, which MCF Desk does not know how to fill and says so.
 */
export const FIELD_ROLES = ['quantity', 'reason', 'comment', 'include', 'other'] as const;
export const FieldRoleSchema = z.enum(FIELD_ROLES);
export type FieldRole = z.infer<typeof FieldRoleSchema>;
/** The roles MCF Desk fills, found by their labels (./labels.ts). */
export type KnownRole = Exclude<FieldRole, 'other'>;

export const CONTROL_KINDS = [
  'select',
  'input',
  'textarea',
  'kat-dropdown',
  'kat-input',
  'kat-textarea',
  /** Radio buttons of one name, read and filled as one control (./radio-group.ts). */
  'radio-group',
  /** A row's "Return this item" checkbox: its value is 'true' or 'false'. */
  'checkbox',
  /** One checkbox per unit shipped, read and filled as one quantity (./unit-boxes.ts). */
  'unit-boxes',
  /** A rich-text box (`contenteditable`) standing for a comments textarea: its text is its value. */
  'contenteditable',
  /** "− 1 +" buttons around a number carried by a hidden input (./widgets.ts). */
  'stepper',
  /** A `role="spinbutton"` drawn without an input, its number in aria-valuenow (./spinbutton.ts). */
  'spinbutton',
  /** `role="listbox"` of `role="option"` elements (./widgets.ts). */
  'listbox',
  /** A text box filtering a listbox it controls, its code in a hidden input (./combobox.ts). */
  'combobox',
] as const;
export const ControlKindSchema = z.enum(CONTROL_KINDS);
export type ControlKind = z.infer<typeof ControlKindSchema>;

export const OptionSchema = z.object({
  value: text(200),
  label: text(300),
  /** The `<optgroup>` it is listed under, which may say half of what it means ("Damaged" › "By carrier"). */
  group: z.optional(text(300)),
});
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
  /**
   * A quantity control's own `id` and `name`, which some forms build from the item's SKU
   * (`qte-MUG-1`, `qty[MUG-1]`): what ties the row to its item when its text shows no id.
   */
  keys: z.optional(z.array(text(200)).check(z.maxLength(2))),
  /** `max` attribute of a numeric input, when it has one. */
  max: z.optional(z.number()),
  /** `maxlength` of a text control, when it has one: a longer text would be cut or refused. */
  maxLength: z.optional(z.int().check(z.minimum(0))),
  /** The value before we touched it. */
  value: text(5000),
  /**
   * The item row the field sits in (rank of the row's quantity field, in page order); absent for
   * a field of the whole form (one reason for every row, say). A row is the largest part of the
   * page around one quantity field that holds no other quantity field.
   */
  row: z.optional(z.int().check(z.minimum(0), z.maximum(199))),
});
export type FormField = z.infer<typeof FormFieldSchema>;

/** A seller SKU and the Amazon ids a table of the page pairs it with (./id-table.ts). */
export const ItemIdsSchema = z.object({
  sku: text(200),
  fnsku: z.optional(text(200)),
  asin: z.optional(text(200)),
});
export type ItemIds = z.infer<typeof ItemIdsSchema>;

export const FormDescriptionSchema = z.object({
  fields: z.array(FormFieldSchema).check(z.maxLength(200)),
  /** SKU ↔ id pairs listed on the page, for rows that name their item by an id only. */
  itemIds: z.optional(z.array(ItemIdsSchema).check(z.maxLength(100))),
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
  /** The seller's item: the row's, for every field of an item row. */
  sku: z.optional(text(200)),
  /** The field's row, as read (see `FormField.row`). */
  row: z.optional(z.int().check(z.minimum(0), z.maximum(199))),
  /** Its place in the report: rows in item order, each row's fields, then the form's. */
  line: z.optional(z.int().check(z.minimum(0), z.maximum(999))),
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
  /** Read back from the page by the extension itself, the field holds another value. */
  'read-back-differs',
  /** The form has one reason (or comment) for every row, and the seller gave different ones. */
  'one-for-all-rows',
  /** A value only page scripts can see, and the page did not say it holds it. */
  'not-confirmed',
  /** A control of a returned item's row that MCF Desk does not know (its label is `requested`). */
  'unknown-row-field',
  /** The text is longer than the control takes (`detail`: its limit): the seller shortens it. */
  'text-too-long',
  /** The page still hides the field when its turn comes (a wizard's next step): never written. */
  'not-shown',
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
  line: z.optional(z.int().check(z.minimum(0), z.maximum(999))),
});
export type FieldProblem = z.infer<typeof FieldProblemSchema>;

/** Why a whole form is refused: nothing is filled. */
export const REFUSAL_CODES = [
  /** Two item rows (or more) share a reason or comment field, or one row has two: which is whose? */
  'rows-ambiguous',
  /** One item of the order is named by several rows, or one row names several items. */
  'items-ambiguous',
  /** More than one reason (or comment) field and no item rows to tie them to. */
  'fields-without-rows',
] as const;
export const FormRefusalSchema = z.object({
  code: z.enum(REFUSAL_CODES),
  /** What was seen, e.g. the field's label. */
  detail: z.optional(text(500)),
});
export type FormRefusal = z.infer<typeof FormRefusalSchema>;

export const FillPlanSchema = z.object({
  operations: z.array(FillOperationSchema).check(z.maxLength(200)),
  problems: z.array(FieldProblemSchema).check(z.maxLength(200)),
  /** Set when the form cannot be filled at all; then there is no operation. */
  refusal: z.optional(FormRefusalSchema),
});
export type FillPlan = z.infer<typeof FillPlanSchema>;

export const OUTCOME_STATUSES = [
  /** Filled, and read back by the extension itself (native control, or Katal's inner one). */
  'filled',
  /**
   * Filled as far as the page's main world says: a value only page scripts can see (a Katal
   * dropdown's `value` property), which the extension cannot read back. Never a ✓.
   */
  'confirmed-by-page',
  'not-filled',
] as const;
export const FieldOutcomeSchema = z.object({
  role: FieldRoleSchema,
  status: z.enum(OUTCOME_STATUSES),
  sku: z.optional(text(200)),
  row: z.optional(z.int().check(z.minimum(0), z.maximum(199))),
  line: z.optional(z.int().check(z.minimum(0), z.maximum(999))),
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
  refusal: z.optional(FormRefusalSchema),
});
export type FillReport = z.infer<typeof FillReportSchema>;
