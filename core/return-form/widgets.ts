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

/**
 * A stepper's buttons: their text a sign alone ("+", "−"), or their name a word that says one
 * unit more or less. Never "Remove item" or "Add a photo": a bin or an upload beside the number.
 */
const PLUS_SIGN = /^[+＋]$/u;
const MINUS_SIGN = /^[−–-]$/u;
const PLUS_WORDS =
  /^(?:increase|increment|one more|plus|augmenter|ajouter une unité|erhöhen|mehr|aumentar|más|aumenta|incrementa)\b/iu;
const MINUS_WORDS =
  /^(?:decrease|decrement|one less|minus|diminuer|retirer une unité|verringern|weniger|reducir|disminuir|menos|diminuisci|riduci)\b/iu;

const isPlus = (b: Element) =>
  PLUS_SIGN.test((b.textContent ?? '').trim()) || PLUS_WORDS.test(b.getAttribute('aria-label')?.trim() ?? '');
const isMinus = (b: Element) =>
  MINUS_SIGN.test((b.textContent ?? '').trim()) ||
  MINUS_WORDS.test(b.getAttribute('aria-label')?.trim() ?? '');

/** The "+" and "−" buttons of a stepper in `container`, when it has one of each. */
export function stepButtons(container: Element): { plus: HTMLElement; minus: HTMLElement } | null {
  const buttons = safeButtons(container);
  const plus = buttons.filter(isPlus);
  const minus = buttons.filter(isMinus);
  return plus.length === 1 && minus.length === 1
    ? { plus: plus[0] as HTMLElement, minus: minus[0] as HTMLElement }
    : null;
}

const hiddenInputIn = (group: Element): HTMLInputElement | null =>
  group.querySelector<HTMLInputElement>(':scope > input[type="hidden"]');

/** Buttons a script-free click can never turn into a submission. */
function safeButtons(group: Element): HTMLElement[] {
  return Array.from(group.querySelectorAll<HTMLElement>('button, [role="button"]')).filter(
    (b) => b.localName !== 'button' || b.getAttribute('type')?.toLowerCase() === 'button',
  );
}

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

/** Whether `el` is a stepper's group: a hidden number between "−" and "+", shown as text. */
export function isStepper(el: Element): boolean {
  const input = hiddenInputIn(el);
  if (!input || !/^\d{1,4}$/.test(input.value)) return false;
  return stepButtons(el) !== null && shownNumber(el, input.value) !== null;
}

/** A stepper's number, or null for any other element (the number shown may lag behind). */
export function stepperValue(group: Element): string | null {
  const input = hiddenInputIn(group);
  return input && stepButtons(group) ? input.value : null;
}

/** How long a page may take to answer a click (a framework's render, an animation frame). */
const ANSWER_WAIT_MS = 300;
const POLL_MS = 20;

/** Waits until `changed()` or the time is up; whether it changed. */
export async function answered(changed: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < ANSWER_WAIT_MS; waited += POLL_MS) {
    if (changed()) return true;
    await new Promise<void>((resolve) => setTimeout(resolve, POLL_MS));
  }
  return changed();
}

export async function setStepper(group: Element, value: string): Promise<void> {
  const input = hiddenInputIn(group);
  const buttons = stepButtons(group);
  const target = Number(value);
  if (!input || !buttons || !Number.isInteger(target)) throw new Error('not a stepper');
  const shown = shownNumber(group, input.value);
  // As the seller would: one click per unit, each answered by the page before the next.
  let pageAnswers = false;
  for (let guard = 0; guard < 100 && Number(input.value) !== target; guard++) {
    const before = input.value;
    (Number(input.value) < target ? buttons.plus : buttons.minus).click();
    if (!(await answered(() => input.value !== before))) break;
    pageAnswers = true;
  }
  // A page that answers its buttons keeps its own state: a value written over it would be drawn
  // back at its next render. What it holds is reported, whatever it is.
  if (input.value === value || pageAnswers) return;
  // No script answers the buttons: the form's own state, written as shown.
  setNativeValue(input, value);
  if (shown) shown.textContent = value;
  notifyChange(input);
}

/** A listbox's options: the value a form would send (`data-value`, `value`, else the text). */
export function listboxOptions(listbox: Element): FormOption[] {
  // A disabled option is not one the seller can pick.
  return optionsOf(listbox)
    .filter((o) => o.getAttribute('aria-disabled') !== 'true')
    .map((o) => ({
      value: optionValue(o).slice(0, 200),
      label: (o.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
    }));
}

export const optionsOf = (listbox: Element): Element[] =>
  Array.from(listbox.querySelectorAll('[role="option"]')).filter(
    (o) => o.closest('[role="listbox"]') === listbox,
  );

export const optionValue = (option: Element): string =>
  option.getAttribute('data-value') ??
  option.getAttribute('value') ??
  (option.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The hidden input that carries the listbox's choice: right beside it, or beside the box that
 * controls it (before or after). Any other hidden input of the form (an order id, a token) is none
 * of the listbox's.
 */
export function listboxInput(listbox: Element, beside: Element = listbox): HTMLInputElement | null {
  const offered = new Set(optionsOf(listbox).map(optionValue));
  for (const sibling of [beside.nextElementSibling, beside.previousElementSibling]) {
    if (sibling?.localName !== 'input' || sibling.getAttribute('type') !== 'hidden') continue;
    // Empty, or holding one of the list's own values: an order id or a token beside it is not its.
    const input = sibling as HTMLInputElement;
    if (input.value === '' || offered.has(input.value)) return input;
  }
  return null;
}

export function listboxValue(listbox: Element): string {
  const selected = optionsOf(listbox).find((o) => o.getAttribute('aria-selected') === 'true');
  return selected ? optionValue(selected) : '';
}

export function setListbox(listbox: Element, value: string): void {
  const options = optionsOf(listbox);
  const wanted = options.find((o) => optionValue(o) === value);
  if (!wanted) throw new Error('option not offered');
  if (wanted.getAttribute('aria-disabled') === 'true') throw new Error('option disabled');
  const input = listboxInput(listbox);
  // A click, as the seller would; a <button> option that could submit is never clicked.
  // Nor a link, which would leave the page.
  const clickable =
    wanted.localName !== 'a' &&
    (wanted.localName !== 'button' || wanted.getAttribute('type')?.toLowerCase() === 'button');
  if (clickable) (wanted as HTMLElement).click();
  if (listboxValue(listbox) === value && (!input || input.value === value)) return;
  for (const option of options) option.setAttribute('aria-selected', option === wanted ? 'true' : 'false');
  if (input) {
    setNativeValue(input, value);
    notifyChange(input);
  } else notifyChange(listbox);
}
