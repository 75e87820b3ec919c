import { normalizeLabel } from '../page/text';

// The labels Seller Central puts before personal data, in its five languages, as the reader
// compares labels (lower case, no accents, no trailing colon: `normalizeLabel`). The value that
// follows such a label is replaced whatever its shape. Bare "Name"/"Nom"/"Nome"/"Nombre" are left
// out on purpose: an item table's "Name" column holds product titles, which a capture must keep.

export type PersonalKind = 'name' | 'address' | 'phone' | 'email' | 'message' | 'code';

const LABELS: Record<PersonalKind, readonly string[]> = {
  name: [
    // fr
    'Acheteur',
    "Nom de l'acheteur",
    'Nom du client',
    'Client',
    'Destinataire',
    'Nom du destinataire',
    // Who placed a gift order, beside whom it goes to.
    'Commandé par',
    'Commandée par',
    'Ordered by',
    'Bestellt von',
    'Pedido por',
    'Ordinato da',
    // en
    'Buyer',
    'Buyer name',
    'Customer',
    'Customer name',
    'Recipient',
    'Recipient name',
    'Ship to name',
    'Contact name',
    'Full name',
    'Nom complet',
    'Nom et prénom',
    'Vollständiger Name',
    'Vor- und Nachname',
    'Nombre completo',
    'Nombre y apellidos',
    'Nome completo',
    'Nome e cognome',
    // A buyer that may be a company or a sole trader, whose firm is their own name.
    'Nom ou raison sociale',
    'Name oder Firma',
    'Name or company',
    'Nombre o razón social',
    'Nome o ragione sociale',
    'Client professionnel',
    // de
    'Käufer',
    'Name des Käufers',
    'Käufername',
    'Kunde',
    'Kundenname',
    'Empfänger',
    'Name des Empfängers',
    // es
    'Comprador',
    'Nombre del comprador',
    'Nombre del destinatario',
    'Destinatario',
    // it
    'Acquirente',
    "Nome dell'acquirente",
    'Nome del destinatario',
    'Cliente',
    // Who rated an order (Feedback Manager's "Nom de l’évaluateur : …").
    "Nom de l'évaluateur",
    'Évaluateur',
    'Rater name',
    'Rater',
    'Name des Bewerters',
    'Bewerter',
    'Nombre del evaluador',
    'Evaluador',
    'Nome del valutatore',
    'Valutatore',
    // Who signed for a parcel, in a carrier's status ("Consegnato il … – firmato da: BRAMBILLA").
    'Signé par',
    'Reçu par',
    'Signed by',
    'Received by',
    'Unterschrieben von',
    'Empfangen von',
    'Firmado por',
    'Recibido por',
    'Firmato da',
    'Ricevuto da',
  ],
  address: [
    'Adresse de livraison',
    'Adresse de facturation',
    "Adresse d'expédition",
    'Adresse du destinataire',
    'Adresse',
    'Livrer à',
    'Expédier à',
    'Shipping address',
    'Billing address',
    'Rechnungsadresse',
    'Dirección de facturación',
    'Indirizzo di fatturazione',
    // Who sends a return or a parcel back: the customer's block on a return authorization.
    'Expéditeur',
    'Sender',
    'Absender',
    'Remitente',
    'Mittente',
    'Delivery address',
    'Destination address',
    'Ship to',
    'Address',
    'Lieferadresse',
    'Versandadresse',
    'Lieferanschrift',
    'Anschrift',
    'Dirección de envío',
    'Dirección de entrega',
    'Dirección',
    'Enviar a',
    'Indirizzo di spedizione',
    'Indirizzo di consegna',
    'Indirizzo',
    'Spedire a',
    // The customer's address named as theirs (a return authorization beside Amazon's address).
    'Adresse du client',
    "Adresse de l'acheteur",
    'Customer address',
    'Buyer address',
    'Kundenadresse',
    'Adresse des Kunden',
    'Dirección del cliente',
    'Dirección del comprador',
    'Indirizzo del cliente',
    "Indirizzo dell'acquirente",
    // A list of addresses to choose from (a create-order form's recent or saved addresses).
    'Adresses récentes',
    'Adresses enregistrées',
    "Carnet d'adresses",
    'Recent addresses',
    'Saved addresses',
    'Address book',
    'Letzte Adressen',
    'Gespeicherte Adressen',
    'Adressbuch',
    'Direcciones recientes',
    'Direcciones guardadas',
    'Libreta de direcciones',
    'Indirizzi recenti',
    'Indirizzi salvati',
    'Rubrica indirizzi',
    // One part of an address, as an address form or a detail table labels it.
    'Code postal',
    "Complément d'adresse",
    'Postcode',
    'Postal code',
    'ZIP code',
    'Address line 2',
    'Postleitzahl',
    'PLZ',
    'Adresszusatz',
    'Código postal',
    'Dirección (línea 2)',
    'CAP',
    'Codice postale',
    // The street line alone, as a detail table's or a split address form's column names it.
    'Numéro et rue',
    'Numéro et nom de rue',
    'Street and number',
    'Street address',
    'Straße und Hausnummer',
    'Straße/Hausnummer',
    'Straße und Nr.',
    'Calle y número',
    'Via e numero',
    'Via e numero civico',
    // The town, as an address form or an upload's columns label it.
    'Ville',
    'City',
    'Town',
    'Town/City',
    'Stadt',
    'Ort',
    'Ciudad',
    'Localidad',
    'Città',
    'Località',
  ],
  phone: [
    'Téléphone',
    'Numéro de téléphone',
    'Tél.',
    'Tél',
    'Phone',
    'Phone number',
    'Buyer phone',
    'Buyer phone number',
    'Telephone',
    'Telefon',
    'Telefonnummer',
    'Teléfono',
    'Número de teléfono',
    'Telefono',
    'Numero di telefono',
    'Cellulare',
  ],
  email: [
    'E-mail',
    'Email',
    'Adresse e-mail',
    "E-mail de l'acheteur",
    'Buyer email',
    'Email address',
    'E-Mail-Adresse',
    'Correo electrónico',
    'Indirizzo email',
    'Indirizzo e-mail',
    'Posta elettronica',
  ],
  message: [
    'Message du client',
    'Message',
    'Message cadeau',
    'Commentaire',
    'Commentaires',
    'Commentaires du client',
    // A column of one customer's comment per row (Voice of the Customer).
    'Commentaire client',
    'Commentaire du client',
    'Kommentar des Kunden',
    'Comentario del cliente',
    'Commento del cliente',
    "Commentaire de l'acheteur",
    'Instructions de livraison',
    'Note',
    'Notes',
    'Customer message',
    'Buyer message',
    'Gift message',
    'Comment',
    'Comments',
    'Customer comments',
    'Buyer comment',
    "Commentaires de l'acheteur",
    'Kommentare des Käufers',
    'Kundenkommentar',
    'Kundenkommentare',
    'Käuferkommentar',
    'Käuferkommentare',
    'Kundennachricht',
    'Käufernachricht',
    'Comentarios del cliente',
    'Comentarios del comprador',
    'Commenti del cliente',
    "Commenti dell'acquirente",
    'Buyer comments',
    "Buyer's comment",
    'Customer comment',
    'Kommentar des Käufers',
    'Comentario del comprador',
    "Commento dell'acquirente",
    'Delivery instructions',
    'Kommentar',
    'Kommentare',
    'Nachricht',
    'Geschenknachricht',
    'Lieferhinweise',
    'Hinweis',
    'Notiz',
    'Comentario',
    'Comentarios',
    'Mensaje',
    'Mensaje de regalo',
    'Instrucciones de entrega',
    'Nota',
    'Commento',
    'Commenti',
    'Messaggio',
    'Messaggio regalo',
    'Istruzioni di consegna',
    'Instructions pour le livreur',
    'Lieferhinweis',
    'Zustellhinweis',
    'Instrucciones de envío',
    'Istruzioni per la consegna',
    'Istruzioni per il corriere',
    // The buyer's own account in an A-to-z claim, quoted whole under its heading.
    "Déclaration de l'acheteur",
    'Déclaration du client',
    "Buyer's statement",
    'Buyer statement',
    'Customer statement',
    'Erklärung des Käufers',
    'Stellungnahme des Käufers',
    'Aussage des Käufers',
    'Declaración del comprador',
    'Declaración del cliente',
    "Dichiarazione dell'acquirente",
    'Dichiarazione del cliente',
    // The seller's message printed on the packing slip (a create-order form, an order's detail).
    "Commentaire du bordereau d'expédition",
    'Commentaire sur le bordereau',
    'Packing slip comment',
    'Packing slip note',
    'Displayable order comment',
    'Kommentar auf dem Lieferschein',
    'Kommentar zum Lieferschein',
    'Lieferscheinkommentar',
    'Comentario del albarán',
    'Comentario en el albarán',
    'Commento sulla distinta di imballaggio',
    'Commento della bolla di accompagnamento',
  ],
  // A code that opens a parcel locker or a door, as a field of its own (./redaction/access-codes.ts
  // finds it inside a sentence): with it and the address anyone takes the parcel.
  code: [
    'Code de retrait',
    'Code de récupération',
    'Code du casier',
    'Digicode',
    'Code porte',
    "Code d'accès",
    "Code d'entrée",
    'Pickup code',
    'Pick-up code',
    'Collection code',
    'Locker code',
    'Access code',
    'Door code',
    'Gate code',
    'Entry code',
    'Abholcode',
    'Abhol-PIN',
    'Türcode',
    'Haustürcode',
    'Zugangscode',
    'Código de recogida',
    'Código de acceso',
    'Código de entrada',
    'Código del portal',
    'Codice di ritiro',
    'Codice di accesso',
    "Codice d'accesso",
    'Codice del portone',
    'Codice del cancello',
  ],
};

