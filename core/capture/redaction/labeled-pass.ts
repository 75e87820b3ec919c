import { isDataCell } from '../../page/table-grid';
import { composedText } from '../../page/text';
import type { PersonalKind } from '../personal-labels';
import { commentOfCell } from './comment-cells';
import { keepAmazonValue } from './kept-fields';
import type { RemovedLedger } from './ledger';
import { KIND_COUNTER, PLACEHOLDER_OF } from './placeholders';
import type { PlannedWrites } from './planned-writes';
import { regionOf, type Slot, splitInlineField, valueNodesAfter } from './value-regions';

// The state of one labeled-values pass (./labeled-values.ts): the writes it plans, the ledger of
// what it removed, and the text nodes already claimed by a region (the first region wins).

export interface LabeledPass {
  readonly writes: PlannedWrites;
  readonly ledger: RemovedLedger;
  readonly claimed: Set<Text>;
  /** Blocks whose author may be known only later on the page (./later-names.ts). */
  readonly deferred: Element[];
  /** Items of lists, whose first lines may name people (./later-names.ts). */
  readonly listItems: Element[];
  /** The page's selects, whose options may name people (./option-lists.ts). */
  readonly selects: Element[];
}

export function replaceSlots(
  pass: LabeledPass,
  kind: PersonalKind,
  slots: readonly Slot[],
  holders: readonly Element[],
  options: { cell?: boolean; town?: boolean } = {},
): void {
  for (const slot of slots) pass.claimed.add(slot.node);
  pass.writes.replaceSlots(kind, slots, holders, options);
}

const ADDRESS_PART =
  /\d|line|ligne|l[ií]nea|zeile|city|town|ville|ciudad|citt[aà]|stadt|\bort\b|\bcap\b|postal|plz|zip|localit|localidad/i;
/** "Città", "CAP", "Indirizzo 2": a label of one part of an address, never its addressee. */
export const isAddressPartLabel = (label: string): boolean => ADDRESS_PART.test(label);
const TOWN_PART = /city|town|ville|ciudad|citt[aà]|stadt|\bort\b|localit|localidad|postal|plz|zip|\bcap\b/i;
/** "Ville", "Code postal", "Città": a label whose value is a town, "75000 Ville" in the file. */
export const isTownLabel = (label: string): boolean =>
  TOWN_PART.test(label) && !/line|ligne|adres|addres|indiriz|direcc/i.test(label);

/** The value a label announces, in what follows its anchor. */
export function replaceAfter(pass: LabeledPass, anchor: Node, kind: PersonalKind): void {
  const nodes = valueNodesAfter(anchor, kind);
  if (keepAmazonValue(nodes, pass.writes)) return;
  // A column under its header: one value per row, each row keeping its own placeholder.
  const cells = nodes.length > 0 && nodes.every((node) => node.nodeType === 1 && isDataCell(node as Element));
  const column = cells && nodes.length > 1;
  // "Città", "CAP", "Indirizzo 2": one part of an address, in a column or alone ("Ville : Saran"),
  // never its addressee ("75000 Ville", not "Nom Prénom").
  const label = composedText(anchor, 60) ?? '';
  const cell = kind === 'address' && ADDRESS_PART.test(label);
  const town = kind === 'address' && isTownLabel(label);
  const valueOfCell = (node: Node): Node[] => (kind === 'message' ? commentOfCell(node as Element) : [node]);
  const values = column ? nodes.map(valueOfCell) : cells ? [nodes.flatMap(valueOfCell)] : [nodes];
  for (const value of values) {
    const { slots, holders } = regionOf(value);
    replaceSlots(pass, kind, slots, holders, { cell, town });
  }
}

/** The value in `nodes` (a form's field), its text and its holders' attributes. */
export function replaceRegion(pass: LabeledPass, kind: PersonalKind, nodes: Node[]): void {
  const { slots, holders } = regionOf(nodes);
  replaceSlots(pass, kind, slots, holders);
}

/** A block's text, but none an earlier region already took. */
export function replaceUnclaimed(pass: LabeledPass, kind: PersonalKind, nodes: Node[]): void {
  const region = regionOf(nodes);
  const slots = region.slots.filter((slot) => !pass.claimed.has(slot.node));
  if (slots.length > 0) replaceSlots(pass, kind, slots, region.holders);
}

/** A correspondent named by a heading or an attribute: the name goes wherever else it shows. */
export function noteSender(pass: LabeledPass, name: string): void {
  pass.ledger.note('names', name);
  pass.ledger.noteName(name);
}

/** A labeled value inline in a text ("Téléphone : 06 …") was replaced: the ledger counts it. */
export function noteInlineValue(pass: LabeledPass, kind: PersonalKind, value: string): void {
  pass.ledger.noteRegion(KIND_COUNTER[kind]);
  if (kind === 'name') pass.ledger.noteName(value);
}

/** What follows a value on its line ("| Téléphone : 06 …"), its own labeled values replaced. */
export function inlineRest(pass: LabeledPass, suffix: string): string {
  const next = splitInlineField(suffix);
  if (!next || next.value.trim() === '') return suffix;
  noteInlineValue(pass, next.kind, next.value);
  return `${next.prefix} ${PLACEHOLDER_OF[next.kind]}${inlineRest(pass, next.suffix)}`;
}
