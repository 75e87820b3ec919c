import type { Item, Order } from '../model/order';
import { matchReason } from './reasons';
import type {
  FieldOutcome,
  FieldProblem,
  FillOperation,
  FillPlan,
  FormDescription,
  FormField,
} from './schema';

// The fill plan: what to put in which field of the return form, and what cannot be filled and
// why. Pure: the order, the seller's choices and the form as read from the page go in; the page
// applies the operations (./fill-form.ts) and the popup shows the problems.

export interface ReturnChoices {
  /** Units to return per seller SKU. */
  quantities: Readonly<Record<string, number>>;
  /** One of the form's option values, or one of our suggestion codes (./reasons.ts). */
  reason: string;
  comment: string;
}

/** What the order says of its status and where an item's quantity came from. */
export type ShippedFacts = Partial<Pick<Order, 'fulfillmentOrderStatus' | 'provenance' | 'items'>>;

/**
 * How many units of an item shipped, which is the most that can go back:
 * - `known`: the order says so: `Complete` (every unit left), or the quantity comes from the
 *   shipments report (`quantity-shipped`);
 * - otherwise (`CompletePartialled`, not shipped yet, no status) it cannot be known from the
 *   order, which holds the ORDERED quantity only: `atMost` is that, never more.
 */
export type ShippedQuantity = { known: true; quantity: number } | { known: false; atMost: number };

export function shippedQuantity(item: Item, order: ShippedFacts = {}): ShippedQuantity {
  const index = order.items?.findIndex((i) => i.sellerSku === item.sellerSku) ?? -1;
  const source = index >= 0 ? order.provenance?.[`items.${index}.quantity`]?.source : undefined;
  if (source === 'report' || order.fulfillmentOrderStatus === 'Complete') {
    return { known: true, quantity: item.quantity };
  }
  return { known: false, atMost: item.quantity };
}

/** The most units the seller may return: what shipped, else (unknown) at most what was ordered. */
export function returnableQuantity(shipped: ShippedQuantity): number {
  return shipped.known ? shipped.quantity : shipped.atMost;
}

/** The item an item row of the form is about: its SKU, ASIN or FNSKU appears in the row. */
function rowMentions(field: FormField, item: Item): boolean {
  const row = field.context.toLowerCase();
  return [item.sellerSku, item.asin, item.fnsku].some(
    (id) => id !== undefined && row.includes(id.toLowerCase()),
  );
}

function operation(field: FormField, value: string, sku?: string): FillOperation {
  return {
    fieldId: field.id,
    role: field.role,
    kind: field.kind,
    label: field.label,
    context: field.context,
    value,
    ...(sku !== undefined ? { sku } : {}),
  };
}

/** Whether a quantity field can hold `n`: among its options, under its `max`. */
function quantityRefusal(field: FormField, n: number): string | null {
  if (field.options) {
    const offered = field.options.some((o) => o.value === String(n));
    if (offered) return null;
    const numbers = field.options.map((o) => Number(o.value)).filter(Number.isFinite);
    return numbers.length > 0 ? String(Math.max(...numbers)) : 'none';
  }
  if (field.max !== undefined && n > field.max) return String(field.max);
  return null;
}

function planQuantities(
  order: Pick<Order, 'items'> & ShippedFacts,
  choices: ReturnChoices,
  fields: readonly FormField[],
  plan: FillPlan,
): void {
  const free = fields.filter((f) => f.role === 'quantity');
  // A form for a single-item order may not repeat the SKU next to its only quantity field.
  const { items } = order;
  const alone = items.length === 1 && free.length === 1;
  for (const item of items) {
    const requested = choices.quantities[item.sellerSku] ?? 0;
    const sku = item.sellerSku;
    const fieldIndex = alone ? 0 : free.findIndex((f) => rowMentions(f, item));
    const field = fieldIndex >= 0 ? free.splice(fieldIndex, 1)[0] : undefined;
    // Nothing to return for this item: leave its field as the page set it.
    if (requested === 0 && !field) continue;
    const problem = (code: FieldProblem['code'], detail?: string) =>
      plan.problems.push({
        role: 'quantity',
        code,
        sku,
        requested: String(requested),
        ...(detail ? { detail } : {}),
      });
    if (!Number.isInteger(requested) || requested < 0) {
      problem('option-not-offered');
      continue;
    }
    const limit = returnableQuantity(shippedQuantity(item, order));
    if (requested > limit) {
      problem('above-shipped', String(limit));
      continue;
    }
    if (!field) {
      problem(fields.some((f) => f.role === 'quantity') ? 'item-not-on-form' : 'field-not-found');
      continue;
    }
    const refusal = quantityRefusal(field, requested);
    if (refusal !== null) {
      problem('option-not-offered', refusal);
      continue;
    }
    plan.operations.push(operation(field, String(requested), sku));
  }
}

export function planReturnFill(
  order: Pick<Order, 'items'> & ShippedFacts,
  choices: ReturnChoices,
  form: FormDescription,
): FillPlan {
  const plan: FillPlan = { operations: [], problems: [] };
  planQuantities(order, choices, form.fields, plan);

  const reasonField = form.fields.find((f) => f.role === 'reason');
  if (choices.reason) {
    if (!reasonField) {
      plan.problems.push({ role: 'reason', code: 'field-not-found', requested: choices.reason });
    } else if (reasonField.options) {
      const option = matchReason(choices.reason, reasonField.options);
      if (option) plan.operations.push(operation(reasonField, option.value));
      else plan.problems.push({ role: 'reason', code: 'unknown-reason', requested: choices.reason });
    } else {
      plan.operations.push(operation(reasonField, choices.reason));
    }
  }

  const commentField = form.fields.find((f) => f.role === 'comment');
  if (choices.comment) {
    if (commentField) plan.operations.push(operation(commentField, choices.comment));
    else plan.problems.push({ role: 'comment', code: 'field-not-found', requested: choices.comment });
  }
  return plan;
}

/** One list for the seller: what the page filled, then what could not be, in form order. */
export function mergeOutcomes(plan: FillPlan, filled: readonly FieldOutcome[]): FieldOutcome[] {
  const refused: FieldOutcome[] = plan.problems.map((problem) => ({
    role: problem.role,
    status: 'not-filled',
    ...(problem.sku ? { sku: problem.sku } : {}),
    problem,
  }));
  const rank = { quantity: 0, reason: 1, comment: 2 } as const;
  return [...filled, ...refused].sort((a, b) => rank[a.role] - rank[b.role]);
}

/** The comment template of the settings with the order id in place of `{orderId}`. */
export function commentFromTemplate(template: string, orderId: string): string {
  return template.replaceAll('{orderId}', orderId);
}
