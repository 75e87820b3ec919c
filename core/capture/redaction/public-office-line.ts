// A post office or a parcel shop named with its street in a carrier's notice ("in giacenza presso
// l'ufficio postale di Milano Centro, Piazza Cordusio 1", "disponible au bureau de poste Lyon
// Bellecour, 10 place Antonin Poncet"): a public counter anyone may walk into, where the parcel
// waits, and what the seller needs to tell the buyer; no one's home. Only the street right after
// the office's name is kept, with its postcode and town when they follow.

const OFFICES = [
  'ufficio postale',
  'ufficio poste',
  'punto di ritiro',
  'punto ritiro',
  'bureau de poste',
  'agence postale',
  'point relais',
  'point retrait',
  'Postfiliale',
  'Paketshop',
  'oficina de Correos',
  'punto de recogida',
  'post office',
  'parcel shop',
  'pickup point',
  'pick-up point',
];

/**
 * The office, up to four words of its name, then a street with its number before it (fr, en) or
 * after it (it, es, de), and a postcode with its town when they follow.
 */
export const PUBLIC_OFFICE_LINE = new RegExp(
  `(?<![\\p{L}])(?:${OFFICES.join('|')})(?:\\s(?:di|de|du|des|del|della|in|at|der|of))?(?:\\s[\\p{Lu}\\d][\\p{L}\\d'’.-]*){0,4},\\s(?:\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s[^,;.\\n<\\d]{3,40}?(?=[,;.]|$)|[^,;\\n<]{3,40}?\\s\\d{1,4}(?:\\s?[A-Za-z])?(?![\\p{L}\\d]))(?:,\\s\\d{4,5}\\s\\p{Lu}[\\p{L}'’ -]{1,30})?`,
  'giu',
);
