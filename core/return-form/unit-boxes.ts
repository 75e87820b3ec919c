import { normalizeLabel } from './labels';
import { ownLabel } from './own-label';
import type { FormOption } from './schema';

// A quantity asked as one checkbox per unit shipped ("Unit 1 of 3", "Unit 2 of 3", …) in one
// group (a fieldset, a `role="group"`): the group is one quantity control, read and filled at its
// first box. Units are interchangeable, so n units are the first n boxes ticked and the others
// unticked. Only boxes that count 1 to N in page order, N being their number, make such a group:
// anything else (a box out of order, one that counts differently) is left as it stands.

const GROUP_BOX = 'fieldset, [role="group"]';

/** "Unit 2 of 3", "Stück 2 von 3", "2 de 3": which unit of how many a box stands for (unaccented). */
const UNIT_OF =
  /^(?:(?:units?|unites?|einheit|stuck|unidad|unita|pezzo|pieces?|articles?|artikel|articulo|articolo|items?|exemplaire)\s*)?(?:no\.?\s*|n[°º]\s*|#\s*)?(\d+)\s*(?:of|sur|de|von|di|su|\/)\s*(\d+)$/u;

const isCheckbox = (el: Element): el is HTMLInputElement =>
  el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'checkbox';

/** The boxes of `box`'s unit group, in page order, or null when it is in none. */
export function unitBoxesOf(box: Element): HTMLInputElement[] | null {
  if (!isCheckbox(box)) return null;
  const group = box.closest(GROUP_BOX);
  if (!group) return null;
  const boxes = Array.from(group.querySelectorAll('input')).filter(isCheckbox);
  // A box the page disables (a unit already returned) is not the seller's to tick, nor would the
  // browser send it: ticking "the first n" could not say n, so such a group is left to the seller.
  if (boxes.some((b) => b.disabled || b.closest('fieldset[disabled]') !== null)) return null;
  const counts = boxes.map((b) => UNIT_OF.exec(normalizeLabel(ownLabel(b))));
  const counted = counts.every(
    (count, i) => count !== null && Number(count[1]) === i + 1 && Number(count[2]) === boxes.length,
  );
  return counted ? boxes : null;
}

/** The element that names the group: its legend, aria-label or aria-labelledby (for ./read-form.ts). */
export function unitGroup(box: Element): Element | null {
  return box.closest(GROUP_BOX);
}

/** Whether `box` is the first of its unit group, where the group is read and filled. */
export const opensUnitBoxes = (box: Element): boolean => unitBoxesOf(box)?.[0] === box;

/** How many units are ticked. */
export function unitBoxesValue(box: Element): string {
  return String((unitBoxesOf(box) ?? []).filter((b) => b.checked).length);
}

/** 0 to N units, N the group's boxes. */
export function unitBoxesOptions(box: Element): FormOption[] {
  const n = unitBoxesOf(box)?.length ?? 0;
  return Array.from({ length: n + 1 }, (_, i) => ({ value: String(i), label: String(i) }));
}

/** Ticks the first `value` boxes and unticks the others, by clicks the page's listeners hear. */
export function setUnitBoxes(box: Element, value: string, notify: (el: Element) => void): void {
  const n = Number(value);
  (unitBoxesOf(box) ?? []).forEach((b, i) => {
    const wanted = i < n;
    if (b.checked !== wanted) b.click();
    if (b.checked !== wanted) {
      b.checked = wanted;
      notify(b);
    }
  });
}
