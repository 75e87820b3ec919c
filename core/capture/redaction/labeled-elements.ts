import { isDataCell } from '../../page/table-grid';
import { collapse } from '../../page/text';
import { personalKindOfLabel } from '../personal-labels';
import { textNodesIn } from '../walk';
import { looksLikeAddressBlock } from './address-blocks';
import { planPersonalAttributes } from './attribute-values';
import { noteJsonValues } from './json-values';
import { keepAmazonAddress } from './kept-fields';
import {
  type LabeledPass,
  noteInlineValue,
  noteSender,
  replaceAfter,
  replaceUnclaimed,
} from './labeled-pass';
import { deferMessage, isListItem } from './later-names';
import { authorOfBlock, messageAfterAuthor, quotedEmail, senderOfHeading } from './message-blocks';
import { URL_ATTRIBUTES } from './patterns';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import type { PlannedWrites } from './planned-writes';
import { keepProductLink } from './product-links';
import { keepSellerReturnAddress, keepShopAddress } from './seller-return-address';
import { planSplitEmails } from './split-emails';
import { buyerIdsOfQuery, queryAsJson } from './url-values';
import { splitInlineField } from './value-regions';

// The labeled-values pass on an element: its attributes, the blocks that are personal whatever
// labels them (`<address>`, `<textarea>`, quoted e-mails, a message under its author, an
// unlabeled address block) and Katal's labeled components.

/** Whether the walk goes on into the element's children. */
export function visitLabeledElement(pass: LabeledPass, element: Element): boolean {
  const { writes, ledger } = pass;
  const name = element.localName;
  // A script is never written, but the JSON state it carries names people shown elsewhere.
  if (name === 'script' && /json/i.test(element.getAttribute('type') ?? ''))
    noteJsonValues(element.textContent ?? '', ledger);
  if (name === 'script' || name === 'style') return false;
  for (const attribute of Array.from(element.attributes)) {
    noteJsonValues(attribute.value, ledger);
    // href="/messaging/inbox?buyerName=…": a query's keys name its values as JSON keys do.
    if (!URL_ATTRIBUTES.has(attribute.name)) continue;
    const query = queryAsJson(attribute.value);
    if (query) noteJsonValues(query, ledger);
    for (const id of buyerIdsOfQuery(attribute.value)) {
      ledger.note('ids', id);
      ledger.noteString(id, PLACEHOLDERS.account);
    }
  }
  planPersonalAttributes(element, writes, ledger);
  if (writes.keptBlocks.has(element) || keepProductLink(element, writes)) return false;
  // aria-label="Conversación con Jordi Puig i Ferrer": the other side of a thread, named.
  for (const attribute of ['aria-label', 'title']) {
    const sender = senderOfHeading(element.getAttribute(attribute) ?? '');
    if (sender) noteSender(pass, sender);
  }
  const quoted = quotedEmail(element);
  if (quoted) {
    if (quoted.sender) noteSender(pass, quoted.sender);
    replaceUnclaimed(pass, 'message', [element]);
    return true;
  }
  const opened = authorOfBlock(element);
  const message = opened ? messageAfterAuthor(element, ledger, opened) : [];
  if (message.length > 0) replaceUnclaimed(pass, 'message', message);
  else if (opened) deferMessage(pass, element, opened);
  planSplitEmails(pass, element);
  if (isListItem(element)) pass.listItems.push(element);
  if (name === 'select') pass.selects.push(element);
  // An unlabeled block of lines with a postcode and a street or a phone: an address.
  if (looksLikeAddressBlock(element)) replaceUnclaimed(pass, 'address', [element]);
  // <address> is an address block, <textarea> holds free text (a message): whatever labels them;
  // so does a box the seller or a customer types into (a draft reply, a packing-slip note).
  if (name === 'address' || name === 'textarea' || isEditable(element))
    replaceUnclaimed(pass, name === 'address' ? 'address' : 'message', [element]);
  katalLabeled(pass, element);
  // <div role="gridcell" aria-label="Buyer name">: a cell naming its column only to screen readers.
  const cellKind = isDataCell(element)
    ? personalKindOfLabel(element.getAttribute('aria-label') ?? '')
    : undefined;
  if (cellKind) replaceUnclaimed(pass, cellKind, [element]);
  return true;
}

/**
 * Amazon's address, the seller's own return address or the shop's: kept as they are. Marked in a
 * pass of their own before the labels are read (./labeled-values.ts), so that a label over one
 * ("Remitente", "Indirizzo di spedizione" over an Amazon Locker) does not replace it.
 */
export function keepsAddress(element: Element, writes: PlannedWrites): boolean {
  const kept =
    keepAmazonAddress(element, writes) ||
    keepSellerReturnAddress(element, writes) ||
    keepShopAddress(element, writes);
  if (kept) writes.keptBlocks.add(element);
  return kept;
}

/** `contenteditable`, `contenteditable="true"`, `"plaintext-only"`: someone's own words. */
function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/** `<kat-input label="Buyer name" value="…">`, `<kat-label text="Shipping address">`. */
function katalLabeled(pass: LabeledPass, element: Element): void {
  const { writes, ledger } = pass;
  if (!element.localName.startsWith('kat-')) return;
  const label = element.getAttribute('label') ?? element.getAttribute('text');
  if (!label) return;
  const kind = personalKindOfLabel(collapse(label));
  if (!kind) {
    inlineAttribute(pass, element, label);
    return;
  }
  if (writes.attributes.has(element)) return;
  if (element.hasAttribute('value')) {
    const value = element.getAttribute('value') ?? '';
    if (value.trim() === '') return;
    writes.setAttribute(element, 'value', PLACEHOLDER_OF[kind]);
    ledger.noteRegion(KIND_COUNTER[kind]);
    if (kind === 'name') ledger.noteName(value);
    else if (kind === 'email') ledger.noteString(value, PLACEHOLDERS.email);
  } else if (textNodesIn(element).every((t) => t.data.trim() === '')) replaceAfter(pass, element, kind);
}

/** `<kat-label text="Empfänger: Annika von Brühl">`: the label stays, its value goes. */
function inlineAttribute(pass: LabeledPass, element: Element, label: string): void {
  const inline = splitInlineField(label);
  if (!inline || inline.value.trim() === '') return;
  const name = element.hasAttribute('label') ? 'label' : 'text';
  pass.writes.setAttribute(element, name, `${inline.prefix} ${PLACEHOLDER_OF[inline.kind]}${inline.suffix}`);
  noteInlineValue(pass, inline.kind, inline.value);
}
