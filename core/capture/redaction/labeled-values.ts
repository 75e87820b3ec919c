import { ELEMENT_NODE, TEXT_NODE, walkComposed } from '../walk';
import { keepsAddress, visitLabeledElement } from './labeled-elements';
import type { LabeledPass } from './labeled-pass';
import { visitLabeledText } from './labeled-text';
import { planLaterNames } from './later-names';
import type { RemovedLedger } from './ledger';
import { signatureNames } from './message-signatures';
import { replaceOptionsBesideRemoved } from './option-lists';
import type { PlannedWrites } from './planned-writes';

// The first pass of a capture's redaction: every value a known label announces ("Adresse de
// livraison", "Buyer name", "Telefon", "Gift message"…, see ../personal-labels.ts), replaced
// whatever it says, and every `<address>` (an address block) and `<textarea>` (a message),
// labeled or not. A text node is claimed by the first region that takes it: elements in
// ./labeled-elements.ts, texts in ./labeled-text.ts; what a name further down decides comes
// last (./later-names.ts), and a select's options naming people last of all (./option-lists.ts).

export function planLabeledValues(root: Node, writes: PlannedWrites, ledger: RemovedLedger): void {
  const pass: LabeledPass = {
    writes,
    ledger,
    claimed: new Set<Text>(),
    deferred: [],
    listItems: [],
    selects: [],
  };
  // Amazon's and the seller's own addresses first: no label over one then takes it.
  walkComposed(root, (node) => node.nodeType !== ELEMENT_NODE || !keepsAddress(node as Element, writes));
  walkComposed(root, (node) => {
    if (node.nodeType === ELEMENT_NODE) return visitLabeledElement(pass, node as Element);
    if (node.nodeType === TEXT_NODE && !pass.claimed.has(node as Text)) visitLabeledText(pass, node as Text);
    // A signature over a phone line, in any text but the seller's kept blocks: chased everywhere.
    if (node.nodeType === TEXT_NODE && writes.kept.get(node as Text) !== 'verbatim')
      for (const name of signatureNames((node as Text).data)) ledger.noteName(name);
    return true;
  });
  planLaterNames(pass);
  replaceOptionsBesideRemoved(pass, pass.selects);
  // A product's title kept as its field's value: its words stay where a text quotes it.
  for (const [text, kept] of writes.kept) if (kept === 'field') ledger.titles.note(text.data);
}
