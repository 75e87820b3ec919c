import { fieldValue } from '../page/reader/visible-tree';
import { composedText } from '../page/text';

// The text of what the seller pointed at. A read-only Katal field (`<kat-input label="Salida del
// almacén" value="15/11/2024 19:44">`) shows its value from its `value` attribute only: the
// element's own text is its label. A date printed inside a sentence of its own ("Sortie
// d’entrepôt le 14/11/2024 à 06:18", "Dispatched on 14 Nov 2024") is split into the words before
// it, its label, and the date that ends the text.

/**
 * Characters that draw nothing: zero-width spaces and joiners, the word joiner, the byte order
 * mark, soft hyphens and the marks and isolates of bidirectional text ("\u200e26471\u200b85903").
 */
const INVISIBLES = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A text without its invisible characters, whitespace collapsed again. */
export const withoutInvisibles = (text: string): string =>
  text.replace(INVISIBLES, '').replace(/\s+/g, ' ').trim();

/**
 * What a picked element shows as its value: a Katal field's or a read-only input's `value`, else its
 * text (null past `cap`).
 */
export function pickedText(element: Element, cap: number): string | null {
  const value = katalValueOf(element) ?? readOnlyFieldValue(element);
  if (value !== null) return value.length <= cap ? withoutInvisibles(value) : null;
  const text = composedText(element, cap);
  return text === null ? null : withoutInvisibles(text);
}

/** Links and buttons: they act on a value ("Traccia su Swiship"), they are not part of it. */
const CONTROLS = 'a, button, [role="button"], [role="link"]';

/**
 * The text of a picked element without the links and buttons it holds ("05912603314827 <a>Traccia
 * su Swiship</a>" → the number); null when it holds none, or nothing else.
 */
export function textBesideControls(element: Element, cap: number): string | null {
  const controls = Array.from(element.querySelectorAll(CONTROLS));
  if (controls.length === 0) return null;
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style, template') || controls.some((control) => control.contains(node)))
      continue;
    parts.push(node.textContent ?? '');
  }
  const text = withoutInvisibles(parts.join(''));
  return text !== '' && text.length <= cap ? text : null;
}

/** A Katal component's non-empty `value` attribute, when it shows no text of its own but its label. */
export function katalValueOf(element: Element): string | null {
  if (!element.localName.startsWith('kat-')) return null;
  const value = element.getAttribute('value')?.replace(/\s+/g, ' ').trim();
  if (!value) return null;
  const own = (element.textContent ?? '').trim();
  return own === '' ? value : null;
}

/**
 * A read-only form field's value (`<input readonly value="068005417300812">`): a detail page built
 * from a form shows its values so, with no text node (as the reader reads it, visible-tree.ts).
 */
export function readOnlyFieldValue(element: Element): string | null {
  const value = fieldValue(element)?.replace(/\s+/g, ' ').trim();
  return value || null;
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
