import { collapse, composedText } from '../../page/text';
import { textNodesIn } from '../walk';
import { isAccountSwitcher } from './account-switcher';
import { escapeRegExp } from './patterns';

// The seller's own firm with its address on one line ("Dirección de devolución predeterminada:
// Cerámicas del Turia S.L., Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 27, 46988
// Paterna (Valencia)", "Adresse d’expédition de vos envois : Atelier Marceau SARL, 14 rue de
// l’Industrie, 69200 Vénissieux"): where returns come back and inbound shipments leave from,
// no customer's. Kept whole when it opens with the shop the account switcher names ("Atelier
// Marceau | France") followed by a company form; a buyer's firm is no such shop.

const COMPANY_FORM =
  '(?:S\\.?\\s?à\\s?r\\.?\\s?l\\.?|SARL|SAS|SA|EURL|GmbH|UG|AG|KG|e\\.K\\.|Ltd\\.?|Limited|LLP|plc|LLC|Inc\\.?|S\\.L\\.U?\\.?|S\\.A\\.|S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|S\\.n\\.c\\.|S\\.a\\.s\\.)';

/** The shop the header's account switcher names, its parts in one element or in several. */
export function shopOfSwitcher(root: Node): string | undefined {
  for (const text of textNodesIn(root)) {
    if (!text.data.includes('|')) continue;
    const holder = text.parentElement;
    const shown = holder ? collapse((composedText(holder, 120) ?? '').replace(/[▾▼⌄]/g, '')) : '';
    if (isAccountSwitcher(shown)) return shown.split(' | ')[0];
  }
  return undefined;
}

/** The shop's firm, then up to four comma-separated parts, the last a postcode and its town. */
export function sellerFirmLine(shop: string | undefined): RegExp | undefined {
  if (!shop || shop.length < 4) return undefined;
  return new RegExp(
    `(?<![\\p{L}])${escapeRegExp(shop)}[^,;\\n]{0,30}?\\s${COMPANY_FORM}(?:,\\s[^,;\\n]{1,60}){0,3},\\s(?:[A-Z]{1,2}-?)?\\d{4,5}\\s[^,;\\n()]{2,40}(?:\\s\\([^()\\n]{2,30}\\))?`,
    'gu',
  );
}
