import {
  FIELD_KEYS,
  type FieldKey,
  LABEL_LANGUAGES,
  type LabelLanguage,
  PAGE_LABELS,
  RETURN_CONDITION_KEYS,
  RETURN_STATUS_KEYS,
  type ReturnConditionKey,
  type ReturnStatusKey,
  STATUS_KEYS,
  type StatusKey,
} from './labels';
import { normalizeLabel } from './text';

// The label dictionaries compiled once, at load, into lookups over normalized text.

export interface LabelMatch {
  key: FieldKey;
  languages: readonly LabelLanguage[];
  /** Above a plain label's: an updated estimate supersedes the first one (see PageLabels). */
  strength?: number;
}

const labelIndex = new Map<string, LabelMatch>();
for (const language of LABEL_LANGUAGES) {
  for (const key of FIELD_KEYS) {
    for (const label of PAGE_LABELS[language].fields[key]) {
      const normalized = normalizeLabel(label);
      const known = labelIndex.get(normalized);
      if (known && known.key === key)
        labelIndex.set(normalized, { key, languages: [...known.languages, language] });
      else if (!known) labelIndex.set(normalized, { key, languages: [language] });
    }
  }
}

/**
 * Cheap pre-check on collapsed text: false when it cannot be a label, a section heading or an
 * action (its first letter starts none of them, or it is longer than all of them). Most page
 * text (values, names, numbers) is turned away here without being normalized.
 */
export function mayBeWord(collapsed: string): boolean {
  if (collapsed.length === 0 || collapsed.length > longestWord) return false;
  let first = collapsed.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) first += 0x20;
  else if (first > 0x7f) return firstChars.has(foldFirst(collapsed));
  return firstCodes.has(first);
}
/**
 * `mayBeWord` from the first character alone, for a character that is ASCII and not a space:
 * lets a raw text node be turned away before it is even collapsed.
 */
