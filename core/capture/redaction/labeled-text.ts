import { headerCellOf } from '../../page/table-grid';
import { collapse, normalizeLabel } from '../../page/text';
import {
  isFieldNameLabel,
  isNamePartLabel,
  type PersonalKind,
  personalKindOfLabel,
} from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE } from '../walk';
import { isAccountSwitcher } from './account-switcher';
import { planCustomisation } from './customisation-lines';
import { planDelimitedText } from './delimited-text';
import { asksForPerson } from './field-kinds';
import { controlOfLabel } from './form-controls';
import { isPlaceOfGoodsLabel } from './goods-places';
import { isReaderFieldLabel, keepFieldValue, readerFieldValue } from './kept-fields';
import {
  inlineRest,
  isAddressPartLabel,
  isTownLabel,
  type LabeledPass,
  noteSender,
  replaceAfter,
  replaceRegion,
  replaceUnclaimed,
} from './labeled-pass';
import { messageUnderHeading, senderOfHeading } from './message-blocks';
import { replaceOptions } from './option-lists';
import { isIdentifier, isProductTitleIdentifier, personalKindOfIdentifier } from './personal-attributes';
import {
  FIELD_SEPARATOR,
  isInline,
  labelAnchor,
  regionOf,
  type Slot,
  splitInlineField,
  startsAnotherField,
} from './value-regions';

// The labeled-values pass on a text: a label whose value goes ("Adresse de livraison"), a label
// of the reader's whose value stays ("Date d'expédition"), a message's heading naming its sender,
// or a label and its value on one line ("Téléphone : 06 12 34 56 78").

/**
 * A report preview's raw column name in a header cell ("buyer-name", "ship-address-1",
 * "recipient_name", "AddressName"): the kind its words say, as for a `data-*` attribute.
 */
function kindOfColumnName(text: Text, collapsed: string): PersonalKind | undefined {
  if (!isIdentifier(collapsed) || headerCellOf(text) === null) return undefined;
  return personalKindOfIdentifier(collapsed);
}

/** A report preview's raw column of product titles ("product-name") in a header cell. */
const isProductColumnName = (text: Text, collapsed: string): boolean =>
  headerCellOf(text) !== null && isProductTitleIdentifier(collapsed);

/** "Vorname" or "Cognome" heading a column or a row: the name's part in every cell under it. */
const kindOfNamePartHeader = (text: Text, collapsed: string): PersonalKind | undefined =>
  isNamePartLabel(collapsed) && headerCellOf(text) !== null ? 'name' : undefined;

/** "Buyer's comment – Nov 29, 2024, 8:03 pm": a message's label with its time after a separator. */
function datedMessageLabel(collapsed: string): PersonalKind | undefined {
  const [label, ...rest] = collapsed.split(FIELD_SEPARATOR);
  if (rest.length === 0 || !/\d/.test(rest.join(' '))) return undefined;
  return personalKindOfLabel(label ?? '') === 'message' ? 'message' : undefined;
}

/**
 * "Messaggio" beside "Esito" in an upload's results: Amazon's explanation of each row's outcome
 * ("CAP non valido…"), not a customer's message.
 */
const OUTCOME_HEADERS = new Set(
  [
    'Esito',
    'Risultato',
    'Result',
    'Outcome',
    'Ergebnis',
    'Resultado',
    'Résultat',
    'Error',
    'Errore',
    'Fehler',
    'Erreur',
  ].map(normalizeLabel),
);
function explainsOutcome(text: Text): boolean {
  const row = headerCellOf(text)?.parentElement;
  return (
    !!row &&
    Array.from(row.children).some((cell) => OUTCOME_HEADERS.has(normalizeLabel(cell.textContent ?? '')))
  );
}

