import type { Item, Order } from '../model/order';
import { withPageIds } from './id-table';
import { isWholeReturnLabel } from './labels';
import { keyHoldsId, namesId } from './names-id';
import { capacityOf, quantityChoice, spreadOverRows } from './quantity-spread';
import { matchReason } from './reasons';
import type {
  FieldOutcome,
  FieldProblem,
  FieldRole,
  FillOperation,
  FillPlan,
  FormDescription,
  FormField,
  FormRefusal,
} from './schema';

// The fill plan: what to put in which field of the return form, and what cannot be filled and
// why. Pure: the order, the seller's choices and the form as read from the page go in; the page
// applies the operations (./fill-form.ts) and the popup shows the problems.

export interface ReturnChoices {
  /** Units to return per seller SKU. */
  quantities: Readonly<Record<string, number>>;
  /** One of the form's option values, or one of our suggestion codes (./reasons.ts): every row's. */
  reason: string;
  /** Every row's comment. */
  comment: string;
  /** Per seller SKU, a reason or comment of that item's own, instead of the shared one. */
  perItem?: Readonly<Record<string, { reason?: string; comment?: string }>>;
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
  return [item.sellerSku, item.asin, item.fnsku].some((id) => id !== undefined && namesId(field.context, id));
}

/**
 * The items a row's text names; when it names none, those its quantity control's `id` or `name`
 * holds (`qte-MUG-1-X2`), the longest SKU kept where one begins another (`MUG-1` in `MUG-1-X2`);
 * last, those whose id the page pairs with their SKU elsewhere (`paired`, ./id-table.ts), only for
 * a row the order's own ids do not name: two SKUs sharing an ASIN must not blur a row naming one.
 */
function itemsOfRow(field: FormField, items: readonly Item[], paired: readonly Item[]): number[] {
  const byText = items.flatMap((item, index) => (rowMentions(field, item) ? [index] : []));
  if (byText.length > 0) return byText;
  const held = (item: Item) => field.keys?.some((key) => keyHoldsId(key, item.sellerSku)) ?? false;
  const byKey = items.flatMap((item, index) => (held(item) ? [index] : []));
  const sku = (index: number) => items[index]?.sellerSku ?? '';
  if (byKey.length > 0)
    return byKey.filter(
      (i) => !byKey.some((j) => j !== i && sku(j).length > sku(i).length && sku(j).includes(sku(i))),
    );
  return paired.flatMap((item, index) => (rowMentions(field, item) ? [index] : []));
}

function operation(field: FormField, value: string, line: number, sku?: string): FillOperation {
  return {
    fieldId: field.id,
    role: field.role,
    kind: field.kind,
    label: field.label,
    context: field.context,
    value,
    ...(sku !== undefined ? { sku } : {}),
    ...(field.row !== undefined ? { row: field.row } : {}),
    line,
  };
}

/** Report lines: each item's quantity, reason and comment, in item order; then the form's own. */
const ROLE_RANK = { quantity: 0, include: 1, reason: 2, comment: 3, other: 4 } as const;
const lineOf = (itemIndex: number, role: FieldRole) => itemIndex * 5 + ROLE_RANK[role];

/**
 * Each row's own comment boxes over the one named for the whole return ("Commentaires sur le
 * retour" below rows of "Commentaire"): the seller's comment goes where it says which item it is
 * about, and the whole-return box is left as the page set it. A box of the whole form named only
 * "Commentaires" beside them says nothing either way: the layout then refuses.
 */
function perRowOverWhole(fields: readonly FormField[]): FormField[] {
  const perRow = fields.some((f) => f.role === 'comment' && f.row !== undefined);
  return fields.filter(
    (f) => !perRow || f.role !== 'comment' || f.row !== undefined || !isWholeReturnLabel(f.label),
  );
}