export function mayStartWord(code: number): boolean {
  return firstCodes.has(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
}
const foldFirst = (text: string): string => text.slice(0, 2).toLowerCase().normalize('NFD').charAt(0);
const firstChars = new Set<string>();
const firstCodes = new Set<number>();
let longestWord = 0;
function noteWord(normalized: string): void {
  if (normalized.length === 0) return;
  firstChars.add(normalized.charAt(0));
  firstCodes.add(normalized.charCodeAt(0));
  // Room for a trailing " :" or " #" and an unfolded accent.
  longestWord = Math.max(longestWord, normalized.length + 8);
}
for (const language of LABEL_LANGUAGES)
  for (const label of PAGE_LABELS[language].updatedEstimatedArrival)
    labelIndex.set(normalizeLabel(label), {
      key: 'estimatedArrivalDate',
      languages: [language],
      strength: 3,
    });
// Below a labelled estimate's strength (2): read only where the page shows no estimate.
for (const language of LABEL_LANGUAGES)
  for (const label of PAGE_LABELS[language].promisedArrival)
    labelIndex.set(normalizeLabel(label), {
      key: 'estimatedArrivalDate',
      languages: [language],
      strength: 1.5,
    });
for (const normalized of labelIndex.keys()) noteWord(normalized);
/** Room for whom the page showed a value to, after a label ("… communiquée au destinataire"). */
const AUDIENCE_ROOM = 30;
longestWord += AUDIENCE_ROOM;

/**
 * The small words that link a label's nouns, which pages add or drop at will: "Référence de la
 * commande vendeur" is "Référence de commande vendeur", "Fecha entrega estimada" is "Fecha de
 * entrega estimada".
 */
const LINK_WORDS = new Set(
  'de la le les du des d l del el los las di della dello dei delle il lo der die das dem den vom von the of'.split(
    ' ',
  ),
);
/**
 * Words pages swap for one another in a label: "N°", "Numéro", "Nr." before "de commande", a
 * noun and its abbreviation; each is one word for the skeleton, so "Numéro de commande marchand"
 * is "N° de commande marchand".
 */
const SAME_WORDS = new Map<string, string>([
  // "N°", "Numéro", "Nr." name the same number; "ID" and "Réf." are words of their own ("ID
  // spedizione" is a shipment's id, "Numero spedizione" its tracking number; "Référence de
  // commande" is the seller's, "N° de commande" Amazon's).
  ...'n° nº no no. n. numero num num. number nr nr. nummer'.split(' ').map((w): [string, string] => [w, '#']),
  ...'ref ref. reference referenz riferimento rif rif. referencia'
    .split(' ')
    .map((w): [string, string] => [w, 'ref']),
  // "Identifiant de commande vendeur" is "ID de commande vendeur": the word spelled out.
  ...'identifiant identificador identificativo identifier'.split(' ').map((w): [string, string] => [w, 'id']),
  // British spelling: "Return authorisation ID" is "Return authorization ID".
  ['authorisation', 'authorization'],
  // "Q.tà ordinata" is "Quantità ordinata", "Cant. enviada" "Cantidad enviada".
  ...'quantity quantite quantita cantidad qty qte qta q.ta q.te cant cant.'
    .split(' ')
    .map((w): [string, string] => [w, 'qty']),
]);
/** The seller's words, one word only in an order's label ("N° de commande marchand"): "ID vendeur"
 *  is the seller's account, "Réf. marchand" an item's reference. */
const SELLER_WORDS = new Set(
  // The seller's own sales site ("N° de commande du site marchand", "Número de pedido del sitio web").
  'vendeur marchand commercant boutique verkaufer handler shop vendedor comerciante tienda venditore commerciante negozio seller merchant site website web webshop onlineshop eshop sitio sito'.split(
    ' ',
  ),
);
const ORDER_WORD = /^(?:commande|order|bestellung|pedido|ordine)$/;
/**
 * Words that name an order, or another order in relation to this one ("Commande précédente",
 * "Replacement for", "Siehe auch", "Pedido original"), in the five languages (normalized).
 */
const ORDER_NAMING_WORDS = new Set(
  (
    'commande commandes order orders bestellung bestellungen bestellnummer auftrag pedido pedidos ordine ordini ' +
    'remplacement replacement ersatz ersatzbestellung reemplazo sostituzione sostitutivo ' +
    'origine original originale ursprungliche precedente previous vorherige anterior related liee associee verknupfte relacionado collegato correlato ' +
    'aussi also auch tambien anche'
  ).split(' '),
);
/** Whether a text (normalized) names an order, or another order beside this one. */
export const namesAnOrder = (normalized: string): boolean =>
  normalized.split(/[\s']+/).some((word) => ORDER_NAMING_WORDS.has(word));
const skeletonOf = (normalized: string): string => {
  const words = normalized.split(/[\s']+/).filter((word) => word !== '' && !LINK_WORDS.has(word));
  // An order's label, or a SKU's ("SKU marchand", "Händler SKU").
  const ofOrder = words.some((word) => ORDER_WORD.test(word) || word === 'sku');
  return (
    words
      .map((word) => (ofOrder && SELLER_WORDS.has(word) ? 'seller' : (SAME_WORDS.get(word) ?? word)))
      // "site marchand", "Händler-Webshop": one seller.
      .filter((word, i, all) => word !== 'seller' || all[i - 1] !== 'seller')
      .join(' ')
  );
};
const MAX_SHUFFLED_WORDS = 6;
/**
 * The same nouns in another order ("Référence vendeur de la commande" for "Référence de la
 * commande vendeur"): three words or more, sorted.
 */
const shuffledOf = (skeleton: string): string | null => {
  const words = skeleton.split(' ');
  // Labels are short: a longer text (most texts a page holds) is never sorted.
  return words.length >= 3 && words.length <= MAX_SHUFFLED_WORDS ? words.sort().join(' ') : null;
};
/** Labels by skeleton (and by its words sorted); null where labels of two fields share one. */
const skeletonIndex = new Map<string, LabelMatch | null>();
const shuffledIndex = new Map<string, LabelMatch | null>();
const noteShared = (index: Map<string, LabelMatch | null>, form: string, match: LabelMatch) => {
  const known = index.get(form);
  if (known === undefined) index.set(form, match);
  else if (known !== null && (known.key !== match.key || known.strength !== match.strength))
    index.set(form, null);
};
for (const [normalized, match] of labelIndex) {
  const skeleton = skeletonOf(normalized);
  if (skeleton.length < 4) continue;
  noteShared(skeletonIndex, skeleton, match);
  const shuffled = shuffledOf(skeleton);
  if (shuffled) noteShared(shuffledIndex, shuffled, match);
}
const bySkeleton = (normalized: string): LabelMatch | undefined => {
  const skeleton = skeletonOf(normalized);
  const exact = skeletonIndex.get(skeleton);
  if (exact !== undefined) return exact ?? undefined;
  const shuffled = shuffledOf(skeleton);
  return shuffled === null ? undefined : (shuffledIndex.get(shuffled) ?? undefined);
};

/**
 * Labels with their spaces gone: a long label written with zero-width spaces as its only break
 * opportunities ("bestellte\u200bmenge") shows, and reads, as one word. Several words only, and
 * long enough that no value is one by chance; null where two fields share one.
 */
const gluedOf = (normalized: string): string => normalized.replace(/[\s'-]+/g, '');
const gluedIndex = new Map<string, LabelMatch | null>();
for (const [normalized, match] of labelIndex) {
  const glued = gluedOf(normalized);
  if (!/[\s'-]/.test(normalized) || glued.length < 8) continue;
  const known = gluedIndex.get(glued);
  if (known === undefined) gluedIndex.set(glued, match);
  else if (known !== null && (known.key !== match.key || known.strength !== match.strength))
    gluedIndex.set(glued, null);
}

/** The field a text names when the whole text is a label, else undefined. */
export function matchLabel(text: string): LabelMatch | undefined {
  return startsNoWord(text) ? undefined : matchNormalizedLabel(normalizeLabel(text));
}

/**
 * True when `text` starts with a visible ASCII character that starts no word: normalizing keeps
 * that character first (lower-cased), so no label can match. Titles and values are turned away
 * here without being normalized.
 */
export function startsNoWord(text: string): boolean {
  const first = text.charCodeAt(0);
  return first > 0x20 && first < 0x7f && !mayStartWord(first);
}

/**
 * `matchLabel` of a text already normalized: its exact form, else its skeleton (several words
 * only), else, for one word, a label of several words glued together.
 */
export const matchNormalizedLabel = (normalized: string): LabelMatch | undefined =>
  matchOwnLabel(normalized) ?? forAudience(normalized);

const matchOwnLabel = (normalized: string): LabelMatch | undefined =>
  labelIndex.get(normalized) ??
  (normalized.includes(' ')
    ? bySkeleton(normalized)
    : normalized.length >= 8
      ? (gluedIndex.get(normalized.replace(/[-']+/g, '')) ?? undefined)
      : undefined);

/**
 * Labels shortened word by word, as narrow and mobile layouts print them: "Liv. est." is
 * "Livraison estimée", "Vorauss. Zust." "Voraussichtliche Zustellung", "Händler-Bestellnr."
 * "Händler-Bestellnummer". Each shortened word (a dot after it) starts the label's word in its
 * place, the others are the label's words; the small linking words do not count. Only labels of
 * the page's language when it says one ("Exp." is "Expédié" in French, an expiry in English), and
 * only when every label it fits is of one field. A label shortened to one word must also start no
 * other field's label ("Liv." may be "Livraison estimée" as well as "Livré le"), and a word
 * shortened to fewer than three letters fits nothing.
 */
const contentWords = (normalized: string): string[] =>
  normalized.split(/[\s']+/).filter((word) => word !== '' && !LINK_WORDS.has(word));
const spelledOut: { words: string[]; match: LabelMatch }[] = [];
for (const [normalized, match] of labelIndex)
  if (!normalized.includes('.')) spelledOut.push({ words: contentWords(normalized), match });
const SHORT_LABEL_WORDS = 4;
/** "bestellnr" stands for "bestellnummer", "numero" for "nr"/"num". */
const startsSpelled = (full: string, stem: string): boolean => {
  const word = full.replace(/-/g, '');
  const short = stem.replace(/-/g, '');
  return word.startsWith(short) || (/nr$/.test(short) && word === `${short.slice(0, -2)}nummer`);
};
const inLanguage = (match: LabelMatch, language: LabelLanguage | null) =>
  language === null || match.languages.includes(language);

export function matchAbbreviatedLabel(
  normalized: string,
  language: LabelLanguage | null,
): LabelMatch | undefined {
  const words = contentWords(normalized);
  if (words.length === 0 || words.length > SHORT_LABEL_WORDS) return undefined;
  const parts = words.map((word) => ({ stem: word.replace(/\.$/, ''), short: word.endsWith('.') }));
  if (!parts.some((p) => p.short)) return undefined;
  let found: LabelMatch | undefined;
  for (const { words: full, match } of spelledOut) {
    if (full.length !== parts.length || !inLanguage(match, language)) continue;
    // A stem of two letters stands only for itself ("Id." is "ID"): "No." would fit too much.
    const fits = parts.every((p, i) =>
      p.short
        ? full[i] === p.stem || (p.stem.length >= 3 && startsSpelled(full[i] as string, p.stem))
        : full[i] === p.stem,
    );
    if (!fits) continue;
    if (found && found.key !== match.key) return undefined;
    found ??= match;
  }
  if (!found || parts.length > 1) return found;
  const stem = (parts[0] as { stem: string }).stem;
  for (const { words: full, match } of spelledOut)
    if (match.key !== found.key && inLanguage(match, language) && startsSpelled(full[0] ?? '', stem))
      return undefined;
  return found;
}

/**
 * "Date de livraison estimée communiquée au destinataire", "Estimated delivery shown to the
 * customer": an estimate's label, then whom the page showed it to; and "Numéro de commande affiché
 * au client", the order's number the buyer sees (the seller's own). Only these: a carrier "shown
 * to the buyer" may not be the one carrying, and a date "promised" is no fact.
 */
const TO_AUDIENCE =
  / (?:(?:communiquee?|affichee?|indiquee?) (?:au|a l'|a la) (?:destinataire|client|cliente|acheteur|acheteuse)|(?:shown|given|communicated|displayed) to (?:the )?(?:customer|buyer|recipient)|(?:mostrad[ao]|comunicad[ao]|indicad[ao]) al (?:cliente|destinatario|comprador)|(?:mostrat[ao]|comunicat[ao]|indicat[ao]) al (?:cliente|destinatario|compratore|acquirente)|(?:angezeigt|mitgeteilt) (?:an|fur) (?:den|die) (?:kunden|kundin|empfanger|empfangerin|kaufer|kauferin))$/;
const forAudience = (normalized: string): LabelMatch | undefined => {
  const bare = normalized.replace(TO_AUDIENCE, '');
  const match = bare !== normalized && bare.length > 0 ? matchOwnLabel(bare) : undefined;
  if (match?.key === 'estimatedArrivalDate') return match;
  // The order's number as shown to the buyer is the displayable one: the seller's own.
  return match?.key === 'orderId' ? { ...match, key: 'merchantOrderId' } : undefined;
};

function wordList<K extends string>(
  keys: readonly K[],
  pick: (language: LabelLanguage) => Record<K, readonly string[]>,
) {
  const list: [string, K][] = [];
  for (const language of LABEL_LANGUAGES)
    for (const key of keys) for (const word of pick(language)[key]) list.push([normalizeLabel(word), key]);
  // Longest first, so "partiellement expédié" wins over "expédié".
  return list.sort((a, b) => b[0].length - a[0].length);
}

const statusWords = wordList(STATUS_KEYS, (l) => PAGE_LABELS[l].statuses);
const returnConditionWords = wordList(RETURN_CONDITION_KEYS, (l) => PAGE_LABELS[l].returnConditions);
const returnStatusWords = wordList(RETURN_STATUS_KEYS, (l) => PAGE_LABELS[l].returnStatuses);

/** The list as a lookup; a spelling listed twice keeps its first (longest-first order) key. */
function wordIndex<K>(list: readonly [string, K][]): Map<string, K> {
  const index = new Map<string, K>();
  for (const [word, key] of list) if (!index.has(word)) index.set(word, key);
  return index;
}
const statusIndex = wordIndex(statusWords);
const returnStatusIndex = wordIndex(returnStatusWords);
const returnConditionIndex = wordIndex(returnConditionWords);

const WORD_END = /[\s(,.–-]/;
/**
 * The longest word of `index` that is the whole value, or its start followed by a space or
 * punctuation ("Livré le 5 déc.", "Shipped (2 of 3)": the status word, then more). Looks up the
 * value's prefixes that end before such a character, longest first, instead of trying every word.
 */
function matchWord<K>(index: ReadonlyMap<string, K>, value: string): K | undefined {
  const normalized = normalizeLabel(value);
  const whole = index.get(normalized);
  if (whole !== undefined) return whole;
  for (let end = normalized.length - 1; end > 0; end--) {
    if (!WORD_END.test(normalized.charAt(end))) continue;
    const key = index.get(normalized.slice(0, end));
    if (key !== undefined) return key;
  }
  return undefined;
}

/**
 * A status word starting the value. Not "held" followed by more ("Held at customs", "Retenue en
 * douane" are a carrier's words for a parcel on its way): an order held is only ever said alone.
 */
export const matchStatus = (value: string): StatusKey | undefined => {
  const key = matchWord(statusIndex, value);
  if (key === 'delivered' && HANDED_TO_CARRIER.test(normalizeLabel(value))) return 'shipped';
  // "Disponible en point relais – retiré par le destinataire le 4 déc.", "Avisé, puis livré":
  // waiting at a counter, then collected; the later part says where the parcel is now.
  if (key === 'inTransit' && laterPartDelivered(value)) return 'delivered';
  // "On hold", "Received": whole values only ("Received by carrier", "Eingegangen im Paketzentrum"
  // are a parcel's events, not the order's state).
  return (key === 'held' || key === 'received') && statusIndex.get(normalizeLabel(value)) !== key
    ? undefined
    : key;
};
/** Where one state gives way to the next in one text: a dash, a comma, "puis", "then", "dann"… */
const CONNECTORS = '(?:puis|ensuite|then|dann|danach|anschließend|luego|después|poi|quindi)';
const NEXT_PART = new RegExp(`\\s+[–—-]\\s+|\\s*[,;:·]\\s*|\\s+(?=${CONNECTORS}\\s)`, 'iu');
const CONNECTOR = new RegExp(`^${CONNECTORS}\\s+`, 'iu');
const laterPartDelivered = (value: string): boolean =>
  value
    .split(NEXT_PART)
    .slice(1)
    .map((part) => part.replace(CONNECTOR, ''))
    .some((part) => {
      const key = matchWord(statusIndex, part);
      const normalized = normalizeLabel(part);
      return (
        key === 'delivered' && !HANDED_TO_CARRIER.test(normalized) && !NOT_YET_OR_ELSEWHERE.test(normalized)
      );
    });
/**
 * A later part that says "delivered" of something else than the parcel handed over: a promise
 * ("by Dec 9", "demain", "bis 18 Uhr") or a place on the way ("au point relais", "to sorting").
 */
export const NOT_YET_OR_ELSEWHERE =
  /\b(?:by (?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|end)\b)|before|tomorrow|expected|estimated|will|avant|demain|prevue?|prevu|bis|morgen|voraussichtlich|wird|manana|antes|hasta|prevista|previsto|entro|domani|point relais|relais|pickup point|parcel locker|locker|post office|bureau de poste|sorting|centre de tri|depot|punto di ritiro|ufficio postale|punto de recogida|oficina|packstation|paketshop|filiale)\b/u;

/**
 * "Consegnata al corriere", "Entregado al transportista", "Delivered to carrier": handed to the
 * carrier, the start of the journey, not its end (normalized: lower case, accents folded).
 */
export const HANDED_TO_CARRIER =
  /\b(?:al corriere|al vettore|al transportista|a la agencia|to (?:the )?(?:carrier|courier)|au transporteur|an den (?:versanddienstleister|zusteller|paketdienst|spediteur))\b/u;
/** A status word that is the whole value (a badge), not the start of a sentence. */
export const matchWholeStatus = (value: string): StatusKey | undefined =>
  statusIndex.get(normalizeLabel(value));
/** The SP-API disposition a page's words for a received unit's condition name. */
export const matchReturnCondition = (value: string): ReturnConditionKey | undefined =>
  matchWord(returnConditionIndex, value);
export const matchReturnStatus = (value: string): ReturnStatusKey | undefined => {
  const key = matchWord(returnStatusIndex, value);
  // "Recibido por el transportista", "Received by the carrier": the parcel is on its way back.
  return key === 'received' && BY_THE_CARRIER.test(normalizeLabel(value)) ? 'inTransit' : key;
};
/**
 * Received by the carrier, not by the seller (normalized): "recibido por el transportista",
 * "received by the carrier", "reçu par le transporteur", "ricevuto dal corriere", "vom Paketdienst
 * angenommen"; never a condition naming a carrier ("danneggiato dal corriere").
 */
const BY_THE_CARRIER =
  /^\S+\s+(?:por el|por|by the|by|par le|par|dal|dalla|vom|von der|von)\s+(?:transportista|carrier|courier|transporteur|corriere|vettore|paketdienst|zusteller|versanddienstleister|spediteur)\b/;
/** A return's status word that is the whole value (a badge). */
export const matchWholeReturnStatus = (value: string): ReturnStatusKey | undefined =>
  returnStatusIndex.get(normalizeLabel(value));

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * "Envoi 1 sur 3", "Paket Nr. 2": the word, a number sign or a space, the number. `glued`
 * ("Sendung1") only where a heading element holds it: elsewhere it is text run together from two
 * elements (a "Shipment" caption over an item's "1"), not a heading.
 */
function sectionPattern(pick: (language: LabelLanguage) => readonly string[], glued: boolean): RegExp {
  const words = LABEL_LANGUAGES.flatMap((l) => pick(l).map((w) => escapeRegExp(normalizeLabel(w))));
  const between = glued
    ? '(?: ?(?:n°|nº|no\\.?|nr\\.?|n\\.o|n\\.|#) ?| ?-? ?)'
    : '(?: ?(?:n°|nº|no\\.?|nr\\.?|n\\.o|n\\.|#) ?| )';
  return new RegExp(`^(?:${words.join('|')})${between}(\\d{1,3})(?: ?(?:of|sur|von|de|di|/) ?\\d{1,3})?$`);
}
for (const language of LABEL_LANGUAGES) {
  const { sections, actions } = PAGE_LABELS[language];
  for (const word of [...sections.shipment, ...sections.package])
    noteWord(`${normalizeLabel(word)} 999 sur 999`);
  for (const word of actions.createReturn) noteWord(normalizeLabel(word));
}
const shipmentHeading = sectionPattern((l) => PAGE_LABELS[l].sections.shipment, false);
const packageHeading = sectionPattern((l) => PAGE_LABELS[l].sections.package, false);
const gluedShipmentHeading = sectionPattern((l) => PAGE_LABELS[l].sections.shipment, true);
const gluedPackageHeading = sectionPattern((l) => PAGE_LABELS[l].sections.package, true);

/** "Envoi 1 sur 3" → 'shipment', "Package 2 of 2" → 'package'. */
export function matchSectionHeading(text: string): 'shipment' | 'package' | undefined {
  return matchNormalizedHeading(normalizeLabel(text));
}

const HAS_DIGIT = /\d/;
/** `glued`: the text is a heading element's, where "Sendung1" may be "<span>Sendung</span><span>1</span>". */
export function matchNormalizedHeading(
  normalized: string,
  glued = false,
): 'shipment' | 'package' | undefined {
  if (normalized.length > 40 || !HAS_DIGIT.test(normalized)) return undefined;
  if ((glued ? gluedShipmentHeading : shipmentHeading).test(normalized)) return 'shipment';
  if ((glued ? gluedPackageHeading : packageHeading).test(normalized)) return 'package';
  return undefined;
}

const createReturnWords = new Set(
  LABEL_LANGUAGES.flatMap((l) => PAGE_LABELS[l].actions.createReturn.map(normalizeLabel)),
);
export const isCreateReturnAction = (text: string): boolean => createReturnWords.has(normalizeLabel(text));
export const isNormalizedCreateReturnAction = (normalized: string): boolean =>
  createReturnWords.has(normalized);

const nonAmazonWords = new Set(LABEL_LANGUAGES.flatMap((l) => PAGE_LABELS[l].nonAmazon.map(normalizeLabel)));
export const isNonAmazon = (text: string): boolean => nonAmazonWords.has(normalizeLabel(text));

const damagedPhrases = LABEL_LANGUAGES.flatMap((l) =>
  PAGE_LABELS[l].unfulfillableReasons.damagedUnit.map(normalizeLabel),
);
const dangerousPhrases = LABEL_LANGUAGES.flatMap((l) =>
  PAGE_LABELS[l].unfulfillableReasons.dangerousGoods.map(normalizeLabel),
);

/** R7: the reason a notice gives for an order that cannot ship. */
export function matchUnfulfillableReason(text: string): 'damaged-unit' | 'dangerous-goods' | undefined {
  const normalized = normalizeLabel(text);
  if (dangerousPhrases.some((p) => normalized.includes(p))) return 'dangerous-goods';
  if (damagedPhrases.some((p) => normalized.includes(p))) return 'damaged-unit';
  return undefined;
}

const privateBlockWords = new Set(
  LABEL_LANGUAGES.flatMap((l) => [
    ...PAGE_LABELS[l].privateBlocks.map(normalizeLabel),
    ...PAGE_LABELS[l].fields.comments.map(normalizeLabel),
  ]),
);
for (const word of privateBlockWords) noteWord(word);
/**
 * A heading or label of a block of personal or customer-written text (normalized text): one of
 * the words, or a short heading that starts with one ("Buyer message", "Adresse du client").
 */
export function isNormalizedPrivateBlock(normalized: string): boolean {
  if (privateBlockWords.has(normalized)) return true;
  if (normalized.length > 40 || HAS_DIGIT.test(normalized)) return false;
  for (let end = normalized.indexOf(' '); end > 0; end = normalized.indexOf(' ', end + 1))
    if (privateBlockWords.has(normalized.slice(0, end))) return true;
  return false;
}

/** What may stand between an order word and the id: "n°", "nº", "no.", "nr.", "#", ":". */
const ORDER_NUMBER_SIGN = /(?:\s*(?:n\s?[°º]|n\.?\s?º|no\.?|nr\.?|n\.|#|:|：))*\s*$/;
const orderWords = new Set(
  LABEL_LANGUAGES.flatMap((l) => [
    ...PAGE_LABELS[l].orderWords.map(normalizeLabel),
    ...PAGE_LABELS[l].fields.orderId.map(normalizeLabel),
  ]).map((word) => word.replace(ORDER_NUMBER_SIGN, '')),
);
const longestOrderWord = Math.max(...[...orderWords].map((w) => w.length));

/**
 * Whether the text just before an order id names it as the order's id ("Commande n°",
 * "Order #", "Bestellung Nr.", "N.º de pedido:"): its last words, number signs stripped, are an
 * order word or an order-id label. `before` is the line's text before the id.
 */
export function introducesOrderId(before: string): boolean {
  const normalized = normalizeLabel(before.slice(-(longestOrderWord + 16))).replace(ORDER_NUMBER_SIGN, '');
  if (normalized.length === 0) return false;
  for (let start = normalized.length - 1; start >= 0; start--) {
    if (start > 0 && normalized.charAt(start - 1) !== ' ') continue;
    if (orderWords.has(normalized.slice(start))) return true;
  }
  return false;
}

const relativeDays = new Set(LABEL_LANGUAGES.flatMap((l) => PAGE_LABELS[l].relativeDays.map(normalizeLabel)));
/** A time after the day ("Oggi, 11:47", "Today at 9:14 AM"): the day alone is looked up. */
const TIME_AFTER = /[,\s]+(?:at |a |à |um |a las |alle )?\d{1,2}[:h.]\d{2}.*$/;

/** Whether the whole text names a day relative to today ("Hier", "Yesterday, 16:05"). */
export function isRelativeDay(text: string): boolean {
  const normalized = normalizeLabel(text);
  return relativeDays.has(normalized) || relativeDays.has(normalized.replace(TIME_AFTER, ''));
}
