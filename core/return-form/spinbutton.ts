import { notifyChange } from '../forms/set-value';
import { answered, stepButtons } from './widgets';

// A quantity drawn as an ARIA spin button with no input at all: `<div role="spinbutton"
// aria-valuenow="0" aria-valuemin="0" aria-valuemax="2">0</div>` between "−" and "+" buttons. The
// page's script sends aria-valuenow. Filled as the seller would (a click on "+" or "−" per unit,
// each answered before the next); where no script answers, the page's own state is written as it
// shows it: aria-valuenow and the number shown, within aria-valuemin and aria-valuemax.

const whole = (raw: string | null): number | null =>
  raw !== null && /^\d{1,4}$/.test(raw.trim()) ? Number(raw) : null;

/** A spin button that is no native control (an `<input role="spinbutton">` is a number box). */
export function isSpinbutton(el: Element): boolean {
  return (
    el.getAttribute('role') === 'spinbutton' &&
    !['input', 'select', 'textarea'].includes(el.localName) &&
    whole(el.getAttribute('aria-valuenow')) !== null
  );
}

export const spinbuttonValue = (el: Element): string => el.getAttribute('aria-valuenow')?.trim() ?? '';

/** Its highest value, when the page says it. */
export const spinbuttonMax = (el: Element): number | null => whole(el.getAttribute('aria-valuemax'));

/** The "−" and "+" around it: in its own wrapper, never further (another row's buttons). */
const buttonsOf = (el: Element) => (el.parentElement ? stepButtons(el.parentElement) : null);

export async function setSpinbutton(el: Element, value: string): Promise<void> {
  const target = whole(value);
  const min = whole(el.getAttribute('aria-valuemin')) ?? 0;
  const max = spinbuttonMax(el);
  if (target === null || target < min || (max !== null && target > max)) throw new Error('out of range');
  if (el.getAttribute('aria-readonly') === 'true') throw new Error('read-only');
  const buttons = buttonsOf(el);
  let pageAnswers = false;
  for (let guard = 0; buttons && guard < 100 && spinbuttonValue(el) !== value; guard++) {
    const before = spinbuttonValue(el);
    (Number(before) < target ? buttons.plus : buttons.minus).click();
    if (!(await answered(() => spinbuttonValue(el) !== before))) break;
    pageAnswers = true;
  }
  // A page that answers its buttons keeps its own state; what it holds is reported.
  if (spinbuttonValue(el) === value || pageAnswers) return;
  // No script answers: the number as the page itself shows it, where it shows it as text alone.
  const shownBefore = (el.textContent ?? '').trim() === spinbuttonValue(el) && el.children.length === 0;
  el.setAttribute('aria-valuenow', value);
  if (el.hasAttribute('aria-valuetext')) el.setAttribute('aria-valuetext', value);
  if (shownBefore) el.textContent = value;
  notifyChange(el);
}
