import { composedText } from '../../page/text';
import { isFieldNameLabel, type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { personalKindOfIdentifier } from './personal-attributes';

// What a form field holds, by what names it: its name, id or autocomplete, or, with no <label>,
// the words shown for it (aria-label, the element aria-labelledby points at, title, placeholder,
// or a label-like text just before it in its row: `<div class="lbl">Nom du destinataire</div>`).

const FORM_FIELDS = new Set(['input', 'kat-input', 'kat-textarea']);
const CONTROLS = 'input,select,textarea,kat-input,kat-textarea,kat-dropdown';
const AUTOCOMPLETE: Record<string, PersonalKind> = { tel: 'phone', email: 'email' };

/** The texts of the elements `aria-labelledby` names. */
function labelledByText(element: Element): string | null {
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter((id) => id !== '');
  if (ids.length === 0) return null;
  const root = element.getRootNode() as Document | ShadowRoot;
  const texts = ids.map((id) => {
    const target = root.querySelector?.(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
    return target ? (composedText(target, 80) ?? '') : '';
  });
  return texts.join(' ').trim() || null;
}

/** A short text alone in the element just before the field, as a row of a form draws its label. */
function textBefore(element: Element): string | null {
  const before = element.previousElementSibling;
  if (!before || before.querySelector(CONTROLS) !== null) return null;
  const text = composedText(before, 60);
  return text && text.length <= 60 ? text : null;
}

const wordsNaming = (element: Element): (string | null)[] => [
  element.getAttribute('aria-label'),
  labelledByText(element),
  element.getAttribute('title'),
  element.getAttribute('placeholder'),
  textBefore(element),
];

/**
 * The kind of personal data in a form field's `value`; a field named only "Nom" or "Name" counts
 * as a person's when `bareNames` and its form asks for a person (./field-kinds.ts `asksForPerson`).
 */
export function personalKindOfField(element: Element, bareNames = true): PersonalKind | undefined {
  if (!FORM_FIELDS.has(element.localName)) return undefined;
  if (element.localName === 'kat-textarea') return 'message';
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (type === 'hidden') return undefined;
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase();
  for (const identifier of [element.getAttribute('name'), element.getAttribute('id'), autocomplete]) {
    const kind = identifier ? personalKindOfIdentifier(identifier) : undefined;
    if (kind) return kind;
  }
  if (/^(?:street-address|address-line\d|address-level\d|postal-code)$/.test(autocomplete)) return 'address';
  for (const words of wordsNaming(element)) {
    if (!words) continue;
    const kind = personalKindOfLabel(words);
    if (kind) return kind;
    if (bareNames && isFieldNameLabel(words) && asksForPerson(element)) return 'name';
  }
  return AUTOCOMPLETE[type];
}

/**
 * Whether a field's form asks for a person: another of its fields or labels is an address, a
 * phone, an e-mail or a recipient. "Nom" alone names a shipping template, a rule, a warehouse
 * ("Modèle d'expédition › Nom: Livraison Gratuite France"); beside "Adresse" it is a person's.
 */
export function asksForPerson(field: Element): boolean {
  const form = field.closest('form,fieldset,[role="form"],dialog') ?? field.parentElement?.parentElement;
  if (!form) return false;
  for (const label of Array.from(form.querySelectorAll('label,legend,h1,h2,h3,h4,h5,dt,th'))) {
    if (label.contains(field)) continue;
    if (personalKindOfLabel(composedText(label, 60) ?? '')) return true;
  }
  return Array.from(form.querySelectorAll(CONTROLS)).some(
    (other) => other !== field && personalKindOfField(other, false) !== undefined,
  );
}
