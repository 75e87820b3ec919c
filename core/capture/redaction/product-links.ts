import { textNodesIn } from '../walk';
import type { PlannedWrites } from './planned-writes';

// A link to a product's detail page shows the catalogue's title: "Plaque de rue émaillée « 12 rue
// des Lilas »", "Tasse Marie Curie". A street, a postcode or a famous name in it is the product's,
// not anyone's, so its text is kept as written (a name removed elsewhere on the page is still
// chased in it). On pages the reader does not read (inventory, listings) nothing else says so.

/** amazon.fr/dp/B0BX7LM3QD, /gp/product/B0…, relative or absolute. */
const PRODUCT_PAGE =
  /(?:^|\/\/(?:www\.)?amazon\.[a-z.]+)\/(?:[^/?#]+\/)?(?:dp|gp\/product)\/[A-Z0-9]{10}(?:[/?#]|$)/;

/** Keeps the text of a product page's link; true when `element` is one. */
export function keepProductLink(element: Element, writes: PlannedWrites): boolean {
  if (element.localName !== 'a' || !PRODUCT_PAGE.test(element.getAttribute('href') ?? '')) return false;
  for (const text of textNodesIn(element)) writes.kept.set(text, 'verbatim');
  return true;
}
