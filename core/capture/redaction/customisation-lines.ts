import { collapse, normalizeLabel } from '../../page/text';
import { ELEMENT_NODE, textNodesIn } from '../walk';
import type { LabeledPass } from './labeled-pass';
import { PLACEHOLDERS } from './placeholders';

// What a buyer had engraved or printed on a custom product ("Personnalisations" over "Texte : Chez
// Stéphanie & Enzo", "Gravur Zeile 2: Familie Weber", "Printed line: For Dave, love always") is
// the buyer's own words, as a gift message is: each line after the block's label is replaced
// whole, whatever its label says, since a first name, a dedication or a date in it cannot be told
// from a title by its words. Only the product's options stay ("Police : Cursive", "Frame: None"):
// the seller's choices, which a report on a wrong engraving needs.

/** The block's label, alone on its line or before its first line ("Personalisierung: Text 1: …"). */
const CUSTOMISATION_LABEL =
  /^(?:customi[sz]ations?|personali[sz]ations?|personnalisations?|personalisierung(?:en)?|anpassungen|personalizaci[oó]n(?:es)?|personalizzazion[ei])\s*[:：]?$/i;

export const isCustomisationLabel = (collapsed: string): boolean => CUSTOMISATION_LABEL.test(collapsed);

/** A product option's label: a font, a colour, a frame, a size, a material, a finish. */
const OPTION_LABEL =
  /^(?:police|font|schrift(?:art)?|tipo de letra|fuente|carattere|couleur|colou?r|farbe|colore|frame|cadre|rahmen|marco|cornice|size|taille|grosse|tamano|dimensioni?|taglia|format|formato|material|matiere|materiau|materiale|finish|finition|ausfuhrung|acabado|finitura)\b/;

/** "Police : Cursive": an option's line, kept. */
function isOptionLine(collapsed: string): boolean {
  const colon = collapsed.search(/[:：]/);
  return colon > 0 && colon <= 30 && OPTION_LABEL.test(normalizeLabel(collapsed.slice(0, colon)));
}

/** Attributes that repeat a line's words (a preview's title, a component's text, a JSON copy). */
const COPY_ATTRIBUTE = /^(?:title|aria-label|alt|text|label|value|placeholder|data-.+)$/i;

/** The element showing the label alone (`<b>Personnalisations</b>`), or the label's own text. */
function anchorOf(label: Text, collapsed: string): Node {
  let anchor: Node = label;
  while (anchor.parentElement && collapse(anchor.parentElement.textContent ?? '') === collapsed)
    anchor = anchor.parentElement;
  return anchor;
}

/**
 * When `label` opens a customisation block, replaces each of its lines but the options as a
 * message, and the attributes that copy them; true when it did.
 */
export function planCustomisation(pass: LabeledPass, label: Text, collapsed: string): boolean {
  if (!isCustomisationLabel(collapsed)) return false;
  const anchor = anchorOf(label, collapsed);
  const block = anchor.parentElement;
  if (!block) return false;
  const lines: Node[] = [];
  for (let next = anchor.nextSibling; next; next = next.nextSibling) lines.push(next);
  // The block opened by its label carries the lines' copies too (data-customization='{"texte": …}').
  let opens = true;
  for (let before = anchor.previousSibling; before; before = before.previousSibling)
    if (collapse(before.textContent ?? '') !== '') opens = false;
  const holders: Element[] = opens ? [block] : [];
  for (const node of lines) {
    if (node.nodeType === ELEMENT_NODE)
      holders.push(node as Element, ...Array.from((node as Element).querySelectorAll('*')));
    for (const text of textNodesIn(node)) {
      const shown = collapse(text.data);
      pass.claimed.add(text);
      if (!/\p{L}|\d/u.test(shown) || isOptionLine(shown)) continue;
      const lead = /^\s*/.exec(text.data)![0];
      const colon = text.data.search(/[:：]/);
      const prefix = colon > 0 && colon <= 40 ? text.data.slice(0, colon + 1) : lead;
      pass.writes.replaceSlots(
        'message',
        [{ node: text, prefix, value: text.data.slice(prefix.length) }],
        [],
      );
    }
  }
  if (holders.length > 0) pass.ledger.noteRegion('messages');
  for (const holder of holders)
    for (const attribute of Array.from(holder.attributes))
      if (
        COPY_ATTRIBUTE.test(attribute.name) &&
        /\p{L}/u.test(attribute.value) &&
        !isOptionLine(attribute.value)
      )
        pass.writes.setAttribute(holder, attribute.name, PLACEHOLDERS.message);
  return true;
}