/** Why the form's layout cannot be filled safely, or null. */
function layoutRefusal(fields: readonly FormField[]): FormRefusal | null {
  const quantityRows = fields.filter((f) => f.role === 'quantity').length;
  for (const role of ['reason', 'comment'] as const) {
    const ofRole = fields.filter((f) => f.role === role);
    const inRows = ofRole.filter((f) => f.row !== undefined);
    const shared = ofRole.filter((f) => f.row === undefined);
    const label = ofRole[0]?.label ?? role;
    if (shared.length > 1)
      return { code: quantityRows > 1 ? 'rows-ambiguous' : 'fields-without-rows', detail: label };
    if (inRows.length > 0 && shared.length > 0) return { code: 'rows-ambiguous', detail: label };
    const rows = inRows.map((f) => f.row);
    if (new Set(rows).size !== rows.length) return { code: 'rows-ambiguous', detail: label };
  }
  return null;
}

/**
 * Which quantity fields (rows) each item has, or a refusal when rows and items cannot be told
 * apart: a row naming several items, or, with several rows, a row naming none of the order's
 * items. An item named by several rows (one per shipment) keeps them all when each says how many
 * units it takes (./quantity-spread.ts); otherwise its units could not be placed: refused.
 */
function matchRows(
  items: readonly Item[],
  quantityFields: readonly FormField[],
  paired: readonly Item[] = items,
): { byItem: FormField[][] } | { refusal: FormRefusal } {
  if (items.length === 1 && quantityFields.length === 1) return { byItem: [[...quantityFields]] };
  const byItem: FormField[][] = items.map(() => []);
  for (const field of quantityFields) {
    const named = itemsOfRow(field, items, paired);
    if (named.length > 1)
      return {
        refusal: { code: 'items-ambiguous', detail: named.map((i) => items[i]?.sellerSku).join(', ') },
      };
    const [index] = named;
    if (index === undefined) {
      if (quantityFields.length > 1)
        return { refusal: { code: 'items-ambiguous', detail: field.context.slice(0, 200) } };
      continue;
    }
    byItem[index]?.push(field);
  }
  const unplaceable = byItem.findIndex(
    (rows) => rows.length > 1 && rows.some((f) => capacityOf(f) === undefined),
  );
  if (unplaceable >= 0)
    return { refusal: { code: 'items-ambiguous', detail: items[unplaceable]?.sellerSku ?? '' } };
  return { byItem };
}

/**
 * A reason the form offers for `requested`, as an operation or a problem. A box with no choices (a
 * text box, a searchable list we could not read) offers none: our code written in it would be no
 * reason the page knows (blind b7-fr had one in a combobox's box).
 */
function reasonValue(field: FormField, requested: string): string | null {
  if (!field.options) return null;
  return matchReason(requested, field.options)?.value ?? null;
}

export function planReturnFill(
  order: Pick<Order, 'items'> & ShippedFacts,
  choices: ReturnChoices,
  read: FormDescription,
): FillPlan {
  const plan: FillPlan = { operations: [], problems: [] };
  const form = { ...read, fields: perRowOverWhole(read.fields) };
  // Rows naming their item by an id the page pairs with its SKU elsewhere (./id-table.ts).
  const paired = withPageIds(order.items, read.itemIds);
  // Rows that cannot be told apart: refused whole, nothing planned.
  const refusal = layoutRefusal(form.fields);
  if (refusal) return { ...plan, refusal };
  const matched = matchRows(
    order.items,
    form.fields.filter((f) => f.role === 'quantity'),
    paired,
  );
  if ('refusal' in matched) return { ...plan, refusal: matched.refusal };
  const returned = planQuantities(plan, order, choices, form, matched.byItem);
  for (const role of ['reason', 'comment'] as const) {
    const wanted = (item: Item) => choices.perItem?.[item.sellerSku]?.[role] ?? choices[role];
    const ofRole = form.fields.filter((f) => f.role === role);
    if (ofRole.some((f) => f.row !== undefined)) planPerRow(plan, role, ofRole, returned, wanted);
    else planFormWide(plan, role, ofRole[0], order, choices, wanted);
  }
  // Controls of a returned item's row that MCF Desk does not know, still empty: the seller's to fill.
  for (const { item, index, row } of returned) {
    for (const field of form.fields) {
      if (field.role !== 'other' || field.row !== row || field.value !== '') continue;
      plan.problems.push({
        role: 'other',
        code: 'unknown-row-field',
        sku: item.sellerSku,
        requested: field.label,
        line: lineOf(index, 'other'),
      });
    }
  }
  return plan;
}

