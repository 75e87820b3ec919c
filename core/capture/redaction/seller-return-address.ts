import { composedText, normalizeLabel } from '../../page/text';
import { textNodesIn } from '../walk';
import { shopOfDocument } from './account-switcher';
import { hasPostcode, linesOf } from './address-blocks';
import { POSTCODE_ANYWHERE, POSTCODE_CITY } from './patterns';
import type { PlannedWrites } from './planned-writes';
import { COMPANY_FORM } from './seller-firm-line';

// The seller's own return address beside the buyer's on a return's row ("Return to (your return
// address)", or "Rücksendeadresse" over the shop's own firm): where the goods come back, needed
// to check a return label, and no customer's. Kept when its heading says it is the seller's, or
// its first line is the account switcher's shop ("Kaffeewerk Spree" | Deutschland → "Kaffeewerk
// Spree GmbH"); a heading naming the buyer never is. Without such a heading, a block of lines
// opened by the shop itself is the seller's address wherever it is printed (`keepShopAddress`).

const SELLERS_OWN =
  /\b(?:your|votre|vos|ihre|ihr|tu|tus|su|tuo|tua|il tuo|la tua)\b.*(?:address|adresse|direccion|indirizzo)|(?:address|adresse|direccion|indirizzo).*\b(?:your|votre|ihre|tu|tuo|tua)\b/;
const RETURN_ADDRESS =
  /return address|return to|adresse de retour|rucksendeadresse|retourenadresse|direccion de devolucion|indirizzo (?:di|per il) reso/;
const NAMES_BUYER = /buyer|customer|acheteur|client|kaufer|kunde|comprador|cliente|acquirente/;
const POSTCODE_CITY_ONE = new RegExp(POSTCODE_CITY.source, 'u');
const US_CITY_ZIP = /,\s[A-Z]{2}\s\d{5}(?:-\d{4})?$/;

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
  const shop = element.ownerDocument ? shopOfDocument(element.ownerDocument) : null;
  const ownShop =
    shop !== null && shop.length >= 4 && normalizeLabel(lines[0]!).startsWith(normalizeLabel(shop));
  if (!SELLERS_OWN.test(label) && !ownShop) return false;
  for (const block of blocks.slice(0, postcode + 1))
    for (const text of textNodesIn(block)) writes.kept.set(text, 'verbatim');
  return true;
}

/**
 * A line saying whom the block is for: "z. Hd. Tobias Brandt", "Attn: Gareth Hollis", "c/o …",
 * "À l'attention de …", "Alla c.a. di …". The shop's address with a person in it is where a
 * removal goes to someone, whose name and line are theirs.
 */
const FOR_SOMEONE =
  /^(?:z\.\s?h(?:d|rn?)?\.|attn\b|attention\b|[àa] l['’]attention|c\/o\b|℅|a\/a\b|att\.|all['’]attenzione|alla c\.a\.|c\.a\.|zu h(?:ä|ae)nden)/i;
const WITH_COMPANY_FORM = new RegExp(`^\\s*,?\\s*${COMPANY_FORM}$`);

/** Whether an address's first line is the shop: its name, or its name and a company form. */
function opensWithShop(line: string, shop: string): boolean {
  const name = normalizeLabel(shop);
  const first = normalizeLabel(line);
  if (first === name) return true;
  return first.startsWith(`${name} `) && WITH_COMPANY_FORM.test(line.slice(shop.length));
}

/**
 * The seller's own address wherever it is printed (a return label's sender, "Returns address",
 * "Remitente", a return's ship-to beside the buyer's): a block of lines opened by the account
 * switcher's shop, with a postcode, for no one in particular. Kept as it is; a buyer's address
 * in the same shape beside it is opened by a person.
 */
export function keepShopAddress(element: Element, writes: PlannedWrites): boolean {
  const lines = linesOf(element);
  if (!lines || lines.length < 2 || lines.length > 8) return false;
  const shop = element.ownerDocument ? shopOfDocument(element.ownerDocument) : null;
  if (!shop || shop.length < 4 || !opensWithShop(lines[0]!, shop)) return false;
  if (!lines.slice(1).some(hasPostcode)) return false;
  if (lines.some((line) => line.includes('@') || FOR_SOMEONE.test(line))) return false;
  for (const text of textNodesIn(element)) writes.kept.set(text, 'verbatim');
  return true;
}
