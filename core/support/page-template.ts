import { byIdInRoot } from '../forms/by-id';
import { normalizeLabel } from '../return-form/labels';
import type { LocatedCaseField } from './find-case-form';

// A box the page itself filled with a template for the seller to replace ("Veuillez décrire votre
// problème en détail : - Que s'est-il passé ? …" under the hint "Remplacez le texte ci-dessus par
// la description de votre problème", blind b7-fr) holds none of the seller's words: the case text
// takes its place. Text the seller typed always stays (./fill-case-form.ts), so a template is
// proved, never guessed, by all three of:
// - the box still holds what the page's HTML wrote in it (its value is its `defaultValue`);
// - the page says, beside the box or in its description (`aria-describedby`), that this text is
//   to be replaced;
// - the text names no order, parcel or date (no run of five digits). React keeps a controlled
//   textarea's `defaultValue` in step with what was typed, so typed text can pass the first test;
//   what a seller writes about a case names its order.

/** "Remplacez le texte", "Replace this text", "Ersetzen Sie den Text", "Reemplace el texto", "Sostituisci il testo". */
const REPLACE = /\b(?:replac|remplac|ersetz|reemplac|reemplaz|sustitu|sostitu)/u;
const TEXT = /\b(?:text|texte|texto|testo|template|vorlage|modele|plantilla|modello)\b/u;
const FIGURES = /\d{5}/;

const NATIVE_TEXT_BOX = new Set(['textarea', 'input']);

/** What the page writes about the box: the text of its own field around it, and its description. */
function hintsOf(box: Element): string[] {
  const hints: string[] = [];
  for (const id of (box.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean))
    hints.push(byIdInRoot(box, id)?.textContent ?? '');
  // The widest container whose only control is this box: its label and hints, not another field's.
  let field: Element | null = null;
  for (let node = box.parentElement; node; node = node.parentElement) {
    const controls = node.querySelectorAll('input, textarea, select, [contenteditable]');
    if (controls.length !== 1) break;
    field = node;
  }
  if (field) hints.push((field.textContent ?? '').replace(box.textContent ?? '', ' '));
  return hints;
}

/** Whether the box holds the page's own template text, to be replaced by the case text. */
export function holdsPageTemplate({ element, kind }: Pick<LocatedCaseField, 'element' | 'kind'>): boolean {
  if (!NATIVE_TEXT_BOX.has(kind)) return false;
  const box = element as HTMLTextAreaElement | HTMLInputElement;
  if (box.value.trim() === '' || box.value !== box.defaultValue || FIGURES.test(box.value)) return false;
  return hintsOf(box).some((hint) => {
    const said = normalizeLabel(hint);
    return REPLACE.test(said) && TEXT.test(said);
  });
}