/**
 * The "From" line of an e-mail a seller quotes or forwards ("De : Hélène … <…>", "Da: Avv. …"):
 * a name, but only written with its colon, since "de", "da" and "von" alone are ordinary words.
 */
const SENDER_LINE_LABELS = new Set(['de', 'from', 'von', 'da', 'de parte de'].map(normalizeLabel));

/**
 * A form's field labeled only "Nom", "Name", "Vorname": a person's name. Left out of the labels
 * of text, where a "Name" column holds product titles, but a form's field for it is the person.
 */
const FIELD_NAME_LABELS = new Set(
  [
    'Nom',
    'Prénom',
    'Name',
    'First name',
    'Last name',
    'Surname',
    'Vorname',
    'Nachname',
    'Nombre',
    'Apellido',
    'Apellidos',
    'Nome',
    'Cognome',
  ].map(normalizeLabel),
);
export const isFieldNameLabel = (text: string): boolean => FIELD_NAME_LABELS.has(normalizeLabel(text));

/**
 * One part of a person's name as a column's header ("Vorname" | "Nachname" in a list split into
 * cells): no product is ever listed under them, unlike a bare "Name"/"Nom"/"Nome"/"Nombre".
 */
const NAME_PART_LABELS = new Set(
  [
    'Prénom',
    'Nom de famille',
    'First name',
    'Last name',
    'Surname',
    'Given name',
    'Family name',
    'Vorname',
    'Nachname',
    'Familienname',
    'Apellido',
    'Apellidos',
    'Primer apellido',
    'Segundo apellido',
    'Cognome',
  ].map(normalizeLabel),
);
export const isNamePartLabel = (text: string): boolean => NAME_PART_LABELS.has(normalizeLabel(text));

