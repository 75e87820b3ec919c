import { composedText } from '../page/text';

// The text of what the seller pointed at. A read-only Katal field (`<kat-input label="Salida del
// almacén" value="15/11/2024 19:44">`) shows its value from its `value` attribute only: the
// element's own text is its label. A date printed inside a sentence of its own ("Sortie
// d’entrepôt le 14/11/2024 à 06:18", "Dispatched on 14 Nov 2024") is split into the words before
// it, its label, and the date that ends the text.

/** What a picked element shows as its value: a Katal field's `value`, else its text (null past `cap`). */
export function pickedText(element: Element, cap: number): string | null {
  const value = katalValueOf(element);
  if (value !== null) return value.length <= cap ? value : null;
  return composedText(element, cap);
}

/** A Katal component's non-empty `value` attribute, when it shows no text of its own but its label. */
export function katalValueOf(element: Element): string | null {
  if (!element.localName.startsWith('kat-')) return null;
  const value = element.getAttribute('value')?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const own = (element.textContent ?? '').trim();
  return own === '' ? value : null;
}

/** Words of a label before its date: letters, no digit (a date's words carry them). */
const LABEL_WORD = /^[^\d]*\p{L}[^\d]*$/u;
/** Punctuation between a label and its value ("Livraison prévue : 12/12/2026"). */
const LEADING_PUNCTUATION = /^[\s:：\-–—]+/u;

/**
 * "Sortie d’entrepôt le 14/11/2024 à 06:18": the words before the date (the label, no digit in
 * them) and the date with what follows it to the end of the text, the longest such end that
 * `isDate` takes ("le 14/11/2024 à 06:18"); null when the text is no label followed by a date.
 */
export function splitLabelledDate(
  text: string,
  isDate: (value: string) => boolean,
): { label: string; value: string } | null {
  const words = text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const label = words.slice(0, i).join(' ');
    if (!LABEL_WORD.test(label)) return null;
    const value = words.slice(i).join(' ').replace(LEADING_PUNCTUATION, '');
    if (value !== '' && /\d/.test(value) && isDate(value)) return { label, value };
  }
  return null;
}
