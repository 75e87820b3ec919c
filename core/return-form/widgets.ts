import { notifyChange, setNativeValue } from '../forms/set-value';
import type { FormOption } from './schema';

// Two controls pages build out of plain elements, read and filled like native ones:
// - a stepper: "− 1 +" buttons around a number shown as text, the number carried by a hidden
//   input (`<div role="group"><button>−</button><span>1</span><button>+</button><input
//   type="hidden" value="1"></div>`);
// - a listbox: `role="listbox"` with `role="option"` children, its choice in `aria-selected` and
//   often a hidden input beside it.
// A page script normally keeps them in step when the seller clicks. They are filled as the seller
// would (a click on the option, on "+" or "−", never on anything that could submit); where no
// script answers, the page's own state is written directly: the hidden input, and what the seller
// sees (the number shown, the option marked selected), so that what is shown is what is sent.

/** A button's name (aria-label, then text): a sign alone, or a word that starts it. */
const PLUS =
  /^[+＋]$|^(?:plus|increase|add|ajouter|augmenter|hinzufügen|erhöhen|añadir|aumentar|aggiungi|aumenta)\b/iu;
const MINUS =
  /^[−–-]$|^(?:minus|decrease|remove|retirer|enlever|diminuer|entfernen|verringern|quitar|reducir|rimuovi|diminuisci)\b/iu;

const hiddenInputIn = (group: Element): HTMLInputElement | null =>
  group.querySelector<HTMLInputElement>(':scope > input[type="hidden"]');

/** Buttons a script-free click can never turn into a submission. */
function safeButtons(group: Element): HTMLElement[] {
  return Array.from(group.querySelectorAll<HTMLElement>('button, [role="button"]')).filter(
    (b) => b.localName !== 'button' || b.getAttribute('type')?.toLowerCase() === 'button',
  );
}

const nameOf = (button: Element) =>
  `${button.getAttribute('aria-label') ?? ''} ${button.textContent ?? ''}`.trim();

/** The element showing the stepper's number: a leaf whose text is its hidden input's value. */
function shownNumber(group: Element, value: string): Element | null {
  for (const element of Array.from(group.querySelectorAll('*'))) {
    if (element.children.length > 0 || element.localName === 'button' || element.localName === 'input')
      continue;
    if (element.closest('button')) continue;
    if ((element.textContent ?? '').trim() === value) return element;
  }
  return null;
}

/** Whether `el` is a stepper's group: a hidden number between buttons, shown as text. */
export function isStepper(el: Element): boolean {
  const input = hiddenInputIn(el);
  if (!input || !/^\d{1,4}$/.test(input.value)) return false;
  const buttons = safeButtons(el);
  return (
    buttons.some((b) => PLUS.test(nameOf(b))) &&
    buttons.some((b) => MINUS.test(nameOf(b))) &&
    shownNumber(el, input.value) !== null
  );
}

export function stepperValue(group: Element): string {
  return hiddenInputIn(group)?.value ?? '';
}

export function setStepper(group: Element, value: string): void {
  const input = hiddenInputIn(group);
  const target = Number(value);
  if (!input || !Number.isInteger(target)) throw new Error('not a stepper');
  const shown = shownNumber(group, input.value);
  const buttons = safeButtons(group);
  const plus = buttons.find((b) => PLUS.test(nameOf(b)));
  const minus = buttons.find((b) => MINUS.test(nameOf(b)));
  // As the seller would: one click per unit, while the page's script answers.
  for (let guard = 0; guard < 100 && Number(input.value) !== target; guard++) {
    const before = input.value;
    (Number(input.value) < target ? plus : minus)?.click();
    if (input.value === before) break;
  }
  if (input.value === value) return;
  setNativeValue(input, value);
  if (shown) shown.textContent = value;
  notifyChange(input);
}

/** A listbox's options: the value a form would send (`data-value`, `value`, else the text). */
export function listboxOptions(listbox: Element): FormOption[] {
  return optionsOf(listbox).map((o) => ({
    value: optionValue(o).slice(0, 200),
    label: (o.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
  }));
}

const optionsOf = (listbox: Element): Element[] =>
  Array.from(listbox.querySelectorAll('[role="option"]')).filter(
    (o) => o.closest('[role="listbox"]') === listbox,
  );

const optionValue = (option: Element): string =>
  option.getAttribute('data-value') ??
  option.getAttribute('value') ??
  (option.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The hidden input that carries the listbox's choice: beside it, in the same container. */
const listboxInput = (listbox: Element): HTMLInputElement | null =>
  listbox.parentElement?.querySelector<HTMLInputElement>(':scope > input[type="hidden"]') ?? null;

export function listboxValue(listbox: Element): string {
  const selected = optionsOf(listbox).find((o) => o.getAttribute('aria-selected') === 'true');
  return selected ? optionValue(selected) : '';
}

export function setListbox(listbox: Element, value: string): void {
  const options = optionsOf(listbox);
  const wanted = options.find((o) => optionValue(o) === value);
  if (!wanted) throw new Error('option not offered');
  const input = listboxInput(listbox);
  // A click, as the seller would; a <button> option that could submit is never clicked.
  const clickable = wanted.localName !== 'button' || wanted.getAttribute('type')?.toLowerCase() === 'button';
  if (clickable) (wanted as HTMLElement).click();
  if (listboxValue(listbox) === value && (!input || input.value === value)) return;
  for (const option of options) option.setAttribute('aria-selected', option === wanted ? 'true' : 'false');
  if (input) {
    setNativeValue(input, value);
    notifyChange(input);
  } else notifyChange(listbox);
}
