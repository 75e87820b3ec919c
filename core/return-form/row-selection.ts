import { namesId } from './names-id';
import { answered } from './widgets';

// A checkbox that selects its row's item for the return, though no label says "Return this item":
// a table's first column of boxes named only by the item's title, whose quantity box stays
// disabled until the box is ticked ("Die Menge kann erst nach Auswahl des Artikels angegeben
// werden"). Ticking it says which items come back and submits nothing; the seller still presses
// Submit. A "Select all" box in the header sits in no item row and is never one.

/** Values that say nothing of an item: what a checkbox sends when it has no value of its own. */
const GENERIC_VALUES = new Set(['on', 'off', 'true', 'false', 'yes', 'no', '1', '0']);

/**
 * Whether `box`, an unnamed checkbox inside the item row `row` (whose text is `rowText`), selects
 * that row's item: it controls a control of its own row (`aria-controls`), or the value it sends
 * is the row's item id ("value=BOHR-18V-2AKKU" in the row of "SKU: BOHR-18V-2AKKU").
 */
export function selectsRowItem(box: Element, row: Element, rowText: string): boolean {
  const root = box.getRootNode() as Document | ShadowRoot;
  const controls = (box.getAttribute('aria-controls') ?? '').split(/\s+/).filter(Boolean);
  for (const id of controls) {
    const controlled = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    if (controlled && controlled !== box && row.contains(controlled)) return true;
  }
  const value = (box.getAttribute('value') ?? '').trim();
  return value.length >= 3 && !GENERIC_VALUES.has(value.toLowerCase()) && namesId(rowText, value);
}

/** A control the seller cannot change as the page stands. */
export const isDisabled = (el: Element): boolean =>
  el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';

/**
 * Makes a control of a ticked row fillable. The page's own handler enables it when the row is
 * ticked: waited for. A page whose script never answers (or has none) would keep it disabled, and
 * a disabled control is not sent with the form: what the seller sees in it would silently not be
 * the return. The tick that would enable it is there, so it is enabled as the handler would.
 */
export async function enableInTickedRow(control: Element): Promise<void> {
  if (await answered(() => !isDisabled(control))) return;
  control.removeAttribute('disabled');
  control.removeAttribute('aria-disabled');
}
