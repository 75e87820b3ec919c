import type { PersonalKind } from '../personal-labels';

// Personal data a page keeps in attributes no label announces: `data-recipient-name="…"`,
// `data-ship-from-city="LYON"`, `data-ship-to-postal="62704"`, and the values of an address form's
// fields (`<input name="postalCode" value="28013">`, `<kat-input name="city" value="Madrid">`).
// The attribute's or the field's own name says what it holds, in the words developers use.

/** The last word of a `data-*` name, or of a field's name, that says what its value is. */
const KIND_OF_WORD: ReadonlyMap<string, PersonalKind> = new Map([
  ...['name', 'fullname', 'recipient', 'buyer', 'customer', 'author', 'addressee', 'rater', 'reviewer'].map(
    (word) => [word, 'name'] as const,
  ),
  // Written as one word by form builders: `name="surname"`, `firstName`, `given-name`.
  ...['surname', 'firstname', 'lastname', 'givenname', 'familyname', 'forename', 'sender'].map(
    (word) => [word, 'name'] as const,
  ),
  // The pages' own languages, in data-* names written by local teams (`data-nom-client`,
  // `data-kunde`, `data-nome-cliente`, `name="nombre"`).
  ...['destinatario', 'destinataire', 'acheteur', 'empfaenger', 'comprador', 'acquirente'].map(
    (word) => [word, 'name'] as const,
  ),
  ...['client', 'cliente', 'kunde', 'kundin', 'nom', 'nome', 'nombre', 'prenom', 'vorname', 'nachname'].map(
    (word) => [word, 'name'] as const,
  ),
  ...['cognome', 'apellido', 'apellidos', 'bewerter', 'absender', 'remitente', 'mittente'].map(
    (word) => [word, 'name'] as const,
  ),
  ...['city', 'town', 'zip', 'zipcode', 'postal', 'postcode', 'postalcode', 'street', 'address'].map(
    (word) => [word, 'address'] as const,
  ),
  // `AddressFieldOne` (Amazon's MCF upload template): a line of the address.
  ...['addressfield', 'addressline'].map((word) => [word, 'address'] as const),
  ...['line1', 'line2', 'line3', 'addressline1', 'addressline2', 'ciudad', 'ville', 'citta', 'plz'].map(
    (word) => [word, 'address'] as const,
  ),
  ...['adresse', 'indirizzo', 'direccion', 'cap', 'cp', 'codepostal', 'codigopostal', 'strasse', 'rue'].map(
    (word) => [word, 'address'] as const,
  ),
  ...['phone', 'tel', 'telephone', 'mobile', 'telefon', 'telefono', 'phonenumber', 'cellulare'].map(
    (word) => [word, 'phone'] as const,
  ),
  ...['email', 'mail'].map((word) => [word, 'email'] as const),
  // A report's "customer-comments", "gift-message", "delivery-instructions" column.
  ...['comment', 'comments', 'instructions', 'giftmessage', 'buyermessage', 'customermessage'].map(
    (word) => [word, 'message'] as const,
  ),
]);
/** Words after which the value is about the thing, not the person ("data-buyer-id", "data-city-count"). */
const NOT_A_VALUE = new Set(['id', 'ids', 'count', 'type', 'index', 'key', 'label', 'hint']);
/** Words naming a product in an identifier ("product-name", "item_name", "listing-title"). */
const PRODUCT_WORDS = new Set([
  'product',
  'item',
  'listing',
  'produit',
  'article',
  'artikel',
  'produkt',
  'producto',
  'prodotto',
  'articulo',
  'articolo',
]);
/**
 * Things a `…-name` names that are no person: `data-carrier-name="DHL"`, `data-product-name`,
 * `data-nom-produit` is caught by its last word already.
 */
const THINGS = new Set([
  ...PRODUCT_WORDS,
  'carrier',
  'sku',
  'asin',
  'title',
  'seller',
  'merchant',
  'shop',
  'store',
  'brand',
  'company',
  'business',
  'file',
  'attachment',
  'document',
  'report',
  'program',
  'service',
  'method',
  'option',
  'warehouse',
  'fc',
  'center',
  'centre',
  'marketplace',
  'channel',
  'category',
  'event',
  'field',
  'page',
  'template',
  'transporteur',
  'vendeur',
  'boutique',
  'tienda',
  'negozio',
  'marque',
  'marca',
  'marke',
]);

/** The words of an identifier: `shipToPostal`, `ship-to-postal`, `ship_to_postal`. */
const wordsOf = (identifier: string) =>
  identifier
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');

/**
 * A developer's name for a value, as a report preview shows its raw columns: "buyer-name",
 * "ship_postal_code", or one word in Amazon's upload templates ("AddressName").
 */
export const isIdentifier = (text: string): boolean =>
  /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/i.test(text) || /^[A-Za-z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(text);

/** The kind of personal data an identifier names, from its last word. */
export function personalKindOfIdentifier(identifier: string): PersonalKind | undefined {
  // "ship-address-1", "address_line_2", "AddressFieldOne": the line's number says nothing of what
  // it holds.
  const words = wordsOf(identifier);
  while (words.length > 1 && /^(?:\d+|one|two|three)$/.test(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (!last || NOT_A_VALUE.has(last)) return undefined;
  const kind = KIND_OF_WORD.get(last) ?? KIND_OF_WORD.get(words.slice(-2).join(''));
  if (kind === 'name' && words.slice(0, -1).some((word) => THINGS.has(word))) return undefined;
  return kind;
}

/**
 * A raw column naming a product's title ("product-name", "item_name", "listing-title"): its cells
 * are titles, whose words a buyer's name may share ("Frühstücksbrett „Ute“" beside "Ute …").
 */
export function isProductTitleIdentifier(identifier: string): boolean {
  if (!isIdentifier(identifier)) return false;
  const words = wordsOf(identifier);
  return (
    /^(?:name|title|description)$/.test(words[words.length - 1] ?? '') &&
    words.slice(0, -1).some((word) => PRODUCT_WORDS.has(word))
  );
}

/** The kind of personal data in a `data-*` attribute, by its name. */
export function personalKindOfDataAttribute(name: string): PersonalKind | undefined {
  const lower = name.toLowerCase();
  return lower.startsWith('data-') ? personalKindOfIdentifier(lower.slice(5)) : undefined;
}
