import { byIdInRoot } from '../forms/by-id';
import { parentCrossingShadow } from '../forms/hidden';
import { namesId } from './names-id';
import { answered } from './widgets';

// A checkbox that selects its row's item for the return, though no label says "Return this item":
// a table's first column of boxes named only by the item's title, whose quantity box stays
// disabled until the box is ticked ("Die Menge kann erst nach Auswahl des Artikels angegeben
// werden"). Ticking it says which items come back and submits nothing; the seller still presses
// Submit. A "Select all" box in the header sits in no item row and is never one. Any other box of
// a row ("Notify customer", "Charge restocking fee", "Send a replacement", "I confirm…") changes
// something else: ticking it on a guess would do what the seller never asked.

/** Values that say nothing of an item: what a checkbox sends when it has no value of its own. */
const GENERIC_VALUES = new Set(['on', 'off', 'true', 'false', 'yes', 'no', '1', '0']);

const BUTTON = 'button, kat-button, [role="button"], input[type="submit"], input[type="button"]';

/** Text of the labels a box carries itself: what it says it does, apart from the row around it. */
function ownLabel(box: Element): string {
  const parts = [box.getAttribute('aria-label') ?? '', box.closest('label')?.textContent ?? ''];
  const id = box.getAttribute('id');
  if (id) {
    const root = box.getRootNode() as Document | ShadowRoot;
    for (const label of Array.from(root.querySelectorAll('label[for]')))
      if (label.getAttribute('for') === id) parts.push(label.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * An id as sellers write them (`PERC-18V`, `B0D1K7Q2ZP`, `mug_blue`), not a word: a box sending
 * "notify" or "gift" says what it does, not which item.
 */
const idShaped = (value: string): boolean => /[0-9A-Z_-]/.test(value);

/**
 * Whether `box`, an unnamed checkbox inside the item row `row` (whose text is `rowText`), selects
 * that row's item: it controls the row's own quantity (`aria-controls`), or, in a row that is one
 * item among several, the value it sends is an item id the row names ("value=BOHR-18V-2AKKU" in
 * the row of "SKU: BOHR-18V-2AKKU") and no label of its own says it does something else. Never a
 * box that controls a button (a confirmation that unlocks Submit). With a single quantity the
 * "row" is the whole form, where a value naming the item says nothing of which box selects it.
 */
export function selectsRowItem(
  box: Element,
  row: Element,
  rowText: string,
  quantity: Element,
  wholeForm: boolean,
): boolean {
  const controlled = (box.getAttribute('aria-controls') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => byIdInRoot(box, id))
    .filter((el): el is Element => el !== null && el !== box);
  if (controlled.some((el) => el.matches(BUTTON))) return false;
  if (controlled.includes(quantity)) return true;
  if (wholeForm || controlled.length > 0) return false;
  const value = (box.getAttribute('value') ?? '').trim();
  if (value.length < 3 || GENERIC_VALUES.has(value.toLowerCase()) || !idShaped(value)) return false;
  const label = ownLabel(box);
  if (label && !namesId(label, value)) return false;
  return row.contains(box) && namesId(rowText, value);
}

/**
 * Inside a `<fieldset disabled>` (an item already fully returned, greyed as a whole), outside its
 * first legend: disabled though the control carries no attribute of its own. Checked on the
 * ancestors because not every DOM applies `:disabled` through fieldsets.
 */
export function inDisabledFieldset(el: Element): boolean {
  for (let node = parentCrossingShadow(el); node; node = parentCrossingShadow(node)) {
    if (node.localName !== 'fieldset' || !node.hasAttribute('disabled')) continue;
    const legend = Array.from(node.children).find((c) => c.localName === 'legend');
    if (!legend?.contains(el)) return true;
  }
  return false;
}

/** A control the seller cannot change as the page stands. */
export const isDisabled = (el: Element): boolean =>
  el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true' || inDisabledFieldset(el);

/**
 * Whether the page enabled a control of a ticked row: its own handler does that when the row is
 * ticked, and is waited for. One that stays disabled is left so: the page may keep it on purpose
 * (units already returned, an item it does not take back), and a disabled box is not sent with
 * the form, so the caller reports it unfilled rather than write what would not count.
 */
export const enabledByTick = (control: Element): Promise<boolean> => answered(() => !isDisabled(control));
