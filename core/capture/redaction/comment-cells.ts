import { PAGE_LABELS } from '../../page/labels';
import { composedText, normalizeLabel } from '../../page/text';
import { personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE } from '../walk';

// A comments column's cell holds the customer's words first, then the page's fields about them:
// "Article : Tasse Marie Curie – porcelaine de Limoges", "Arrivé à temps : Non · Conforme à la
// description : Non" (Feedback Manager). Those lines are Seller Central's, about the order, and
// the product's title is what a report needs: they stay, the words before them go. A customer
// writes "X : Y" lines too ("Déposé chez : Gisèle …", review CR2), so a line stays only when each
// of its labels is one Seller Central shows.

/** Feedback Manager's verdict fields, which no label dictionary of the reader holds. */
const FEEDBACK_FIELDS = [
  'Arrivé à temps',
  'Conforme à la description',
  'Arrived on time',
  'Item as described',
  'Pünktlich',
  'Wie beschrieben',
  'Llegó a tiempo',
  'Tal como se describe',
  'Arrivato in tempo',
  'Come descritto',
];
const KNOWN_LABELS = new Set(
  [
    ...FEEDBACK_FIELDS,
    ...Object.values(PAGE_LABELS).flatMap((labels) => Object.values(labels.fields).flat()),
  ].map(normalizeLabel),
);
const isKnownLabel = (label: string): boolean =>
  KNOWN_LABELS.has(normalizeLabel(label)) && personalKindOfLabel(label) === undefined;

/** "Label : value" on a short line of its own, each label of the line Seller Central's. */
const isFieldBlock = (node: Node): boolean => {
  const shown = composedText(node, 160);
  if (!shown || !/^[^:：.!?]{1,30}\s?[:：]\s*\S/.test(shown)) return false;
  return shown
    .split(/\s[·|•]\s/)
    .every((part) => /[:：]/.test(part) && isKnownLabel(part.slice(0, part.search(/[:：]/))));
};

/**
 * The product the row is about, under the comment: its title over a "SKU: … · ASIN: …" line (a
 * custom product's lines under it are the buyer's, replaced by ./customisation-lines.ts).
 */
const isProductBlock = (node: Node): boolean =>
  /(?:^|\s)(?:SKU|ASIN|FNSKU)\s?[:：]\s*[A-Z0-9]/.test((node.textContent ?? '').slice(0, 600));

/** The seller's own reply under a comment ("Public reply (4 Dec 2024): …"), the seller's words. */
const SELLER_REPLY =
  /^(?:public reply|your (?:public )?(?:reply|response)|seller(?:['’]s)? (?:reply|response)|réponse publique|votre réponse|réponse du vendeur|öffentliche antwort|ihre antwort|antwort des verkäufers|respuesta pública|tu respuesta|respuesta del vendedor|risposta pubblica|la tua risposta|risposta del venditore)\b/i;
const isSellerReply = (node: Node): boolean =>
  SELLER_REPLY.test((node.textContent ?? '').trim().slice(0, 80));

/** A block after the comment that is the page's or the seller's, not the customer's words. */
const isPageBlock = (node: Node): boolean =>
  isFieldBlock(node) || isProductBlock(node) || isSellerReply(node);

/** A cell wrapped in one box (`<td><div class="a-box">…</div></td>`): the box's blocks. */
function blocksOf(cell: Element): ChildNode[] {
  let holder: Element = cell;
  for (;;) {
    const shown = Array.from(holder.childNodes).filter((child) => composedText(child, 0) !== '');
    if (shown.length !== 1 || shown[0]!.nodeType !== ELEMENT_NODE) return shown;
    holder = shown[0] as Element;
  }
}

/**
 * The row's own caption in bold or as a heading ("Votre réponse publique (publiée le 5 déc.
 * 2024)" over the seller's reply): the page's markup, never the customer's plain text.
 */
const isCaption = (node: Node): boolean => {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  const shown = composedText(element, 80);
  if (!shown || /[.!?]$/.test(shown)) return false;
  if (/^h[1-6]$/.test(element.localName) || /\bbold\b|-bold\b/.test(element.getAttribute('class') ?? ''))
    return true;
  const bold = element.querySelector('b,strong');
  return bold !== null && composedText(bold, 80) === shown;
};

/** The part of a comments cell that is the comment: the cell, or its blocks between caption and fields. */
export function commentOfCell(cell: Element): Node[] {
  const blocks = blocksOf(cell);
  if (blocks.length < 2 || !blocks.every((block) => block.nodeType === ELEMENT_NODE)) return [cell];
  const start = isCaption(blocks[0]!) ? 1 : 0;
  // The first block after a caption is the comment whatever it says; the fields come after it.
  let end = blocks.length;
  while (end > start + 1 && isPageBlock(blocks[end - 1]!)) end--;
  return start === 0 && end === blocks.length ? [cell] : blocks.slice(start, end);
}
