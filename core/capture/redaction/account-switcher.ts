import { collapse, composedText } from '../../page/text';
import { isCountryName } from '../personal-labels';
import { textNodesIn } from '../walk';

// Seller Central's header names the seller's own account beside the marketplace: "Ceramiche
// Mancuso | Italia", "Brandt Kaffeerösterei GmbH | Deutschland", or with a middle dot ("Hartwell
// Print Studio Ltd · United Kingdom"). A sole trader's shop carries their surname, which a page
// may also show as a person's (the removal shipped to their home): the shop's name is the page's,
// kept as a field's value, its words not chased as a name's.

/** The page's banner, where the account switcher is: never a list's or an address's line. */
const BANNER = 'header,[role="banner"]';

/**
 * Whether a text is the account switcher's "<shop> | <country>"; "<shop> · <country>" (or "–")
 * only in the page's banner (`holder`), since a list's line "Róża Kamińska · Polen" is a person's.
 */
export function isAccountSwitcher(collapsed: string, holder?: Element | null): boolean {
  const pipe = collapsed.split(' | ');
  if (pipe.length === 2 && pipe[0]!.length <= 80 && isCountryName(pipe[1]!)) return true;
  const dot = collapsed.split(/ [·–—] /);
  if (dot.length === 3 && BRAND.test(dot[0]!)) dot.shift();
  return dot.length === 2 && dot[0]!.length <= 80 && isCountryName(dot[1]!) && !!holder?.closest(BANNER);
}

/** A banner's one line may open with the brand: "amazon seller central · <shop> · <country>". */
const BRAND = /^(?:amazon\s)?seller\s?central$/i;

/**
 * The shop the header's account switcher names, its parts in one element or in several
 * (`<span>Atelier Martin Frères</span> <span>| France</span>`: the separator's parent holds both).
 */
export function shopOfSwitcher(root: Node): string | undefined {
  for (const text of textNodesIn(root)) {
    if (!/[|·–—]/.test(text.data)) continue;
    for (let holder = text.parentElement, up = 0; holder && up < 2; holder = holder.parentElement, up++) {
      const shown = collapse((composedText(holder, 120) ?? '').replace(/[▾▼⌄]/g, ''));
      if (isAccountSwitcher(shown, holder)) return shown.split(/ [|·–—] /).slice(-2)[0];
    }
  }
  return undefined;
}

/** The shop of a document's account switcher, read once per document. */
const shops = new WeakMap<Document, string | null>();
export function shopOfDocument(doc: Document): string | null {
  if (!shops.has(doc)) shops.set(doc, shopOfSwitcher(doc.body ?? doc.documentElement) ?? null);
  return shops.get(doc) ?? null;
}
