import { isCountryName } from '../personal-labels';

// Seller Central's header names the seller's own account beside the marketplace: "Ceramiche
// Mancuso | Italia", "Brandt Kaffeerösterei GmbH | Deutschland". A sole trader's shop carries
// their surname, which a page may also show as a person's (the removal shipped to their home):
// the shop's name is the page's, kept as a field's value, its words not chased as a name's.

/** Whether a text is the account switcher's "<shop> | <country>". */
export function isAccountSwitcher(collapsed: string): boolean {
  const parts = collapsed.split(' | ');
  return parts.length === 2 && parts[0]!.length <= 80 && isCountryName(parts[1]!);
}