/** Whether a label written before a colon is the "From" of a quoted e-mail. */
export const isSenderLineLabel = (text: string): boolean => SENDER_LINE_LABELS.has(normalizeLabel(text));

/** Normalized label → the kind of personal data that follows it. */
const BY_LABEL: ReadonlyMap<string, PersonalKind> = new Map(
  (Object.entries(LABELS) as [PersonalKind, readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [normalizeLabel(label), kind] as const),
  ),
);

/**
 * Labels are written with or without their little words: "Nome del destinatario" and "Nome
 * destinatario", "Adresse de livraison" and "Adresse livraison".
 */
const LITTLE_WORDS = new Set(
  'de du des d del della dell dello di da la le l il lo el los las der die das dem den des of the'.split(' '),
);
const withoutLittleWords = (normalized: string) =>
  normalized
    .split(/[\s'’]+/)
    .filter((word) => word !== '' && !LITTLE_WORDS.has(word))
    .join(' ');
const BY_LOOSE_LABEL: ReadonlyMap<string, PersonalKind> = new Map(
  [...BY_LABEL].map(([label, kind]) => [withoutLittleWords(label), kind] as const),
);
const kindOfNormalized = (normalized: string): PersonalKind | undefined =>
  BY_LABEL.get(normalized) ?? BY_LOOSE_LABEL.get(withoutLittleWords(normalized));

/**
 * The kind of personal data a label announces, if it is one of ours; also with what a form adds
 * after it: "Adresse (ligne 2)", "Numéro de téléphone (facultatif)", "Dirección del cliente
 * (remitente)" (or the word in brackets: "(remitente)"), "Indirizzo 1".
 */
export function personalKindOfLabel(text: string): PersonalKind | undefined {
  if (text.length > 60) return undefined;
  const normalized = normalizeLabel(text);
  const exact = kindOfNormalized(normalized);
  if (exact) return exact;
  const bracket = /^(.+?)\s*\(([^()]{1,30})\)$/.exec(normalized);
  // "Expédié depuis (ville)", "Shipped from (city)": where the goods leave from, no one's address.
  if (bracket && ORIGIN.test(bracket[1]!)) return undefined;
  // "Indirizzo di ritiro (del cliente)": whose address it is, not the customer's name.
  if (bracket)
    return kindOfNormalized(bracket[1]!) ?? buyersAddress(normalized) ?? kindOfNormalized(bracket[2]!);
  const numbered = /^(.+?)\s+[1-3]$/.exec(normalized);
  if (numbered) return kindOfNormalized(numbered[1]!);
  return ofWhomColumn(normalized) ?? buyersAddress(normalized);
}

/** "… adresse des Käufers", "… address (from buyer)", "… direccion de devolucion del comprador". */
const ADDRESS_OF_BUYER =
  /(?:adresse|address|anschrift|direccion|indirizzo)(?:\s\p{L}+){0,2}\s\(?(?:des|de|du|del|della|dell|of|of the|from|from the|von|dal|dello)(?:\s|\s?l['’]\s?)(?:acheteur|client|buyer|customer|kaufers|kunden|comprador|cliente|acquirente)\)?$/u;
/** "Buyer's return address", "Customer shipping address". */
const BUYER_ADDRESS = /^(?:buyer|customer)(?:['’]s)?(?:\s\p{L}+){0,2}\saddress$/u;

/**
 * An address named as the buyer's in words of its own: "Rücksendeadresse des Käufers", "Return
 * shipping address (from buyer)", "Dirección de devolución del comprador": a return's pickup
 * address is the customer's home. Ending the label, so that a note ("Adresse durch Käufer
 * geändert am 22. Nov.") or the seller's own return address ("Return to (your return address)")
 * is not one.
 */
function buyersAddress(normalized: string): PersonalKind | undefined {
  return ADDRESS_OF_BUYER.test(normalized) || BUYER_ADDRESS.test(normalized) ? 'address' : undefined;
}

const ORIGIN = /(?:^|\s)(?:depuis|from|von|aus|desde|da|dal|dalla)$/;

/**
 * A report's column named for whose address it is, in words ("Ship city", "Buyer phone number",
 * "Recipient postal code"), as its raw name is "ship-city": the part after it is a label of ours.
 */
function ofWhomColumn(normalized: string): PersonalKind | undefined {
  const whose = /^(?:ship|shipping|ship to|bill|billing|buyer|recipient|customer)\s+(.+)$/.exec(normalized);
  const kind = whose ? kindOfNormalized(whose[1]!) : undefined;
  return kind === 'name' || kind === 'message' ? undefined : kind;
}

/** Country names an address block ends with: kept (they say which marketplace, not who). */
const COUNTRIES = new Set(
  [
    'France',
    'FR',
    'Deutschland',
    'Germany',
    'Allemagne',
    'DE',
    'España',
    'Spain',
    'Espagne',
    'ES',
    'Italia',
    'Italy',
    'Italie',
    'IT',
    'United Kingdom',
    'Royaume-Uni',
    'UK',
    'GB',
    'United States',
    'États-Unis',
    'USA',
    'US',
    'Belgique',
    'Belgium',
    'BE',
    'Österreich',
    'Austria',
    'AT',
    'Nederland',
    'Netherlands',
    'NL',
    'Schweiz',
    'Suisse',
    'Switzerland',
    'CH',
    'Luxembourg',
    'LU',
    // The same countries as the other marketplaces write them (a page translated by the browser
    // writes them in its own language), and neighbours an address may be in.
    'Frankreich',
    'Francia',
    'Spanien',
    'Spagna',
    'Italien',
    'Alemania',
    'Germania',
    'Regno Unito',
    'Reino Unido',
    'Vereinigtes Königreich',
    'Stati Uniti',
    'Estados Unidos',
    'Vereinigte Staaten',
    'Belgien',
    'Bélgica',
    'Belgio',
    'Niederlande',
    'Pays-Bas',
    'Países Bajos',
    'Paesi Bassi',
    'Autriche',
    'Svizzera',
    'Suiza',
    'Polska',
    'Poland',
    'Pologne',
    'Polen',
    'Polonia',
    'Portugal',
    'Ireland',
    'Irlande',
    'Irland',
    'Irlanda',
  ].map(normalizeLabel),
);

export const isCountryName = (text: string): boolean => COUNTRIES.has(normalizeLabel(text));
