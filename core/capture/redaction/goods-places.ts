import { headerCellOf } from '../../page/table-grid';
import { composedText } from '../../page/text';
import { personalKindOfLabel } from '../personal-labels';
import { textNodesIn } from '../walk';
import { namesPlaceOfGoods } from './common-words';
import { isIdentifier, personalKindOfIdentifier } from './personal-attributes';

// A town and a postcode are a person's only when the address is. A fulfilment centre's "Ville :
// Saran", "Code postal : 45770" under "Centre de distribution ORY1", a table of warehouses with
// their towns, say where goods are, and a capture of a stock page without them is no use.

/** The labels of a town or a postcode, which alone say nothing of whose they are. */
const TOWN_OR_POSTCODE =
  /city|town|ville|ciudad|citt[aà]|stadt|\bort\b|\bcap\b|postal|plz|zip|localit|localidad/i;
/** "Amazon ORY1", "Amazon LIL1": a fulfilment centre by its code (a code alone may be a SKU's). */
const CENTRE_CODE = /amazon\s+\p{Lu}{3}\d(?![\p{L}\d])/iu;
const CONTEXT_LENGTH = 300;

const namesCentre = (text: string) => namesPlaceOfGoods(text) || CENTRE_CODE.test(text);

/**
 * Whether `element` shows a person's label (a name, a street, a phone…) besides towns and
 * postcodes, in words or as a report's raw column name: a shipments report's "ship-city" sits
 * beside "fulfillment-center-id" and "buyer-name", and is the buyer's town.
 */
function namesPerson(element: Element): boolean {
  return textNodesIn(element).some((text) => {
    const label = (composedText(text, 60) ?? '').replace(/\s*[:：]\s*$/, '');
    if (TOWN_OR_POSTCODE.test(label)) return false;
    if (personalKindOfLabel(label) !== undefined) return true;
    return isIdentifier(label) && personalKindOfIdentifier(label) !== undefined;
  });
}

/** The texts around a label that say whose its value is: its header row, its small containers, the blocks before it. */
function contextsOf(text: Text): Element[] {
  const header = headerCellOf(text);
  if (header?.parentElement) return [header.parentElement];
  const contexts: Element[] = [];
  let node: Element | null = text.parentElement;
  for (let climb = 0; node && climb < 4; climb++, node = node.parentElement) {
    for (
      let before = node.previousElementSibling, n = 0;
      before && n < 2;
      before = before.previousElementSibling, n++
    )
      contexts.push(before);
    if (composedText(node, CONTEXT_LENGTH) !== null) contexts.push(node);
  }
  return contexts;
}

/** Whether a town or postcode label (`label`, in `text`) is a fulfilment centre's, not a person's. */
export function isPlaceOfGoodsLabel(text: Text, label: string): boolean {
  if (!TOWN_OR_POSTCODE.test(label)) return false;
  const contexts = contextsOf(text);
  return (
    contexts.some((context) => namesCentre(composedText(context, CONTEXT_LENGTH) ?? '')) &&
    !contexts.some((context) => composedText(context, CONTEXT_LENGTH) !== null && namesPerson(context))
  );
}
