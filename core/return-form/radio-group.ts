import type { FormOption } from './schema';

// A group of radio buttons as one control: a reason offered as "( ) Defective ( ) Not compatible"
// instead of a dropdown. The group is named by its first radio; its options are its radios' values
// and labels; its value is the checked radio's. Pure DOM reads, except `checkRadio`.

export const isRadio = (el: Element): el is HTMLInputElement =>
  el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'radio';

/** The radios of `radio`'s group (same name, same form or root), in page order. */
export function radioGroupOf(radio: HTMLInputElement): HTMLInputElement[] {
  const name = radio.getAttribute('name');
  if (!name) return [radio];
  const scope: ParentNode = radio.closest('form') ?? (radio.getRootNode() as Document | ShadowRoot);
  return Array.from(scope.querySelectorAll('input')).filter(
    (other): other is HTMLInputElement => isRadio(other) && other.getAttribute('name') === name,
  );
}

/** Whether `radio` opens its group: the group is read once, at its first radio. */
export const opensGroup = (radio: HTMLInputElement): boolean => radioGroupOf(radio)[0] === radio;

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** What a radio says: its own label (wrapping, `for`, aria-label), else the text right after it. */
function radioLabel(radio: HTMLInputElement): string {
  const aria = radio.getAttribute('aria-label');
  if (aria?.trim()) return collapse(aria);
  const wrapping = radio.closest('label');
  if (wrapping) return collapse(wrapping.textContent);
  const id = radio.getAttribute('id');
  const root = radio.getRootNode() as Document | ShadowRoot;
  if (id) {
    const forIt = Array.from(root.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id);
    if (forIt) return collapse(forIt.textContent);
  }
  return collapse(radio.nextSibling?.textContent);
}

export function groupOptions(radio: HTMLInputElement): FormOption[] {
  return radioGroupOf(radio).map((r) => ({
    value: (r.getAttribute('value') ?? 'on').slice(0, 200),
    label: radioLabel(r).slice(0, 300),
  }));
}

/** The checked radio's value, '' when none is. */
export function groupValue(radio: HTMLInputElement): string {
  const checked = radioGroupOf(radio).find((r) => r.checked);
  return checked ? (checked.getAttribute('value') ?? 'on') : '';
}

/**
 * The names the group carries, most explicit first: a radiogroup's aria-label or aria-labelledby,
 * the legend of the fieldset around it. Never a radio's own label (that is an option).
 */
export function groupLabels(radio: HTMLInputElement, textOf: (el: Element) => string): string[] {
  const out: string[] = [];
  const group = radio.closest('[role="radiogroup"]');
  const root = radio.getRootNode() as Document | ShadowRoot;
  if (group) {
    const aria = group.getAttribute('aria-label');
    if (aria?.trim()) out.push(aria.trim());
    for (const id of (group.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
      const ref = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
      if (ref) out.push(textOf(ref));
    }
  }
  const legend = radio.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) out.push(textOf(legend));
  return out.filter((label) => label !== '');
}

/** Checks the group's radio of `value` as a click would (the page's listeners hear it). */
export function checkRadio(radio: HTMLInputElement, value: string, notify: (el: Element) => void): void {
  const target = radioGroupOf(radio).find((r) => (r.getAttribute('value') ?? 'on') === value);
  if (!target || target.checked) return;
  target.click();
  if (!target.checked) {
    target.checked = true;
    notify(target);
  }
}
