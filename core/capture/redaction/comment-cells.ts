import { composedText } from '../../page/text';
import { ELEMENT_NODE } from '../walk';

// A comments column's cell holds the customer's words first, then the page's fields about them:
// "Article : Tasse Marie Curie – porcelaine de Limoges", "Arrivé à temps : Non · Conforme à la
// description : Non" (Feedback Manager). Those lines are Seller Central's, about the order, and
// the product's title is what a report needs: they stay, the words before them go.

/** "Label : value" on a short line of its own. */
const isFieldBlock = (node: Node): boolean => {
  const shown = composedText(node, 160);
  return !!shown && /^[^:：.!?]{1,30}\s?[:：]\s*\S/.test(shown);
};

/** The part of a comments cell that is the comment: the cell, or its blocks before its fields. */
export function commentOfCell(cell: Element): Node[] {
  const blocks = Array.from(cell.childNodes).filter((child) => composedText(child, 0) !== '');
  if (blocks.length < 2 || !blocks.every((block) => block.nodeType === ELEMENT_NODE)) return [cell];
  // The first block is the comment whatever it says; the fields come after it.
  let end = blocks.length;
  while (end > 1 && isFieldBlock(blocks[end - 1]!)) end--;
  return end === blocks.length ? [cell] : blocks.slice(0, end);
}
