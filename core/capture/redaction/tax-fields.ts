import { composedText, normalizeLabel } from '../../page/text';
import { asksForPerson } from './field-kinds';

// A form field for a person's tax number in an address form: Spain asks the recipient's NIF/DNI
// for the Canaries, Ceuta and Melilla, Italy a codice fiscale. Its value is replaced whatever its
// check letter says (a mistyped DNI still names her, and ./tax-ids.ts trusts only a valid one);
// a form asking for no person (the seller's own tax settings) is left as it is.

const TAX_WORD =
  /(?:^|[^a-z])(?:nif|nie|dni|cif|vat|tva|tax|taxid|ustid|steuer-?id|steuernummer|codice fiscale|codicefiscale|partita iva|piva|numero fiscal|n° fiscal|numero de identificacion fiscal)(?:[^a-z]|$)/;
const SELLER_WORD = /seller|merchant|vendeur|verkaufer|vendedor|venditore|your|votre|ihre/;

/** The text of the `<label for>` naming `element`, in its own tree. */
function labelText(element: Element): string {
  if (!element.id) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  const label = root.querySelector?.(`label[for="${element.id.replace(/["\\]/g, '\\$&')}"]`);
  return label ? (composedText(label, 120) ?? '') : '';
}

const words = (text: string) =>
  normalizeLabel(text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' '));

/** Whether a field's `value` is a person's tax number. */
export function holdsPersonsTaxNumber(element: Element): boolean {
  if (!['input', 'kat-input'].includes(element.localName)) return false;
  if ((element.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
  const naming = [
    element.getAttribute('name'),
    element.id,
    element.getAttribute('aria-label'),
    element.getAttribute('label'),
    element.getAttribute('placeholder'),
    labelText(element),
  ]
    .filter((text): text is string => !!text)
    .map(words);
  return (
    naming.some((text) => TAX_WORD.test(text)) &&
    !naming.some((text) => SELLER_WORD.test(text)) &&
    asksForPerson(element)
  );
}
