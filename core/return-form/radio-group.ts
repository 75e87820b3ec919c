import { isHidden } from '../forms/hidden';
import { collapse, ownLabel } from './own-label';
import type { FormOption } from './schema';

// A group of radio buttons as one control: a reason offered as "( ) Defective ( ) Not compatible"
// instead of a dropdown. The group is read at its first shown radio; its options are its enabled
// radios, each with its label; its value is the checked radio's. Pure DOM reads, except `checkRadio`.

export const isRadio = (el: Element): el is HTMLInputElement =>
  el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';

const GROUP_BOX = '[role="radiogroup"], fieldset';

/**
 * The radios of `radio`'s group, in page order: the same name in the same form (or root), as the
 * browser groups them; radios without a name, the nameless ones of their radiogroup or fieldset.
 */
export function radioGroupOf(radio: HTMLInputElement): HTMLInputElement[] {
  const name = radio.getAttribute('name');
  const box: ParentNode | null = name
    ? (radio.closest('form') ?? (radio.getRootNode() as Document | ShadowRoot))
    : radio.closest(GROUP_BOX);
  if (!box) return [radio];
  return Array.from(box.querySelectorAll('input')).filter(
    (other): other is HTMLInputElement =>
      isRadio(other) &&
      (other.getAttribute('name') ?? '') === (name ?? '') &&
      (name !== null || other.closest(GROUP_BOX) === box),
  );
}

/** Whether `radio` opens its group: its first shown radio (else its first). */
export function opensGroup(radio: HTMLInputElement): boolean {
  const group = radioGroupOf(radio);
  return (group.find((r) => !isHidden(r)) ?? group[0]) === radio;
}

/**
 * Each radio's value as an option: its `value`, unless two radios share one (or have none, all
 * "on"): then its place in the group, so that the right one is checked.
 */
function optionValues(group: readonly HTMLInputElement[]): string[] {
  const values = group.map((r) => r.getAttribute('value') ?? 'on');
  return new Set(values).size === values.length ? values : group.map((_, i) => `#${i + 1}`);
}

/** What a radio says: its own label (aria-label, wrapping, `for`), else the first text after it. */
function radioLabel(radio: HTMLInputElement): string {
  const own = ownLabel(radio);
  if (own) return own;
  for (let node = radio.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && isRadio(node as Element)) break;
    const text = collapse(node.textContent);
    if (text) return text;
  }
  return '';
}

/**
 * The options the group offers: its enabled radios (a disabled one cannot be chosen), less the
 * hidden copies of a shown one (a wizard's earlier step); a hidden radio saying something no shown
 * one says (a folded "more reasons" list, radios hidden behind styled labels) is still a choice.
 */
export function groupOptions(radio: HTMLInputElement): FormOption[] {
  const group = radioGroupOf(radio);
  const values = optionValues(group);
  const labels = group.map(radioLabel);
  const shownLabels = new Set(labels.filter((_, i) => !isHidden(group[i] as HTMLInputElement)));
  return group.flatMap((r, i) =>
    r.disabled || (isHidden(r) && shownLabels.has(labels[i] as string))
      ? []
      : [{ value: (values[i] as string).slice(0, 200), label: (labels[i] as string).slice(0, 300) }],
  );
}

/** The checked radio's option value, '' when none is. */
export function groupValue(radio: HTMLInputElement): string {
  const group = radioGroupOf(radio);
  const checked = group.findIndex((r) => r.checked);
  return checked < 0 ? '' : (optionValues(group)[checked] as string);
}

/**
 * The names the group carries: its radiogroup's aria-label or aria-labelledby, the legend of its
 * fieldset; each only when that box holds no other group's radios (a follow-up question inside
 * "Motif du retour" has a name of its own). Never a radio's own label: that is an option.
 */
export function groupLabels(radio: HTMLInputElement, textOf: (el: Element) => string): string[] {
  const group = new Set(radioGroupOf(radio));
  const onlyThisGroup = (box: Element) =>
    Array.from(box.querySelectorAll('input')).every((el) => !isRadio(el) || group.has(el));
  const out: string[] = [];
  const root = radio.getRootNode() as Document | ShadowRoot;
  const radiogroup = radio.closest('[role="radiogroup"]');
  if (radiogroup && onlyThisGroup(radiogroup)) {
    const aria = radiogroup.getAttribute('aria-label');
    if (aria?.trim()) out.push(aria.trim());
    for (const id of (radiogroup.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
      const ref = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      if (ref) out.push(textOf(ref));
    }
  }
  const fieldset = radio.closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (fieldset && legend && onlyThisGroup(fieldset)) out.push(textOf(legend));
  return out.filter((label) => label !== '');
}

/** Checks the group's radio of option `value` as a click would (the page's listeners hear it). */
export function checkRadio(radio: HTMLInputElement, value: string, notify: (el: Element) => void): void {
  const group = radioGroupOf(radio);
  const target = group[optionValues(group).indexOf(value)];
  if (!target) throw new Error('option gone');
  if (target.disabled) throw new Error('option disabled');
  if (target.checked) return;
  target.click();
  if (!target.checked) {
    target.checked = true;
    notify(target);
  }
}