/** An item that goes back (a planned quantity above 0), with its row. */
interface Returned {
  item: Item;
  index: number;
  row: number | undefined;
}

/**
 * Each item's quantity (and its row's "Return this item" box), spread over its rows when it has
 * several; the items that go back, once per row that takes some of their units.
 */
function planQuantities(
  plan: FillPlan,
  order: Pick<Order, 'items'> & ShippedFacts,
  choices: ReturnChoices,
  form: FormDescription,
  byItem: readonly FormField[][],
): Returned[] {
  const anyQuantityField = form.fields.some((f) => f.role === 'quantity');
  const returned: Returned[] = [];
  order.items.forEach((item, index) => {
    const requested = choices.quantities[item.sellerSku] ?? 0;
    const sku = item.sellerSku;
    const rows = byItem[index] ?? [];
    const line = lineOf(index, 'quantity');
    const problem = (code: FieldProblem['code'], detail?: string): void => {
      plan.problems.push({
        role: 'quantity',
        code,
        sku,
        requested: String(requested),
        ...(detail ? { detail } : {}),
        line,
      });
    };
    const planRow = (field: FormField, units: number): void => {
      // A row with a "Return this item" box: the box says whether the item comes back, the
      // quantity how many. Unticked, the row's quantity counts for nothing (it may not offer 0).
      const include = form.fields.find((f) => f.role === 'include' && f.row === field.row);
      if (include) {
        const wanted = String(units > 0);
        if (include.value !== wanted)
          plan.operations.push(operation(include, wanted, lineOf(index, 'include'), sku));
        if (units === 0) return;
      }
      const choice = quantityChoice(field, units);
      if ('refused' in choice) {
        problem('option-not-offered', choice.refused);
        return;
      }
      plan.operations.push(operation(field, choice.value, line, sku));
      if (units > 0) returned.push({ item, index, row: field.row });
    };
    // Nothing to return for this item: leave its fields as the page set them, or at 0.
    if (requested === 0) {
      for (const field of rows) planRow(field, 0);
      return;
    }
    if (!Number.isInteger(requested) || requested < 0) {
      problem('option-not-offered');
      return;
    }
    const limit = returnableQuantity(shippedQuantity(item, order));
    if (requested > limit) {
      problem('above-shipped', String(limit));
      return;
    }
    const [first] = rows;
    if (!first) {
      problem(anyQuantityField ? 'item-not-on-form' : 'field-not-found');
      return;
    }
    const spread = rows.length > 1 ? spreadOverRows(rows, requested) : [{ field: first, units: requested }];
    if ('refused' in spread) problem('option-not-offered', spread.refused);
    else for (const { field, units } of spread) planRow(field, units);
  });
  return returned;
}

/** Each returned item's own reason or comment, in its own row; rows left at 0 are not touched. */
function planPerRow(
  plan: FillPlan,
  role: 'reason' | 'comment',
  ofRole: readonly FormField[],
  returned: readonly Returned[],
  wanted: (item: Item) => string,
): void {
  for (const { item, index, row } of returned) {
    const requested = wanted(item);
    if (!requested) continue;
    const line = lineOf(index, role);
    const field = ofRole.find((f) => f.row === row);
    if (!field) plan.problems.push({ role, code: 'field-not-found', sku: item.sellerSku, requested, line });
    else planText(plan, role, field, requested, line, item.sellerSku);
  }
}

