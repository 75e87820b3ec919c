import { collapse } from '../../page/text';
import { type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE, textNodesIn, walkComposed } from '../walk';
import { looksLikeAddressBlock } from './address-blocks';
import { planPersonalAttributes } from './attribute-values';
import { isReaderFieldLabel, keepAmazonAddress, keepFieldValue } from './kept-fields';
import type { RemovedLedger } from './ledger';
import { messageAfterAuthor, messageUnderHeading, quotedEmail, senderOfHeading } from './message-blocks';
import { personalKindOfIdentifier } from './personal-attributes';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import type { PlannedWrites } from './planned-writes';
import {
  FIELD_SEPARATOR,
  isInline,
  labelAnchor,
  regionOf,
  type Slot,
  splitInlineField,
  startsAnotherField,
  valueNodesAfter,
} from './value-regions';

// The first pass of a capture's redaction: every value a known label announces ("Adresse de
// livraison", "Buyer name", "Telefon", "Gift message"…, see ../personal-labels.ts), replaced
// whatever it says, and every `<address>` (an address block) and `<textarea>` (a message),
// labeled or not. A text node is claimed by the first region that takes it.

/**
 * A report preview's raw column name in a header cell ("buyer-name", "ship-address-1",
 * "recipient_name"): the kind its words say, as for a `data-*` attribute.
 */
function kindOfColumnName(text: Text, collapsed: string): PersonalKind | undefined {
  if (!/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/i.test(collapsed)) return undefined;
  if (text.parentElement?.closest('th') == null) return undefined;
  return personalKindOfIdentifier(collapsed);
}

/** "Buyer's comment – Nov 29, 2024, 8:03 pm": a message's label with its time after a separator. */
function datedMessageLabel(collapsed: string): PersonalKind | undefined {
  const [label, ...rest] = collapsed.split(FIELD_SEPARATOR);
  if (rest.length === 0 || !/\d/.test(rest.join(' '))) return undefined;
  return personalKindOfLabel(label ?? '') === 'message' ? 'message' : undefined;
}

