import { escapeRegExp } from './patterns';

// The seller's own firm with its address on one line ("Dirección de devolución predeterminada:
// Cerámicas del Turia S.L., Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 27, 46988
// Paterna (Valencia)", "Adresse d’expédition de vos envois : Atelier Marceau SARL, 14 rue de
// l’Industrie, 69200 Vénissieux"): where returns come back and inbound shipments leave from,
// no customer's. Kept whole when it opens with the shop the account switcher names ("Atelier
// Marceau | France") followed by a company form; a buyer's firm is no such shop.

export const COMPANY_FORM =
  '(?:S\\.?\\s?à\\s?r\\.?\\s?l\\.?|SARL|SAS|SA|EURL|GmbH|UG|AG|KG|e\\.K\\.|Ltd\\.?|Limited|LLP|plc|LLC|Inc\\.?|S\\.L\\.U?\\.?|S\\.A\\.|S\\.r\\.l\\.|Srl|S\\.p\\.A\\.|SpA|S\\.n\\.c\\.|S\\.a\\.s\\.|s\\.r\\.l\\.|s\\.l\\.|s\\.n\\.c\\.|snc)';

// Review CR2: a buyer's firm may open with the shop's name ("Atelier Marceau Dubreuil SARL"), and
// a free town part ran on past the town ("69200 Vénissieux – de Mme Dubreuil, 06 …") or over a
// second address to its postcode. So the company form comes right after the shop's name, no part
// before the postcode holds one, and the town is capitalised words (particles between them) that
// end at a dash, a stop or the line's end.
const PART = '(?:(?:,|\\s·)\\s(?![^,;\\n]*(?<![\\w-])(?:[A-Z]{1,2}-?)?\\d{4,5}\\s)[^,;\\n]{1,60})';
const TOWN_WORD = "\\p{Lu}[\\p{L}'’.]*";
const TOWN_PARTICLE = "(?:am|an|im|der|de|du|des|la|le|les|lès|sur|sous|en|di|del|dei|della|d['’])";
const TOWN = `${TOWN_WORD}(?:(?:-|\\s)(?:${TOWN_PARTICLE}(?:-|\\s))*${TOWN_WORD})*`;
const TOWN_END = '(?=\\s?[–—,.;|·•]|\\s-\\s|\\s*$)';

/** The shop's firm, then up to three comma-separated parts, the last a postcode and its town. */
export function sellerFirmLine(shop: string | undefined): RegExp | undefined {
  if (!shop || shop.length < 4) return undefined;
  // The switcher may name the firm with its form already ("Wanderbedarf Lenz e.K. · Deutschland").
  const form = new RegExp(`\\s${COMPANY_FORM}$`).test(shop) ? '' : `,?\\s${COMPANY_FORM}`;
  return new RegExp(
    `(?<![\\p{L}])${escapeRegExp(shop)}${form}${PART}{0,3},\\s(?:[A-Z]{1,2}-?)?\\d{4,5}\\s${TOWN}(?:\\s\\([^()\\n]{2,30}\\))?${TOWN_END}`,
    'gu',
  );
}
