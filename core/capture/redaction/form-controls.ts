// A form's label names its field: the value of "Code postal" is the `<input>` it is `for` (or
// holds), not the form row after it, which is another field with its own label ("Ville"). A form
// row (a label with its field) therefore ends whatever value came before it.

const CONTROLS = 'input,select,textarea,kat-input,kat-textarea,kat-dropdown';
/** Fields whose value is a choice (or no field shown), never typed personal data. */
const CHOICES = /^(?:checkbox|radio|submit|button|reset|image|file|range|color|hidden)$/i;

const isControl = (element: Element | null | undefined): element is Element =>
  !!element &&
  /^(?:input|select|textarea|kat-input|kat-textarea|kat-dropdown)$/.test(element.localName) &&
  !CHOICES.test(element.getAttribute('type') ?? '');

/** The field a label's text names, if the text is inside a `<label>` with a field. */
export function controlOfLabel(text: Text): Element | undefined {
  const label = text.parentElement?.closest('label');
  if (!label) return undefined;
  const id = label.getAttribute('for');
  if (id) {
    const root = label.getRootNode() as Document | ShadowRoot;
    const target = root.querySelector?.(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
    return isControl(target) ? target : undefined;
  }
  const nested = label.querySelector(CONTROLS);
  return isControl(nested) ? nested : undefined;
}

/**
 * A label with its field (`<div><label for="city">Ville</label><input id="city"></div>`); an
 * address with a "use as billing address" checkbox under it is still an address.
 */
export const isFormRow = (element: Element): boolean =>
  (element.localName === 'label' && element.hasAttribute('for')) ||
  (element.querySelector('label') !== null &&
    Array.from(element.querySelectorAll(CONTROLS)).some((control) => isControl(control)));