export function planLabeledValues(root: Node, writes: PlannedWrites, ledger: RemovedLedger): void {
  const claimed = new Set<Text>();
  const replace = (kind: PersonalKind, slots: readonly Slot[], holders: readonly Element[]) => {
    for (const slot of slots) claimed.add(slot.node);
    writes.replaceSlots(kind, slots, holders);
  };
  const replaceAfter = (anchor: Node, kind: PersonalKind) => {
    const { slots, holders } = regionOf(valueNodesAfter(anchor, kind));
    replace(kind, slots, holders);
  };

  const replaceUnclaimed = (kind: PersonalKind, nodes: Node[]) => {
    const region = regionOf(nodes);
    const slots = region.slots.filter((slot) => !claimed.has(slot.node));
    if (slots.length > 0) replace(kind, slots, region.holders);
  };

  function visitElement(element: Element): boolean {
    const name = element.localName;
    if (name === 'script' || name === 'style') return false;
    planPersonalAttributes(element, writes, ledger);
    if (keepAmazonAddress(element, writes)) return false;
    // aria-label="Conversación con Jordi Puig i Ferrer": the other side of a thread, named.
    for (const attribute of ['aria-label', 'title']) {
      const sender = senderOfHeading(element.getAttribute(attribute) ?? '');
      if (sender) noteSender(sender);
    }
    const quoted = quotedEmail(element);
    if (quoted) {
      if (quoted.sender) noteSender(quoted.sender);
      replaceUnclaimed('message', [element]);
      return true;
    }
    const message = messageAfterAuthor(element, ledger);
    if (message.length > 0) replaceUnclaimed('message', message);
    // An unlabeled block of lines with a postcode and a street or a phone: an address.
    if (looksLikeAddressBlock(element)) replaceUnclaimed('address', [element]);
    // <address> is an address block, <textarea> holds free text (a message): whatever labels them.
    if (name === 'address' || name === 'textarea')
      replaceUnclaimed(name === 'address' ? 'address' : 'message', [element]);
    // <kat-input label="Buyer name" value="…">, <kat-label text="Shipping address">
    const label = name.startsWith('kat-')
      ? (element.getAttribute('label') ?? element.getAttribute('text'))
      : null;
    const kind = label ? personalKindOfLabel(collapse(label)) : undefined;
    if (label && !kind) planInlineAttribute(element, label);
    if (!kind || writes.attributes.has(element)) return true;
    if (element.hasAttribute('value')) {
      const value = element.getAttribute('value') ?? '';
      if (value.trim() !== '') {
        writes.setAttribute(element, 'value', PLACEHOLDER_OF[kind]);
        ledger.noteRegion(KIND_COUNTER[kind]);
        if (kind === 'name') ledger.noteName(value);
        else if (kind === 'email') ledger.noteString(value, PLACEHOLDERS.email);
      }
    } else if (textNodesIn(element).every((t) => t.data.trim() === '')) replaceAfter(element, kind);
    return true;
  }

  /** `<kat-label text="Empfänger: Annika von Brühl">`: the label stays, its value goes. */
  function planInlineAttribute(element: Element, label: string): void {
    const inline = splitInlineField(label);
    if (!inline || inline.value.trim() === '') return;
    const name = element.hasAttribute('label') ? 'label' : 'text';
    writes.setAttribute(element, name, `${inline.prefix} ${PLACEHOLDER_OF[inline.kind]}${inline.suffix}`);
    ledger.noteRegion(KIND_COUNTER[inline.kind]);
    if (inline.kind === 'name') ledger.noteName(inline.value);
  }

  function noteSender(name: string): void {
    ledger.note('names', name);
    ledger.noteName(name);
  }

  /** What follows a value on its line ("| Téléphone : 06 …"), its own labeled values replaced. */
  function inlineRest(suffix: string): string {
    const next = splitInlineField(suffix);
    if (!next || next.value.trim() === '') return suffix;
    ledger.noteRegion(KIND_COUNTER[next.kind]);
    if (next.kind === 'name') ledger.noteName(next.value);
    return `${next.prefix} ${PLACEHOLDER_OF[next.kind]}${inlineRest(next.suffix)}`;
  }

  function visitText(text: Text): void {
    const collapsed = collapse(text.data);
    if (collapsed === '' || collapsed.length > 400) return;
    const kind =
      personalKindOfLabel(collapsed) ?? kindOfColumnName(text, collapsed) ?? datedMessageLabel(collapsed);
    if (kind) {
      replaceAfter(labelAnchor(text, collapsed), kind);
      return;
    }
    if (isReaderFieldLabel(collapsed)) {
      writes.kept.set(text, 'field');
      keepFieldValue(text, writes);
      return;
    }
    // "Message de Jeanne Dupont": the name goes wherever it is, and the message under it.
    const sender = senderOfHeading(collapsed);
    if (sender) {
      noteSender(sender);
      const message = messageUnderHeading(labelAnchor(text, collapsed));
      if (message) replaceUnclaimed('message', [message]);
      return;
    }
    // "Téléphone : 06 12 34 56 78", "Gift message: Happy birthday<br>Love, Ann"
    const inline = splitInlineField(text.data);
    if (!inline) return;
    const inlineKind = inline.kind;
    const slots: Slot[] = [
      { node: text, prefix: inline.prefix, value: inline.value, suffix: inlineRest(inline.suffix) },
    ];
    const rest: Node[] = [];
    if ((inlineKind === 'address' || inlineKind === 'message') && inline.suffix === '')
      for (let s = text.nextSibling; s && isInline(s) && !startsAnotherField(s); s = s.nextSibling)
        rest.push(s);
    const region = regionOf(rest);
    slots.push(...region.slots);
    for (const slot of slots) claimed.add(slot.node);
    // "Téléphone :" alone on its line: the value is in what follows.
    if (slots[0]!.value.trim() === '' && region.slots.length === 0)
      replaceAfter(labelAnchor(text, collapsed), inlineKind);
    else writes.replaceSlots(inlineKind, slots, region.holders);
  }

  walkComposed(root, (node) => {
    if (node.nodeType === ELEMENT_NODE) return visitElement(node as Element);
    if (node.nodeType === TEXT_NODE && !claimed.has(node as Text)) visitText(node as Text);
    return true;
  });
}
