import { quantityOfOption, quantityOption } from './quantity-options';
import type { FormField } from './schema';

// One item of the order in several rows of the form: an order shipped in several shipments lists
// its line once per shipment, each row taking only the units of its own shipment ("Return" 0..1
// twice for 2 units ordered). The seller's count for the item is spread over its rows, in page
// order, each taking what it can; a row that cannot say how much it takes (a free number box) is
// never guessed at: the caller refuses the form as before.

/**
 * What a quantity field takes for `n` units (the option standing for it: "All (3)" for 3), or,
 * when it cannot hold `n`, the most it offers: not among its options, or over its `max`.
 */
export function quantityChoice(field: FormField, n: number): { value: string } | { refused: string } {
  if (field.options) {
    const offered = quantityOption(field.options, n);
    if (offered) return { value: offered.value };
    const most = capacityOf(field);
    return { refused: most === undefined ? 'none' : String(most) };
  }
  if (field.max !== undefined && n > field.max) return { refused: String(field.max) };
  return { value: String(n) };
}

/** The most units a row takes, when it says: its largest number offered, or its `max`. */
export function capacityOf(field: FormField): number | undefined {
  if (!field.options) return field.max;
  const numbers = field.options.map((o) => quantityOfOption(o) ?? Number(o.value)).filter(Number.isFinite);
  return numbers.length > 0 ? Math.max(...numbers) : undefined;
}

/**
 * The units each of an item's rows gets for `n` in all, first rows filled first; or, when the rows
 * together cannot take `n`, the most they take.
 */
export function spreadOverRows(
  rows: readonly FormField[],
  n: number,
): { field: FormField; units: number }[] | { refused: string } {
  let left = n;
  const spread = rows.map((field) => {
    const units = Math.min(left, capacityOf(field) ?? 0);
    left -= units;
    return { field, units };
  });
  if (left > 0) return { refused: String(rows.reduce((sum, f) => sum + (capacityOf(f) ?? 0), 0)) };
  return spread;
}
