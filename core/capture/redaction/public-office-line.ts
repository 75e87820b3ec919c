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

// A carrier's own site named with its address in a tracking event ("Pris en charge à l’agence
// Colissimo Lyon Gerland, 18 avenue Tony Garnier, 69007 Lyon", "Arrived at USPS Regional
// Facility, …, Billings, MT 59101", "PostNL Sorteercentrum Amsterdam, Kabelweg 37, 1014 BA
// Amsterdam"): a depot or a sorting centre, where the parcel passed, no one's home. Its name
// holds the carrier and a word for a site, beside each other, so that "delivered by DPD, 12 rue
// …" (the customer's street after a carrier's name) is no site. Kept up to its postcode.

/** Carriers by the names their sites carry, more than the reader's list: postal operators abroad. */
const SITE_CARRIERS = [
  ...['Colissimo', 'Chronopost', 'La Poste', 'DPD', 'DHL', 'Deutsche Post', 'Hermes', 'GLS', 'UPS'],
  ...['FedEx', 'TNT', 'USPS', 'Royal Mail', 'Parcelforce', 'Evri', 'Correos', 'Correos Express'],
  ...['SEUR', 'MRW', 'Nacex', 'Poste Italiane', 'BRT', 'SDA', 'An Post', 'bpost', 'PostNL', 'Post NL'],
  ...['Swiss Post', 'Die Post', 'Österreichische Post', 'Poczta Polska', 'InPost', 'CTT', 'Amazon Logistics'],
];
/** Words for a carrier's site, in the five languages and Dutch. */
const SITE_WORDS = [
  ...['facility', 'distribution center', 'distribution centre', 'mail centre', 'mail center'],
  ...['sorting centre', 'sorting center', 'sorting office', 'delivery office', 'processing center'],
  ...['processing centre', 'depot', 'hub', 'agence', 'site', 'centre de tri', 'plateforme'],
  ...['plate-forme', 'centre courrier', 'dépôt', 'Filiale', 'Paketzentrum', 'Briefzentrum'],
  ...['Zustellbasis', 'Verteilzentrum', 'Sortierzentrum', 'centro de clasificación'],
  ...['centro de tratamiento', 'delegación', 'oficina', 'centro di smistamento', 'centro operativo'],
  ...['deposito', 'sorteercentrum', 'distributiecentrum'],
];
/** Either case for each word's first letter ("Mail Centre", "mail centre"); the rest as written. */
const eitherCase = (words: string) =>
  words
    .split(' ')
    .map((word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`)
    .join('\\s');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);
const CARRIER = `(?:${longestFirst(SITE_CARRIERS).map(eitherCase).join('|')})`;
const SITE = `(?:${longestFirst(SITE_WORDS).map(eitherCase).join('|')})`;
/** A word of the site's name: "Lyon", "Gerland", "X", "17", "de". */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\d'’.-]*|\\d{1,3}|de|du|des|di|del|della|der|la|le)";
/** "agence Colissimo Lyon Gerland", or "An Post Dublin Mail Centre", "PostNL Sorteercentrum Amsterdam". */
const SITE_NAME = `(?:${SITE}(?:\\s(?:de|di|del|du|des|der|of))?\\s${CARRIER}(?:\\s${NAME_WORD}){0,3}|${CARRIER}(?:\\s${NAME_WORD}){0,2}\\s${SITE}(?:\\s${NAME_WORD}){0,3})`;
/** Where the site's address ends: its postcode (US, with a town, Eircode, UK, Polish). */
const TOWN = "\\p{Lu}[\\p{L}'’.]*(?:[\\s-]\\p{Lu}[\\p{L}'’.]*){0,3}";
const POSTCODE_END = `(?:[A-Z]{2}\\s\\d{5}(?:-\\d{4})?|\\d{4,5}(?:\\s[A-Z]{2})?\\s${TOWN}|\\d{2}-\\d{3}\\s${TOWN}|[A-Z]\\d{2}\\s?[A-Z\\d]{4}|[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2})(?![\\p{L}\\d])`;

export const CARRIER_SITE_LINE = new RegExp(
  `(?<![\\p{L}])${SITE_NAME}(?:,\\s[^,;\\n<()]{1,60}?){0,4},\\s${POSTCODE_END}`,
  'gu',
);
