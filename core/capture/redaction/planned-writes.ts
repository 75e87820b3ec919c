import { collapse } from '../../page/text';
import { isCountryName, type PersonalKind } from '../personal-labels';
import type { RemovedLedger } from './ledger';
import {
  digitCount,
  EMAIL,
  HAS_EMAIL,
  LOOKS_LIKE_PHONE,
  PHONE_DIGITS,
  POSTCODE_ANYWHERE,
  POSTCODE_LINE,
  STREETS,
} from './patterns';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import { type Slot, splitInlineField } from './value-regions';

// The replacements decided for labeled values, before anything is written: a text node's new
// text, an element's new attribute values. An address block is rewritten line by line (a name, a
// street, a city, a phone, an e-mail each keep their line, as placeholders); any other kind
// becomes its one placeholder.

const HOLDER_ATTRIBUTES = ['text', 'label', 'value', 'title', 'aria-label', 'placeholder'];

export class PlannedWrites {
  readonly texts = new Map<Text, string>();
  readonly attributes = new Map<Element, Map<string, string>>();

  constructor(private readonly ledger: RemovedLedger) {}

  setAttribute(element: Element, name: string, value: string): void {
    let names = this.attributes.get(element);
    if (!names) {
      names = new Map();
      this.attributes.set(element, names);
    }
    names.set(name, value);
  }

  /** Replaces a labeled value of `kind`: its text slots and the attributes of its holders. */
  replaceSlots(kind: PersonalKind, slots: readonly Slot[], attributeHolders: readonly Element[]): void {
    const filled = slots.filter((slot) => slot.value.trim() !== '' && !this.texts.has(slot.node));
    if (filled.length === 0 && attributeHolders.length === 0) return;
    if (kind === 'address') this.replaceAddress(filled);
    else {
      this.ledger.noteRegion(KIND_COUNTER[kind]);
      filled.forEach((slot, i) => {
        this.write(slot, i === 0 ? PLACEHOLDER_OF[kind] : '');
      });
      if (kind === 'name' || kind === 'email') {
        const whole = collapse(filled.map((slot) => slot.value).join(' '));
        if (kind === 'name') this.ledger.noteName(whole);
        for (const email of whole.match(EMAIL) ?? []) this.ledger.noteString(email, PLACEHOLDERS.email);
      }
    }
    for (const holder of attributeHolders)
      for (const name of HOLDER_ATTRIBUTES)
        if (holder.hasAttribute(name)) {
          if (name === 'value' && kind === 'name') this.ledger.noteName(holder.getAttribute(name) ?? '');
          this.setAttribute(holder, name, PLACEHOLDER_OF[kind]);
        }
  }

  private replaceAddress(filled: readonly Slot[]): void {
    const ledger = this.ledger;
    ledger.noteRegion('addresses');
    let named = false;
    for (const slot of filled) {
      const outLines = slot.value.split('\n').map((line) => {
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
        const street = STREETS.some((pattern) => new RegExp(pattern.source, 'iu').test(text));
        if (POSTCODE_LINE.test(text) || POSTCODE_ANYWHERE.test(text))
          return street ? `${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}` : PLACEHOLDERS.city;
        // The first line without a digit is the addressee.
        if (!named && !/\d/.test(text)) {
          named = true;
          ledger.note('names', text);
          ledger.noteName(text);
          return PLACEHOLDERS.name;
        }
        if (/\d/.test(text)) ledger.noteString(text, PLACEHOLDERS.street);
        return PLACEHOLDERS.street;
      });
      this.write(slot, outLines.map((l) => l.trim()).join('\n'));
    }
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
