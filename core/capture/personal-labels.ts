import { normalizeLabel } from '../page/text';

// The labels Seller Central puts before personal data, in its five languages, as the reader
// compares labels (lower case, no accents, no trailing colon: `normalizeLabel`). The value that
// follows such a label is replaced whatever its shape. Bare "Name"/"Nom"/"Nome"/"Nombre" are left
// out on purpose: an item table's "Name" column holds product titles, which a capture must keep.

export type PersonalKind = 'name' | 'address' | 'phone' | 'email' | 'message';

const LABELS: Record<PersonalKind, readonly string[]> = {
  name: [
    // fr
    'Acheteur',
    "Nom de l'acheteur",
    'Nom du client',
    'Client',
    'Destinataire',
    'Nom du destinataire',
    // en
    'Buyer',
    'Buyer name',
    'Customer',
    'Customer name',
    'Recipient',
    'Recipient name',
    'Ship to name',
    'Contact name',
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
    "Commentaire de l'acheteur",
    'Instructions de livraison',
    'Note',
    'Notes',
    'Customer message',
    'Buyer message',
    'Gift message',
    'Comment',
    'Comments',
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
  ],
};

/**
 * The "From" line of an e-mail a seller quotes or forwards ("De : Hélène … <…>", "Da: Avv. …"):
 * a name, but only written with its colon, since "de", "da" and "von" alone are ordinary words.
 */
const SENDER_LINE_LABELS = new Set(['de', 'from', 'von', 'da', 'de parte de'].map(normalizeLabel));

/** Whether a label written before a colon is the "From" of a quoted e-mail. */
export const isSenderLineLabel = (text: string): boolean => SENDER_LINE_LABELS.has(normalizeLabel(text));

/** Normalized label → the kind of personal data that follows it. */
const BY_LABEL: ReadonlyMap<string, PersonalKind> = new Map(
  (Object.entries(LABELS) as [PersonalKind, readonly string[]][]).flatMap(([kind, labels]) =>
    labels.map((label) => [normalizeLabel(label), kind] as const),
  ),
);

/** The kind of personal data a label announces, if it is one of ours. */
export function personalKindOfLabel(text: string): PersonalKind | undefined {
  if (text.length > 60) return undefined;
  return BY_LABEL.get(normalizeLabel(text));
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
  ].map(normalizeLabel),
);

export const isCountryName = (text: string): boolean => COUNTRIES.has(normalizeLabel(text));