/** One reason or comment for the whole form: what every returned item asks, when they agree. */
function planFormWide(
  plan: FillPlan,
  role: 'reason' | 'comment',
  field: FormField | undefined,
  order: Pick<Order, 'items'>,
  choices: ReturnChoices,
  wanted: (item: Item) => string,
): void {
  const line = lineOf(order.items.length, role);
  // Every item the seller sends back, even one whose quantity could not be set: the form's
  // reason and comment are about the return as a whole.
  const asking = order.items.filter((item) => (choices.quantities[item.sellerSku] ?? 0) > 0);
  const asked = [
    ...new Set((asking.length > 0 ? asking.map(wanted) : [choices[role]]).filter((v) => v !== '')),
  ];
  let value: string | undefined;
  if (asked.length === 1) value = asked[0];
  else if (asked.length > 1 && role === 'comment') {
    // Several comments for one box: each with its item.
    value = asking
      .filter((item) => wanted(item) !== '')
      .map((item) => `${item.sellerSku} : ${wanted(item)}`)
      .join('\n');
  } else if (asked.length > 1) {
    plan.problems.push({ role, code: 'one-for-all-rows', requested: asked.join(' / ').slice(0, 5000), line });
    return;
  }
  if (value === undefined) return;
  if (!field) plan.problems.push({ role, code: 'field-not-found', requested: value, line });
  else planText(plan, role, field, value, line);
}

/** A reason (as the form offers it) or a comment (when the box takes it whole) for `field`. */
function planText(
  plan: FillPlan,
  role: 'reason' | 'comment',
  field: FormField,
  requested: string,
  line: number,
  sku?: string,
): void {
  const value = role === 'reason' ? reasonValue(field, requested) : commentFor(field, requested);
  const item = sku ? { sku } : {};
  if (value === null) plan.problems.push({ role, code: 'unknown-reason', ...item, requested, line });
  else if (tooLong(field, value))
    plan.problems.push({
      role,
      code: 'text-too-long',
      ...item,
      requested,
      detail: String(field.maxLength),
      line,
    });
  else plan.operations.push(operation(field, value, line, sku));
}

/** Boxes of one line: the browser drops the line breaks written in them. */
const ONE_LINE_KINDS: ReadonlySet<FormField['kind']> = new Set(['input', 'kat-input']);

/**
 * A comment as its box keeps it. A one-line box would drop each line break and glue the lines
 * ("…enciende.La clienta…"): each break, with the blanks around it, becomes one space.
 */
function commentFor(field: FormField, text: string): string {
  if (!ONE_LINE_KINDS.has(field.kind) || !/[\r\n]/u.test(text)) return text;
  return text.replace(/\s*[\r\n]\s*/gu, ' ').trim();
}

/**
 * A text longer than its control's `maxlength`: the page would cut it or refuse it. Never cut
 * here (the cut would fall mid-sentence in the seller's words): the seller shortens it.
 * Counted in UTF-16 units, as the browser counts `maxlength`.
 */
const tooLong = (field: FormField, text: string): boolean =>
  field.maxLength !== undefined && field.kind !== 'select' && text.length > field.maxLength;

/** One list for the seller: what the page filled and what could not be, row by row. */
export function mergeOutcomes(plan: FillPlan, filled: readonly FieldOutcome[]): FieldOutcome[] {
  const refused: FieldOutcome[] = plan.problems.map((problem) => ({
    role: problem.role,
    status: 'not-filled',
    ...(problem.sku ? { sku: problem.sku } : {}),
    ...(problem.line !== undefined ? { line: problem.line } : {}),
    problem,
  }));
  const last = Number.MAX_SAFE_INTEGER;
  return [...filled, ...refused]
    .map((outcome, at) => ({ outcome, at }))
    .sort(
      (a, b) =>
        (a.outcome.line ?? last) - (b.outcome.line ?? last) ||
        ROLE_RANK[a.outcome.role] - ROLE_RANK[b.outcome.role] ||
        a.at - b.at,
    )
    .map(({ outcome }) => outcome);
}

/** The comment template of the settings with the order id in place of `{orderId}`. */
export function commentFromTemplate(template: string, orderId: string): string {
  return template.replaceAll('{orderId}', orderId);
}
