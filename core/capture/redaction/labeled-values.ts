import { collapse } from '../../page/text';
import { type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE, textNodesIn, walkComposed } from '../walk';
import type { RemovedLedger } from './ledger';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import type { PlannedWrites } from './planned-writes';
import {
  isInline,
  labelAnchor,
  regionOf,
  type Slot,
  startsAnotherField,
  valueNodesAfter,
} from './value-regions';

// The first pass of a capture's redaction: every value a known label announces ("Adresse de
// livraison", "Buyer name", "Telefon", "Gift message"…, see ../personal-labels.ts), replaced
// whatever it says, and every `<address>` (an address block) and `<textarea>` (a message),
// labeled or not. A text node is claimed by the first region that takes it.

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

  function visitElement(element: Element): boolean {
    const name = element.localName;
    if (name === 'script' || name === 'style') return false;
    // <address> is an address block, <textarea> holds free text (a message): whatever labels them.
    if (name === 'address' || name === 'textarea') {
      const region = regionOf([element]);
      const slots = region.slots.filter((slot) => !claimed.has(slot.node));
      if (slots.length > 0) replace(name === 'address' ? 'address' : 'message', slots, region.holders);
    }
    // <kat-input label="Buyer name" value="…">, <kat-label text="Shipping address">
    const label = name.startsWith('kat-')
      ? (element.getAttribute('label') ?? element.getAttribute('text'))
      : null;
    const kind = label ? personalKindOfLabel(collapse(label)) : undefined;
    if (!kind || writes.attributes.has(element)) return true;
    if (element.hasAttribute('value')) {
      const value = element.getAttribute('value') ?? '';
      if (value.trim() !== '') {
        writes.setAttribute(element, 'value', PLACEHOLDER_OF[kind]);
        ledger.noteRegion(KIND_COUNTER[kind]);
        if (kind === 'name') ledger.noteString(value, PLACEHOLDERS.name);
        else if (kind === 'email') ledger.noteString(value, PLACEHOLDERS.email);
      }
    } else if (textNodesIn(element).every((t) => t.data.trim() === '')) replaceAfter(element, kind);
    return true;
  }

  function visitText(text: Text): void {
    const collapsed = collapse(text.data);
    if (collapsed === '' || collapsed.length > 400) return;
    const kind = personalKindOfLabel(collapsed);
    if (kind) {
      replaceAfter(labelAnchor(text, collapsed), kind);
      return;
    }
    // "Téléphone : 06 12 34 56 78", "Gift message: Happy birthday<br>Love, Ann"
    const colon = text.data.search(/[:：]/);
    if (colon <= 0 || colon > 60) return;
    const inlineKind = personalKindOfLabel(collapse(text.data.slice(0, colon)));
    if (!inlineKind) return;
    const slots: Slot[] = [
      { node: text, prefix: text.data.slice(0, colon + 1), value: text.data.slice(colon + 1) },
    ];
    const rest: Node[] = [];
    if (inlineKind === 'address' || inlineKind === 'message')
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
