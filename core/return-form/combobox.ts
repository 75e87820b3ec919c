import { byIdInRoot } from '../forms/by-id';
import { notifyChange, setNativeValue } from '../forms/set-value';
import type { FormOption } from './schema';
import { listboxInput, listboxOptions, optionsOf, optionValue } from './widgets';

// A searchable list: a text box (`role="combobox"`) the seller types in to filter a
// `role="listbox"` it controls (`aria-controls`, `aria-owns`), the choice's code often carried by
// a hidden input beside the list. What the box shows is the picked option's label; the code goes
// in the hidden input. Writing a code in the box, or a label the list does not offer, sends
// something the page never offered: the box is filled only with an option's exact label, the
// hidden input with its code, and the list stays as the page keeps it (closed lists stay hidden).

/** The listbox a combobox text box controls, when it names one. */
export function controlledListbox(el: Element): Element | null {
  if (el.localName !== 'input' || el.getAttribute('role') !== 'combobox') return null;
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`;
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const list = byIdInRoot(el, id);
    if (list?.getAttribute('role') === 'listbox') return list;
  }
  return null;
}

export const isCombobox = (el: Element): boolean => controlledListbox(el) !== null;

export function comboboxOptions(el: Element): FormOption[] {
  const list = controlledListbox(el);
  return list ? listboxOptions(list) : [];
}

const shownText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The hidden input carrying the choice: beside the list, else beside the box. */
function codeInput(box: Element, list: Element): HTMLInputElement | null {
  return listboxInput(list) ?? listboxInput(list, box);
}

/**
 * The code of the option the box shows, when the hidden input (if any) agrees; '' for an empty
 * box; else what the box holds, which is no option's.
 */
export function comboboxValue(el: Element): string {
  const box = el as HTMLInputElement;
  const list = controlledListbox(el);
  if (!list || box.value.trim() === '') return box.value;
  const shown = optionsOf(list).find((o) => shownText(o.textContent ?? '') === shownText(box.value));
  if (!shown) return box.value;
  const code = optionValue(shown);
  const input = codeInput(el, list);
  return !input || input.value === code ? code : box.value;
}

export function setCombobox(el: Element, value: string): void {
  const box = el as HTMLInputElement;
  const list = controlledListbox(el);
  const wanted = list ? optionsOf(list).find((o) => optionValue(o) === value) : undefined;
  if (!list || !wanted) throw new Error('option not offered');
  if (wanted.getAttribute('aria-disabled') === 'true') throw new Error('option disabled');
  const label = shownText(wanted.textContent ?? '');
  // As the seller would: the label typed, then its option clicked, for a page script to answer.
  setNativeValue(box, label);
  notifyChange(box);
  if (wanted.localName === 'li' || wanted.localName === 'div' || wanted.localName === 'span')
    (wanted as HTMLElement).click();
  if (comboboxValue(el) === value) return;
  // No script answers: the page's own state, as a picked option shows it.
  for (const option of optionsOf(list))
    option.setAttribute('aria-selected', option === wanted ? 'true' : 'false');
  if (box.value !== label) {
    setNativeValue(box, label);
    notifyChange(box);
  }
  const input = codeInput(el, list);
  if (input) {
    setNativeValue(input, value);
    notifyChange(input);
  }
}
