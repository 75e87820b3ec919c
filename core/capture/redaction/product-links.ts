import { collapse } from '../../page/text';
import { textNodesIn } from '../walk';
import { HONORIFIC_NAME } from './patterns';
import type { PlannedWrites } from './planned-writes';
import { ROLE_NAME } from './role-names';

// A link to a product's detail page shows the catalogue's title: "Plaque de rue émaillée « 12 rue
// des Lilas »", "Tasse Marie Curie". A street, a postcode or a famous name in it is the product's,
// not anyone's, so its text is kept as written (a name removed elsewhere on the page is still
// chased in it). On pages the reader does not read (inventory, listings) nothing else says so.
// Review CR2 found the same address around other things: a whole item card with "Destinataire :
// …" lines in it, and a gift from a buyer's wish list ("…?colid=…", "Wunschliste von Frau …").
// So only a title is kept: one short line, no label, no person named by a title or a role.

/** amazon.fr/dp/B0BX7LM3QD, /gp/product/B0…, relative or absolute. */
const PRODUCT_PAGE =
  /(?:^|\/\/(?:www\.)?amazon\.[a-z.]+)\/(?:[^/?#]+\/)?(?:dp|gp\/product)\/[A-Z0-9]{10}(?:[/?#]|$)/;
/** A wish list's or a registry's item: the list is a person's ("colid", "coliid", "lid"). */
const PERSONAL_LIST = /[?&;](?:colid|coliid|lid|registryid|listid)=|\/(?:wishlist|registry)\//i;
const BLOCKS = 'address,article,blockquote,br,div,dl,h1,h2,h3,h4,h5,h6,li,ol,p,section,table,ul';
const MOST = 200;

const HONORIFIC = new RegExp(HONORIFIC_NAME.source, 'u');
const ROLE = new RegExp(ROLE_NAME.source, 'u');

/** A catalogue title: one line, short, no "Label :", nobody named by a title or a role. */
function isTitleOnly(element: Element): boolean {
  if (element.querySelector(BLOCKS)) return false;
  const shown = collapse(element.textContent ?? '');
  return (
    shown.length > 0 &&
    shown.length <= MOST &&
    !/[:：]\s/.test(shown) &&
    !HONORIFIC.test(shown) &&
    !ROLE.test(shown)
  );
}

/** Keeps the text of a product page's link; true when `element` is one. */
export function keepProductLink(element: Element, writes: PlannedWrites): boolean {
  if (element.localName !== 'a') return false;
  const href = element.getAttribute('href') ?? '';
  if (!PRODUCT_PAGE.test(href) || PERSONAL_LIST.test(href) || !isTitleOnly(element)) return false;
  for (const text of textNodesIn(element)) writes.kept.set(text, 'verbatim');
  return true;
}
