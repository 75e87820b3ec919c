import { collapse } from '../../page/text';
import { isCountryName, type PersonalKind, personalKindOfLabel } from '../personal-labels';
import type { RemovedLedger } from './ledger';
import { namesBesidePhones } from './message-signatures';
import { messageSlots } from './message-slots';
import { nameSlots } from './name-slots';
import {
  digitCount,
  EMAIL,
  HAS_EMAIL,
  LOOKS_LIKE_PHONE,
  PHONE_DIGITS,
  POSTCODE_ANYWHERE,
  POSTCODE_CITY,
  POSTCODE_LINE,
  STREETS,
  UK_POSTCODE,
  US_STATE_ZIP,
} from './patterns';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import { isFirm, type Slot, splitInlineField } from './value-regions';

// The replacements decided for labeled values, before anything is written: a text node's new
// text, an element's new attribute values. An address block is rewritten line by line (a name, a
// street, a city, a phone, an e-mail each keep their line, as placeholders); any other kind
// becomes its one placeholder.

/** The postcodes the shapes find anywhere (./shape-redactor.ts). */
const POSTCODES_IN_TEXT = [POSTCODE_CITY, UK_POSTCODE, US_STATE_ZIP].map(
  (pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')),
);

/** A label, then a number: "Tél. 06 71 38 22 90". */
const PHONE_AFTER_LABEL = /^(\p{L}[\p{L}.]{0,20})\s+([+(]?\d[\d ()./-]{6,24})$/u;

/** Between the parts of an address written on one line, kept as they are. */
const ADDRESS_PART = /(\s[·|•]\s)/;
const BLOCK_OF_LINE = 'td,th,li,div,p,dd,dt,address,section,article,tr';

/** Slots grouped by the line they show on: the nearest block holding them, when it has no <br>. */
function linesOfSlots(slots: readonly Slot[]): Slot[][] {
  const lines: Slot[][] = [];
  let previous: { block: Element | null } | undefined;
  for (const slot of slots) {
    const block = slot.node.parentElement?.closest(BLOCK_OF_LINE) ?? null;
    const sameLine =
      previous !== undefined &&
      block !== null &&
      block === previous.block &&
      block.querySelector('br') === null;
    if (sameLine) lines[lines.length - 1]!.push(slot);
    else lines.push([slot]);
    previous = { block };
  }
  return lines;
}

const HOLDER_ATTRIBUTES = ['text', 'label', 'value', 'title', 'aria-label', 'placeholder'];
const isHiddenInput = (element: Element): boolean =>
  element.localName === 'input' && (element.getAttribute('type') ?? '').toLowerCase() === 'hidden';

export class PlannedWrites {
  readonly texts = new Map<Text, string>();
  readonly attributes = new Map<Element, Map<string, string>>();
  /**
   * Texts the shapes must not touch: Amazon's own address on a return slip (`verbatim`), and the
   * values of a product, SKU or carrier field, where a title is no person (`field`).
   */
  readonly kept = new Map<Text, 'verbatim' | 'field'>();
  /** The blocks kept whole (Amazon's, the seller's own address), their texts `verbatim`. */
  readonly keptBlocks = new Set<Element>();

  constructor(private readonly ledger: RemovedLedger) {}

  setAttribute(element: Element, name: string, value: string): void {
    let names = this.attributes.get(element);
    if (!names) {
      names = new Map();
      this.attributes.set(element, names);
    }
    names.set(name, value);
  }

  /**
   * Replaces a labeled value of `kind`: its text slots and the attributes of its holders. A `cell`
   * of an address part's column ("Città", "Indirizzo 2") holds no addressee; a `town` is a town.
   */
  replaceSlots(
    kind: PersonalKind,
    slots: readonly Slot[],
    attributeHolders: readonly Element[],
    { cell = false, town = false } = {},
  ): void {
    const region = kind === 'name' ? nameSlots(slots) : kind === 'message' ? messageSlots(slots) : slots;
    // Amazon's or the seller's own address under a label of ours stays (./labeled-values.ts).
    const filled = region.filter(
      (slot) =>
        slot.value.trim() !== '' && !this.texts.has(slot.node) && this.kept.get(slot.node) !== 'verbatim',
    );
    if (filled.length === 0 && attributeHolders.length === 0) return;
    if (kind === 'address' && town) this.replaceTown(filled);
    else if (kind === 'address') this.replaceAddress(filled, cell);
    else {
      this.ledger.noteRegion(KIND_COUNTER[kind]);
      filled.forEach((slot, i) => {
        this.write(slot, i === 0 ? PLACEHOLDER_OF[kind] : '');
      });
      if (kind === 'message') {
        const message = filled.map((slot) => slot.value).join('\n');
        this.ledger.noteMessage(message);
        for (const name of namesBesidePhones(message)) this.ledger.noteName(name);
      }
      if (kind === 'name' || kind === 'email') {
        const whole = collapse(filled.map((slot) => slot.value).join(' '));
        // "Hélène de La Villardière <helene@…>": the name is chased without its address.
        if (kind === 'name')
          this.ledger.noteName(collapse(nameLines(filled).replace(/<[^>]*>|\S+@\S+/g, ' ')));
        for (const email of whole.match(EMAIL) ?? []) this.ledger.noteString(email, PLACEHOLDERS.email);
      }
    }
    for (const holder of attributeHolders) {
      // A hidden input is never written (its value is the page's token or id: an order's
      // "S01-…"), and chasing its value as a street would take that id out of the page.
      if (isHiddenInput(holder)) continue;
      for (const name of HOLDER_ATTRIBUTES)
        if (holder.hasAttribute(name)) {
          const value = holder.getAttribute(name) ?? '';
          if (name === 'value' && kind === 'name') this.ledger.noteName(value);
          // One line of an address form ("Code postal", "Adresse (ligne 2)"): its own placeholder.
          const line = name === 'value' && kind === 'address' && !value.includes('\n');
          this.setAttribute(
            holder,
            name,
            line ? this.addressText(value, { named: true }) : PLACEHOLDER_OF[kind],
          );
        }
    }
  }

  /** A value under a town's or a postcode's label ("Ville : Saran"): a town, not an addressee. */
  private replaceTown(filled: readonly Slot[]): void {
    this.ledger.noteRegion('addresses');
    for (const line of linesOfSlots(filled))
      line.forEach((slot, i) => {
        this.write(slot, i === 0 ? PLACEHOLDERS.city : '');
      });
  }

  private replaceAddress(filled: readonly Slot[], cell: boolean): void {
    this.ledger.noteRegion('addresses');
    // A list of addresses to choose from: each option is a whole address, a prompt ("— Select —",
    // no value) none.
    const options = filled.filter((slot) => slot.node.parentElement?.localName === 'option');
    for (const slot of options)
      if (slot.node.parentElement!.getAttribute('value') !== '')
        this.write(slot, this.addressText(slot.value, { named: false }));
    const lines = linesOfSlots(filled.filter((slot) => !options.includes(slot)));
    // A whole address in a cell of that column is still opened by its addressee.
    const state = {
      named: cell && lines.length === 1 && !lines[0]!.some((slot) => slot.value.includes('\n')),
    };
    // A line split over spans ("<span>75011</span> <span>PARIS</span>", a name's given name and
    // surname in two spans) is read whole: its first part gets the line's placeholder.
    for (const line of lines) {
      const [first, ...rest] = line;
      const whole = line.map((slot) => slot.value).join(' ');
      if (rest.length === 0 || whole.includes('\n')) {
        this.write(first!, this.addressText(first!.value, state));
        for (const slot of rest) this.write(slot, this.addressText(slot.value, state));
        continue;
      }
      this.write(first!, this.addressText(collapse(whole), state));
      for (const slot of rest) this.write(slot, '');
    }
  }

  /** An address value's lines, or its parts on one line between " · ", each as its placeholder. */
  private addressText(value: string, state: { named: boolean }): string {
    return value
      .split('\n')
      .map((line) =>
        line
          .split(ADDRESS_PART)
          .map((part, i) => (i % 2 === 1 ? part : this.addressLine(part, state)))
          .join('')
          .trim(),
      )
      .join('\n');
  }

  private addressLine(line: string, state: { named: boolean }): string {
    const ledger = this.ledger;
    const text = collapse(line);
    if (text === '') return line;
    if (HAS_EMAIL.test(text)) {
      ledger.note('emails', text.toLowerCase());
      for (const email of text.match(EMAIL) ?? []) ledger.noteString(email, PLACEHOLDERS.email);
      return PLACEHOLDERS.email;
    }
    if (LOOKS_LIKE_PHONE.test(text) && digitCount(text) >= PHONE_DIGITS.min) {
      ledger.note('phones', text.replace(/\D/g, ''));
      return PLACEHOLDERS.phone;
    }
    if (isCountryName(text)) return line;
    // "Phone: 07700 900123", "Tel.: +34 …": the label stays.
    const inline = splitInlineField(text);
    if (inline && inline.value.trim() !== '') {
      ledger.noteRegion(KIND_COUNTER[inline.kind]);
      return `${inline.prefix} ${PLACEHOLDER_OF[inline.kind]}`;
    }
    // "Tél. 06 71 38 22 90", "Tel 0171 2345678": a phone's label without a colon, then the number.
    const labeled = PHONE_AFTER_LABEL.exec(text);
    if (
      labeled &&
      personalKindOfLabel(labeled[1]!) === 'phone' &&
      digitCount(labeled[2]!) >= PHONE_DIGITS.min
    ) {
      ledger.note('phones', labeled[2]!.replace(/\D/g, ''));
      return `${labeled[1]} ${PLACEHOLDERS.phone}`;
    }
    const street = STREETS.some((pattern) => new RegExp(pattern.source, 'iu').test(text));
    if (POSTCODE_LINE.test(text) || POSTCODE_ANYWHERE.test(text)) {
      // "1180 Uccle", "80-831 Gdańsk": a foreign postcode no shape finds in running text is
      // chased as written (the label's "1180 UCCLE", a title's "…, 1180 Uccle").
      if (!street && !POSTCODES_IN_TEXT.some((pattern) => pattern.test(text)))
        ledger.noteString(text, PLACEHOLDERS.city);
      return street ? `${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}` : PLACEHOLDERS.city;
    }
    // "Brandt Kaffeerösterei GmbH": a firm, replaced here but not chased, since the seller's own
    // shop carries the same name in the page's header.
    if (isFirm(text)) {
      ledger.note('names', text);
      return PLACEHOLDERS.name;
    }
    // The first line without a digit is the addressee.
    if (!state.named && !/\d/.test(text)) {
      state.named = true;
      ledger.note('names', text);
      ledger.noteName(text);
      return PLACEHOLDERS.name;
    }
    if (/\d/.test(text)) ledger.noteString(text, PLACEHOLDERS.street);
    return PLACEHOLDERS.street;
  }

  /** The slot's new text: its prefix, then the value's surrounding spaces kept around `value`. */
  private write(slot: Slot, value: string): void {
    const lead = /^\s*/.exec(slot.value)![0];
    const trail = /\s*$/.exec(slot.value)![0];
    const suffix = slot.suffix ?? '';
    this.texts.set(
      slot.node,
      value === '' ? slot.prefix + lead + suffix : slot.prefix + lead + value + trail + suffix,
    );
  }
}

/**
 * The lines of a name's region before an address goes on under it ("Marta Genova" / "presso …" /
 * "Casella Postale 77" / "16121 Genova"): chased as a name, the address's words ("Postale",
 * "Genova") would wipe every line that says them. The whole region is replaced all the same.
 */
function nameLines(filled: readonly { value: string }[]): string {
  const end = filled.findIndex((slot, i) => i > 0 && /\d|^\s*(?:c\/o|℅|presso)\s/iu.test(slot.value));
  return collapse((end < 0 ? filled : filled.slice(0, end)).map((slot) => slot.value).join(' '));
}
