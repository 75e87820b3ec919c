import { collapse, composedText, normalizeLabel } from '../../page/text';
import { textNodesIn } from '../walk';
import { isAccountSwitcher } from './account-switcher';
import { POSTCODE_ANYWHERE, POSTCODE_CITY } from './patterns';
import type { PlannedWrites } from './planned-writes';

// The seller's own return address beside the buyer's on a return's row ("Return to (your return
// address)", or "Rücksendeadresse" over the shop's own firm): where the goods come back, needed
// to check a return label, and no customer's. Kept when its heading says it is the seller's, or
// its first line is the account switcher's shop ("Kaffeewerk Spree" | Deutschland → "Kaffeewerk
// Spree GmbH"); a heading naming the buyer never is.

const SELLERS_OWN =
  /\b(?:your|votre|vos|ihre|ihr|tu|tus|su|tuo|tua|il tuo|la tua)\b.*(?:address|adresse|direccion|indirizzo)|(?:address|adresse|direccion|indirizzo).*\b(?:your|votre|ihre|tu|tuo|tua)\b/;
const RETURN_ADDRESS =
  /return address|return to|adresse de retour|rucksendeadresse|retourenadresse|direccion de devolucion|indirizzo (?:di|per il) reso/;
const NAMES_BUYER = /buyer|customer|acheteur|client|kaufer|kunde|comprador|cliente|acquirente/;
const POSTCODE_CITY_ONE = new RegExp(POSTCODE_CITY.source, 'u');
const US_CITY_ZIP = /,\s[A-Z]{2}\s\d{5}(?:-\d{4})?$/;

/** The account switcher's shop ("<shop> | <country>"), read once per document. */
const shops = new WeakMap<Document, string | null>();
function shopOf(doc: Document): string | null {
  if (!shops.has(doc)) {
    const found = textNodesIn(doc.body ?? doc.documentElement)
      .map((text) => collapse(text.data))
      .find(isAccountSwitcher);
    shops.set(doc, found ? normalizeLabel(found.split(' | ')[0]!) : null);
  }
  return shops.get(doc) ?? null;
}

/** Keeps the address's lines as they are when the block is the seller's own return address. */
export function keepSellerReturnAddress(element: Element, writes: PlannedWrites): boolean {
  const heading = element.firstElementChild;
  if (!heading || !/^h[1-6]$/.test(heading.localName)) return false;
  const label = normalizeLabel(composedText(heading, 80) ?? '');
  if (label === '' || NAMES_BUYER.test(label) || !RETURN_ADDRESS.test(label)) return false;
  const blocks = Array.from(element.children)
    .slice(1)
    .filter((child) => (composedText(child, 120) ?? '') !== '');
  const lines = blocks.map((child) => composedText(child, 120)!);
  // The address's own lines, up to its postcode's; what follows (a note, a link) is not kept.
  const postcode = lines.findIndex(
    (line) => POSTCODE_CITY_ONE.test(line) || POSTCODE_ANYWHERE.test(line) || US_CITY_ZIP.test(line),
  );
  if (postcode < 1 || postcode > 4 || lines.slice(0, postcode + 1).some((line) => line.includes('@')))
    return false;
  const shop = element.ownerDocument ? shopOf(element.ownerDocument) : null;
  const ownShop = shop !== null && shop.length >= 4 && normalizeLabel(lines[0]!).startsWith(shop);
  if (!SELLERS_OWN.test(label) && !ownShop) return false;
  for (const block of blocks.slice(0, postcode + 1))
    for (const text of textNodesIn(block)) writes.kept.set(text, 'verbatim');
  return true;
}
