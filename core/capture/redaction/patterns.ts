// The shapes of personal data and of the ids kept beside it, as the redaction looks for them
// anywhere in a page's text (issue 12). Patterns only: what is done with a match is the plan's.

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
export const HAS_EMAIL = new RegExp(EMAIL.source);
/**
 * "Durchwahl 27-15", "ext. 4402", "poste 2715": an extension, too short for a phone's shape, is
 * the direct line of the person it follows; the word before it says what the digits are.
 */
export const PHONE_EXTENSION =
  /(?<![\p{L}])((?:Durchwahl|Nebenstelle|[Ee]xt\.?|[Ee]xtension|[Ee]xtensión|[Ii]nterno tel\.?|poste)\s?:?\s?)(\d[\d -]{0,6}\d|\d)(?![\d\p{L}])/gu;
/**
 * Phone numbers; each candidate's digits are counted before it is taken (`PHONE_DIGITS`). The
 * national forms repeat one separator throughout, so that a date followed by a time
 * ("06.12.2024 10:30") is not taken for a number. A number right after "#" is an order's or a
 * shop's reference ("#0478221904"), never dialled.
 */
export const PHONES: readonly RegExp[] = [
  // +33 6 12 34 56 78, +44 20 7946 0958, +49 30 1234567, +34 612 345 678, +39 06 1234 5678, +1 555 123 4567
  /(?<![#\w+])\+\d{1,3}(?:[ .-]?\(0\))?(?:[ .-]?\(?\d{1,5}\)?){2,6}(?![\w-])/g,
  // 0049 171 2345678, 0039 045 801 2274, 0033 6 12 34 56 78: the same, "+" dialled as "00";
  // "0049 (0)30 12345678" with the trunk zero in brackets and no space after it
  /(?<![#\w+])00[1-9]\d{0,2}(?:[ .-]?\(0\)[ .-]?\d{1,8}|[ .-]\(?\d{1,8}\)?)(?:[ .-]\(?\d{1,8}\)?){1,5}(?![\w-])/g,
  // (555) 123-4567, 555-123-4567, 555.123.4567
  /(?<![#\w(+-])(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}(?![\w-])/g,
  // 06 12 34 56 78, 06.12.34.56.78, 06-12-34-56-78, 0612345678
  /(?<![#\w+.-])0[1-9](?:\d{8}|([ .-])\d{2}(?:\1\d{2}){3})(?![\w-]|[.]\d)/g,
  // 020 7946 0958, 030 1234567, 030/1234567, 06 1234 5678, 0171 2345678
  /(?<![#\w+./-])0\d{1,4}[ /](?:\d{3,4} \d{3,4}|\d{4,8})(?![\w-]|[ .]\d)/g,
  // 612 345 678, 91 123 45 67
  /(?<![#\w+./-])(?:[6789]\d{2} \d{3} \d{3}|[89]\d \d{3} \d{2} \d{2})(?![\w-]|[ .]\d)/g,
  // es mobiles with dots or dashes: 654.908.312, 612-345-678, 688 21 09 47
  /(?<![#\w+./-])[67]\d{2}(?:([.-])\d{3}\1\d{3}|([ .])\d{2}\2\d{2}\2\d{2})(?![\w-]|[ .]\d)/g,
  // es numbers in pairs after three digits: 944 12 34 56, 688-21-43-09, 912.34.56.78
  /(?<![#\w+./-])[6789]\d{2}([ .-])\d{2}\1\d{2}\1\d{2}(?![\w-]|[ .]\d)/g,
  // it mobiles: 333.456.78.90, 347 123 4567, 333-4567890
  /(?<![#\w+./-])3\d{2}(?:([ .])\d{3}\1\d{2}\1\d{2}|([ .-])\d{3}\2?\d{4})(?![\w-]|[ .]\d)/g,
  // it landlines in groups after the area code: 081 764 33 18, 02 8734 22 10, 0549 90 51 12
  /(?<![#\w+./-])0\d{1,3} \d{2,4}(?: \d{2}){2}(?![\w-]|[ .]\d)/g,
];
export const PHONE_DIGITS = { min: 9, max: 15 };
/** A phone number on its own (a line of an address block, a value after "Téléphone"). */
export const LOOKS_LIKE_PHONE = /^[+(]?[\d][\d ()./-]{6,20}$/;

/** "69003 Lyon", "10115 Berlin", "28013 Madrid", "00184 Roma": five digits, then a capitalized place. */
export const POSTCODE_CITY =
  /(?<![\w-])\d{5}[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*)(?:[ -](?:\p{Lu}[\p{L}'’.-]*|sur|sous|le|la|les|de|du|des|am|an|im|di|del|de la))*(?![\p{L}\d])/gu;
/**
 * "SW1A 1AA", "NW1 6XE" (UK), with the town that precedes it on the line ("London SW1A 1AA",
 * "Bristol, BS8 1TH"): British addresses put the town first.
 */
export const UK_POSTCODE =
  /(?<![\w-])(?:\p{Lu}[\p{L}'’.-]*(?: (?:upon|on|under|\p{Lu}[\p{L}'’.-]*)){0,2},? )?[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\w-])/gu;
/** "NY 10001", "CA 94103-1234" (US state and ZIP code). */
export const US_STATE_ZIP = /(?<![\w-])[A-Z]{2}[ \u00a0]+\d{5}(?:-\d{4})?(?![\w-])/g;
/**
 * A postcode inside a line of an address block ("London NW1 6XE", "Roma 00184"), also with its
 * halves in two boxes ("London, W11 / 2NN").
 */
export const POSTCODE_ANYWHERE = /(?<![\w-])(?:\d{5}|[A-Z]{1,2}\d[A-Z\d]?(?: | ?[/·|] ?)\d[A-Z]{2})(?![\w-])/;
/** A postcode alone, as the line of an address block (also Poland's "80-831 Gdańsk"). */
export const POSTCODE_LINE =
  /^(?:\d{4,5}|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?)(?:[ ,]|$)/;

export const STREETS: readonly RegExp[] = [
  // fr: 12 rue des Lilas, 3 bis avenue Foch, 8, boulevard Haussmann
  /(?<![\w-])\d{1,4}(?: ?(?:bis|ter|[A-Za-z]))?,? (?:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|place|route|quai|cours|square|passage|résidence|lotissement|hameau)\b[^\n\t,;<]{0,40}/giu,
  // en: 221B Baker Street, 10 Downing St, 1600 Pennsylvania Avenue NW
  /(?<![\w-])\d{1,5}[A-Za-z]? (?:\p{Lu}[\p{L}'.-]* ){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Close|Way|Court|Ct\.?|Boulevard|Blvd\.?|Place|Pl\.?|Terrace|Crescent|Gardens|Square|Parkway)(?![\p{L}])(?: (?:NW|NE|SW|SE|N|S|E|W)\b)?/gu,
  // de: Hauptstraße 5, Lindenweg 12a, Bahnhofstr. 3; nl (Belgium, the Netherlands): Wetstraat 16, Dorpslaan 3
  // A street named after a person joins its parts by hyphens, the last capitalized: Theodor-Heuss-Ring 7
  // A size or a count after the number is a product's ("Edelstahl-Ring 6 mm", "Schlüssel-Ring 10
  // Stück": review CR2), never a house's.
  /(?<![\p{L}-])\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|straat|laan|plein|steenweg|dreef|gracht|kade|-(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer|Chaussee))(?: \d{1,4} ?[a-zA-Z]?)(?![\w])(?!\s?(?:mm|cm|m|km|kg|g|mg|ml|l|Stück|Stk|St|Paar|Set|x|×|%|Zoll|mAh|V|W|Gr)(?![\p{L}]))/gu,
  // cy: Welsh streets put their kind first and may have no English name: 16 Heol y Bont, Llandeilo
  // (with the town after the comma, which no postcode announces)
  /(?<![\w-])\d{1,4}[A-Za-z]?,? (?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Maes|Cae|Bryn|Ffos)(?: (?:yr?(?![\p{L}])|\p{Lu}[\p{L}'’-]*)){1,3}(?:, \p{Lu}[\p{L}'’-]+(?![\p{L}\d]))?/gu,
  // fr in Belgium, Switzerland, Luxembourg: the number after the street (Rue de la Loi 16, Avenue Louise 149 bte 3)
  // Its words are names or particles, and its number no decimal: "Rue du Commerce câble HDMI 2.1"
  // is a product title (a shop's name, then the product's own words).
  /(?<![\p{L}])(?:Rue|Avenue|Boulevard|Chaussée|Place|Chemin|Quai|Allée|Impasse|Drève|Clos|Square)(?: (?:\p{Lu}[\p{L}'’-]*|[ld]['’]\p{Lu}[\p{L}'’-]*|(?:de|du|des|la|le|les|aux|au|sur|en)(?= )))+? \d{1,4}(?: ?[A-Za-z](?![\p{L}]))?(?: (?:bte|bus|boîte) ?\d{1,4})?(?![\w]|[.,]\d)/gu,
  // es: Calle Mayor 12, 3º B; Avenida de la Constitución 5; C/ Luna 7
  /(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Plaza|Pza\.?|Paseo|Camino|Carretera|Ronda|Travesía)\s[^\n\t,;<\d]{1,40}?\s?\d{1,4}(?:\s*,\s*\d{1,2}(?!\d)\s?[ºª°]?(?:\s?[A-Z](?![\p{L}]))?)?/gu,
  // it: Via Roma 1, Viale dei Mille 22/B, Piazza Navona 3
  /(?<![\p{L}])(?:Via|Viale|Piazza|P\.zza|Corso|Vicolo|Largo|Strada|Contrada)\s[^\n\t,;<\d]{1,40}?,?\s\d{1,4}(?:\/?[A-Za-z])?(?![\w])/gu,
  // de: a parcel locker or a post office as the address, with the customer's DHL number; a PO
  // box is a home's address too: Postfach 412 (de, ch, at), PO Box 1187 (en)
  /(?<![\p{L}])(?:(?:Packstation|Postfiliale|Paketshop|Postnummer)\s?:?\s?\d{3,10}|(?:Postfach|P\.?\s?O\.?\s?Box)\s\d{1,6})(?!\d)/gu,
  // pl: ul. Długa 12 m. 4, al. Jerozolimskie 65/79 (the street's kind abbreviated before its name)
  /(?<![\p{L}])(?:ul|al|pl|os)\.\s\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}\s\d{1,4}[A-Za-z]?(?:(?:\s?m\.\s?|\/)\d{1,4})?(?![\p{L}\d])/gu,
  // en: Flat 2, 31 Palace Street; Apartment 1203, Piccadilly Place (no house number)
  /(?<![\p{L}])(?:Flat|Apartment|Apt\.?|Unit|Suite)\s[\w-]{1,6},\s(?:\d{1,5}[A-Za-z]?\s)?(?:\p{Lu}[\p{L}'.-]*\s){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Way|Court|Place|Terrace|Crescent|Gardens|Square|Parkway)(?![\p{L}])/gu,
];
/**
 * What follows a street on its line and says where in the building: "scala B, int. 5", "3º 2ª",
 * "bajo", "2e étage", "Hinterhaus 2. OG", "Apt 4B", "Portal 3, Esc. B", "Gebäude B". Goes with the
 * street it follows.
 */
export const ADDRESS_DETAIL =
  /(?:,? (?:scala|int\.|interno|piano|esc\.|escalera|piso|puerta|bajo|izda\.?|dcha\.?|\d{1,2}\s?[º°ª]|b[âa]t\.|b[âa]timent|étage|esc(?:alier)?\.?|appt\.?|appartement|digicode|portal|bloque|planta|edificio|blocco|palazzina|Gebäude|Aufgang|\d{1,2}(?:e|er|ème) étage|Apt\.?|Apartment|Flat|Unit|Suite|Floor|\d{1,2}\. ?(?:Stock|OG|Etage)|Hinterhaus|Vorderhaus|Seitenflügel|Stock|bureau|oficina|despacho|ufficio|Büro)(?![\p{L}])[^,\n\t<·;]{0,16})+/giu;
/**
 * A person named by a title or a relation: "Herr Özdemir", "Mme Bernadette Roux", "sig.
 * Brambilla", "Familie Schröder-Lindqvist", "tía Montse", "zia Ornella". The title is what makes
 * the next capitalized words a name, wherever they are (a carrier's status, a message).
 */
const HONORIFICS = [
  'Herrn',
  'Herr',
  'Frau',
  'Familie',
  'Monsieur',
  'Madame',
  'Mme',
  'Mlle',
  'famille',
  'Mr',
  'Mrs',
  'Ms',
  'Signor',
  'Signora',
  'Sig.',
  'Sig.ra',
  'famiglia',
  'Señor',
  'Señora',
  'Sr.',
  'Sra.',
  'familia',
  'tante',
  'oncle',
  'Tante',
  'Onkel',
  'Aunt',
  'Uncle',
  'zia',
  'zio',
  'tía',
  'tío',
  // Italian professional titles, written before the name in any letter or review.
  'Dott.',
  'Dott.ssa',
  'Dottor',
  'Dottoressa',
  'Avv.',
];
const PARTICLE = '(?:van|von|de|der|den|la|le|du|del|della|di|da|lo|dos|y|i)';
const CAPITALIZED = "\\p{Lu}[\\p{L}'’-]+";
/**
 * "Der Herr der Ringe", "The Mr. Men Collection": a title opened by a capitalized article is a
 * book's or a product's. In running text ("dem Herrn Yılmaz", "el Sr. García") it stays a person.
 */
const NO_ARTICLE = '(?<!(?:Der|Die|Das|Dem|Den|The) )';
/**
 * Abbreviated in support cases and carriers' notes ("MCF-Paket an Hr. Albers"). Written as is,
 * never after a dot, a dash or a letter ("Amazon.fr. Livraison", "Mo.–Fr."), and "Fr." before a
 * part of the day is Friday's ("Zustellung: Fr. Vormittag"): review CR2.
 */
const ABBREVIATED_TITLE =
  '(?<![.–—-]\\s?)(?:Hrn|Hr|Fr)(?=\\. )(?!\\. (?:Vormittags?|Nachmittags?|Mittags?|Abends?|Morgens?|früh|Früh)(?![\\p{L}]))';
export const HONORIFIC_NAME = new RegExp(
  `(?<![\\p{L}])${NO_ARTICLE}(?:${ABBREVIATED_TITLE}|${HONORIFICS.map(
    (word) => `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${escapeRegExp(word.slice(1))}`,
  ).join('|')})\\.? (?:${PARTICLE} )*${CAPITALIZED}(?: (?:${PARTICLE} )*${CAPITALIZED}){0,2}`,
  'gu',
);

/**
 * A position on the globe, as a photo's caption prints where it was taken: "48.6921° N, 6.1844°
 * E", "GPS 40.4269, -3.7058", "48°41′31″ N, 6°11′04″ E"; with the place it is then named after a
 * separator ("· C/ de la Palma, Madrid": a street and a town after a comma). Decimals without
 * degrees need four digits: "1.234, 5.678" is a German amount.
 */
const DEGREES =
  '-?\\d{1,3}(?:[.,]\\d{2,7})?\\s?°(?:\\s?\\d{1,2}[\'′’](?:\\s?\\d{1,2}(?:[.,]\\d+)?["″”])?)?\\s?';
export const GEO_POSITION = new RegExp(
  `(?<![\\w.-])(?:(?:GPS|Lat(?:itude)?|Coordinates|Coordonnées|Koordinaten|Coordenadas|Coordinate)\\s?:?\\s?)?(?:${DEGREES}[NS],?\\s?${DEGREES}[EWO]|-?\\d{1,2}\\.\\d{4,7},\\s?-?\\d{1,3}\\.\\d{4,7})(?![\\w])(?:\\s[·|–—]\\s(?=[^·|\\n<]*,\\s\\p{Lu})[^·|\\n<]{1,80})?`,
  'gu',
);

/** An IBAN, grouped by four or not: "ES91 2100 0418 4502 0005 1332", "IT60X0542811101000000123456". */
export const IBAN = /(?<![\w-])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w-])/g;

// Order ids and tracking numbers: kept (or faked) and shielded from the phone shapes.
export const AMAZON_ORDER_ID = /(?<![\w-])\d{3}-\d{7}-\d{7}(?![\w-])/g;
export const TRACKING_SHAPES: readonly RegExp[] = [
  /(?<![\w-])1Z[0-9A-Z]{16}(?![\w-])/g, // UPS
  /(?<![\w-])TBA\d{12}(?![\w-])/g, // Amazon Logistics
  /(?<![\w-])[A-Z]{2}\d{9}[A-Z]{2}(?![\w-])/g, // UPU S10 (La Poste, Royal Mail, Deutsche Post…)
  /(?<![\w-])\d[A-Z]\d{11}(?![\w-])/g, // Colissimo
];
/** Marks a shielded id inside a string being redacted: noncharacters, no digit, letter or separator. */
export const SHIELD = /\ufdd0([\ue000-\uf8ff])\ufdd0/g;

/** Attributes holding a URL: read with their percent-encoding decoded. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'action',
  'formaction',
  'cite',
  'data',
  'src',
  'ping',
]);
/** Decodes `%XX` escapes (UTF-8 where they form it), leaving a malformed one as it is. */
export function decodePercents(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
/** Between the words of a removed name found elsewhere: spaces, or `+` in a query string. */
export const SEPARATOR = '[\\s+_\\u00a0]+';
export const SEPARATORS = /[\s+_\u00a0]+/g;

/** Cheap first look: a text without these cannot hold a shape (honorifics and flats included). */
export const MAY_HOLD_SHAPE =
  /[\d@℅]|c\/o|rue|via|calle|avenida|str|herr|hrn?\.|fr\.|frau|famil|mme|mlle|madame|monsieur|mrs?\b|ms\b|sig|se[ñn]or|sra?\.|t[ií][ao]|zi[ao]|onkel|oncle|tante|aunt|uncle|dott|avv|flat|apartment|apt|unit|suite/i;
export const digitCount = (text: string) => text.replace(/\D/g, '').length;
