// An order field drawn as a list of the seller's recent orders (`<select>`, options with opaque
// values and a text such as "S01-6612094-3357180 · 16 nov 2024 · 2 artículos · Enviado"). The
// case's order is the option whose text holds its id whole: never a partial match (an id sharing
// its first digits, another id ending in the same ones), never "Other order", which only opens a
// box of its own. No such option: nothing is chosen.

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds `orderId` whole, not as part of a longer id. */
function holdsId(text: string, orderId: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(orderId)}(?![\\p{L}\\p{N}-])`, 'u').test(text);
}

/** The one enabled option naming `orderId`, or null (none, or several). */
export function orderOption(select: HTMLSelectElement, orderId: string): HTMLOptionElement | null {
  const id = orderId.trim();
  if (id === '') return null;
  const naming = Array.from(select.options).filter(
    (o) => !o.disabled && o.value !== '' && holdsId(o.text, id),
  );
  return naming.length === 1 ? (naming[0] as HTMLOptionElement) : null;
}

/**
 * What the list holds, said as the box would: the order id when its option is chosen, '' when
 * nothing is (an empty value), else the chosen option's text.
 */
export function orderSelectValue(select: HTMLSelectElement, orderId: string): string {
  if (select.value === '') return '';
  const chosen = select.selectedOptions[0];
  return chosen && chosen === orderOption(select, orderId) ? orderId : (chosen?.text ?? select.value);
}
