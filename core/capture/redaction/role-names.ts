import { HONORIFIC_NAME } from './patterns';

// A person named by their part in a transaction, in a text no label announces: a payment's
// description ("Courtesy refund to Gwendolyn Pryce-Arbuthnot", "A-to-z claim filed by …",
// "(recipient Hamish Drummond-Lyle)", "buyer Mr Oyelaran Adebayo-Smith"), a carrier's event
// ("zugestellt an Nachbarn (Name: Yildirim)"). The role word is what makes the next capitalized
// words a person; two of them at least, or a title before them, and none of Seller Central's own
// words, so that "refund to Customer Service" or "Buyer Requested Cancellation" are no one.

const ROLES = [
  ...['filed by', 'opened by', 'refund to', 'refunded to', 'reimbursed to', 'delivered to', 'left with'],
  ...['recipient', 'buyer', 'customer', 'addressee'],
  ...['déposée par', 'déposé par', 'ouverte par', 'remboursement à', 'remboursé à', 'livré à', 'remis à'],
  ...['destinataire', 'acheteur', 'acheteuse', 'client', 'cliente'],
  ...['eingereicht von', 'erstattet an', 'Erstattung an', 'zugestellt an', 'abgegeben bei'],
  ...['Käufer', 'Käuferin', 'Empfänger', 'Empfängerin', 'Kunde', 'Kundin'],
  ...['presentada por', 'abierta por', 'reembolso a', 'reembolsado a', 'entregado a'],
  ...['comprador', 'compradora', 'destinatario', 'destinataria'],
  ...['presentato da', 'presentata da', 'aperta da', 'rimborso a', 'rimborsato a', 'consegnato a'],
  ...['acquirente'],
  // Who placed a gift order, beside its recipient: "Commandé par : Anne-Sophie …".
  ...['ordered by', 'commandé par', 'commandée par', 'bestellt von', 'pedido por', 'ordinato da'],
];
/** Either case for the first letter ("Buyer", "buyer"); the rest as written. */
const anyFirstCase = (words: string) =>
  `[${words[0]!.toUpperCase()}${words[0]!.toLowerCase()}]${words.slice(1)}`;
// "McCartney", "O’Brien", "Pryce-Arbuthnot": capitals inside a surname, but no word in capitals.
const PART = "\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}'’]*";
const WORD = `${PART}(?:-${PART})*`;
const PARTICLE = '(?:van|von|de|der|den|la|le|du|del|della|di|da|dos|y|i|ap)';
// "M. Kévin Lagarde": after a role, a short title too (alone, "M." would be any initial).
const SHORT_TITLE = '(?:(?:M|Mr|Dr|Hr|Fr|Sr|Sra|Sig)\\.? )?';
const FULL_NAME = `${SHORT_TITLE}${WORD}(?: (?:${PARTICLE} )*${WORD}){1,3}`;
// Seller Central's own words after a role: "Buyer Requested Cancellation", "Customer Service",
// "Kunde Nachricht Senden". Whole words: "cancel" inside "Cancellieri" or "name" inside "Kaname"
// made a surname no one (review CR2).
const NOT_A_PERSON =
  /(?<![\p{L}])(?:amazon|sellers?|prime|services?|support|team|messages?|request(?:s|ed)?|cancel(?:l?ed|lation|ling)?|names?|address(?:es)?|information|details?|feedback|reviews?|questions?|return(?:s|ed)?|orders?|ratings?|accounts?|contact|guarantee|customers?|buyers?|card|wallet|balance|bestellung(?:en)?|nachricht(?:en)?|anfragen?|kunden?|karte|konto|pedidos?|cuenta|tarjeta|ordine|conto|carta|commandes?|compte|carte)(?![\p{L}])/iu;

/** The role with what follows it (group 1) and the person (group 2). */
export const ROLE_NAME = new RegExp(
  `(?<![\\p{L}])((?:${ROLES.map(anyFirstCase).join('|')})(?:\\s*:\\s*|\\s+))((?:${HONORIFIC_NAME.source})|${FULL_NAME})(?![\\p{L}])`,
  'gu',
);
/**
 * "Erstattung an Müller-Lüdenscheidt", "Courtesy refund to Okonkwo": money goes to a person, so
 * after these roles one capitalised word is a surname, unless it is one of the page's own words
 * (checked where it is replaced); two or more ("Gift Card") are the full name's rule.
 */
const MONEY_ROLES = [
  ...['refund to', 'refunded to', 'reimbursed to', 'remboursement à', 'remboursé à'],
  ...['Erstattung an', 'erstattet an', 'reembolso a', 'reembolsado a', 'rimborso a', 'rimborsato a'],
];
export const MONEY_ROLE_SURNAME = new RegExp(
  `(?<![\\p{L}])((?:${MONEY_ROLES.map(anyFirstCase).join('|')})\\s)(${WORD})(?![\\p{L}'’-]|\\s\\p{Lu})`,
  'gu',
);
/**
 * "Entregado a: Remedios (portera)", "left with Dave (neighbour)": a parcel handed to someone
 * named by one word, whose part in brackets after it says it is a person.
 */
const HANDED_ROLES = [
  ...['delivered to', 'left with', 'livré à', 'remis à', 'zugestellt an', 'abgegeben bei'],
  ...['entregado a', 'consegnato a'],
];
/** German writes the part as a noun, capitalised: "(Nachbarin)", "(Hausmeister)". */
const GERMAN_HELPERS = '(?:Nachbar|Hausmeister|Pförtner|Mitbewohner|Kolleg|Ehe(?:mann|frau)|Empfang)';
export const HANDED_ROLE_NAME = new RegExp(
  `(?<![\\p{L}])((?:${HANDED_ROLES.map(anyFirstCase).join('|')})(?:\\s*:\\s*|\\s+))(${WORD})(?=\\s?\\((?:\\p{Ll}|${GERMAN_HELPERS}))`,
  'gu',
);
/** "(Name: Yildirim)": a bare "Name" label inside running text's brackets names one person. */
export const BRACKETED_NAME =
  /(\((?:Name|Nom|Nombre|Nome)\s?:\s?)(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?=\))/gu;
/** Not global, for a cheap first look. */
export const MAY_NAME_ROLE =
  /filed|opened|ordered by|command[ée]e? par|bestellt von|pedido por|ordinato da|refund|reimburs|deliver|left with|recipient|buyer|customer|addressee|déposé|ouverte|rembours|livré|remis|destinat|achet|client|eingereicht|erstatt|zugestellt|abgegeben|käufer|empfänger|kund|presenta|abierta|reembols|entregado|compr|aperta|rimbors|consegnato|acquirente|\((?:name|nom|nombre|nome)/i;

/** Whether a name found after a role is a person and not a service or a team. */
export const isRolePerson = (name: string): boolean => !NOT_A_PERSON.test(name);