export function visitLabeledText(pass: LabeledPass, text: Text): void {
  if (planDelimitedText(pass, text)) return;
  const collapsed = collapse(text.data);
  if (collapsed === '' || collapsed.length > 400) return;
  // An option's words ("Buyer email" among a search's fields) label nothing: it is a choice.
  if (text.parentElement?.closest('option')) return;
  if (isAccountSwitcher(collapsed, text.parentElement)) {
    pass.writes.kept.set(text, 'field');
    return;
  }
  // "Personnalisations" over an engraving's lines: the buyer's words, each line a message.
  if (planCustomisation(pass, text, collapsed)) return;
  let kind =
    personalKindOfLabel(collapsed) ??
    kindOfColumnName(text, collapsed) ??
    kindOfNamePartHeader(text, collapsed) ??
    datedMessageLabel(collapsed);
  if (kind === 'message' && explainsOutcome(text)) kind = undefined;
  if (kind === 'address' && isPlaceOfGoodsLabel(text, collapsed)) kind = undefined;
  const control = kind || isFieldNameLabel(collapsed) ? controlOfLabel(text) : undefined;
  // "Nom" names a template or a rule as well as a person: a person's only in a form asking for one.
  if (control && (kind || asksForPerson(control))) {
    // A select's options are the values (an address's, one per option, are the region's).
    if (control.localName === 'select' && kind !== 'address') replaceOptions(pass, kind ?? 'name', control);
    else replaceRegion(pass, kind ?? 'name', [control]);
    return;
  }
  if (kind) {
    replaceAfter(pass, labelAnchor(text, collapsed), kind);
    return;
  }
  if (isReaderFieldLabel(collapsed) || isProductColumnName(text, collapsed)) {
    pass.writes.kept.set(text, 'field');
    keepFieldValue(text, pass.writes);
    return;
  }
  // "Message de Jeanne Dupont": the name goes wherever it is, and the message under it.
  const sender = senderOfHeading(collapsed);
  if (sender) {
    noteSender(pass, sender);
    const message = messageUnderHeading(labelAnchor(text, collapsed));
    if (message) replaceUnclaimed(pass, 'message', [message]);
    return;
  }
  // "Articolo: Lampada «Hikari»": a title, no one's name; with a person's field after it on the
  // line ("… · Acheteur : …"), that field is still read, the title's words still kept.
  const title = readerFieldValue(collapsed);
  if (title !== undefined) {
    pass.ledger.titles.note(title);
    const above = lineAboveCode(text, collapsed);
    if (above) pass.ledger.titles.note(above);
    if (!splitInlineField(text.data)) {
      pass.writes.kept.set(text, 'field');
      return;
    }
  }
  inlineField(pass, text, collapsed);
}

/**
 * "Bougie « Villeneuve » cire de soja<br>SKU : BOUGIE-…": the line right above a SKU's or an
 * ASIN's is the product's title, whose words a buyer's name may share ("Henri de Villeneuve").
 */
function lineAboveCode(text: Text, collapsed: string): string | undefined {
  if (!/^(?:sku|asin)\s?[:：]/i.test(collapsed)) return undefined;
  const br = text.previousSibling;
  if (br?.nodeType !== ELEMENT_NODE || (br as Element).localName !== 'br') return undefined;
  const line = br.previousSibling;
  const shown = line?.nodeType === TEXT_NODE ? collapse((line as Text).data) : '';
  return shown.length >= 12 ? shown : undefined;
}

/** "Téléphone : 06 12 34 56 78", "Gift message: Happy birthday<br>Love, Ann". */
function inlineField(pass: LabeledPass, text: Text, collapsed: string): void {
  const inline = splitInlineField(text.data);
  if (!inline) return;
  if (inline.kind === 'address' && isPlaceOfGoodsLabel(text, inline.prefix)) return;
  const kind = inline.kind;
  const slots: Slot[] = [
    { node: text, prefix: inline.prefix, value: inline.value, suffix: inlineRest(pass, inline.suffix) },
  ];
  const rest: Node[] = [];
  if ((kind === 'address' || kind === 'message') && inline.suffix === '')
    for (let s = text.nextSibling; s && isInline(s) && !startsAnotherField(s); s = s.nextSibling)
      rest.push(s);
  const region = regionOf(rest);
  slots.push(...region.slots);
  for (const slot of slots) pass.claimed.add(slot.node);
  // "Téléphone :" alone on its line: the value is in what follows.
  if (slots[0]!.value.trim() === '' && region.slots.length === 0)
    replaceAfter(pass, labelAnchor(text, collapsed), kind);
  else
    pass.writes.replaceSlots(kind, slots, region.holders, {
      cell: kind === 'address' && isAddressPartLabel(inline.prefix),
      town: kind === 'address' && isTownLabel(inline.prefix),
    });
}
