import type { PersonalKind } from '../personal-labels';
import { personalKindOfField } from './field-kinds';
import { notePersonalObject, parseJson } from './json-values';
import type { RemovedLedger } from './ledger';
import { personalKindOfDataAttribute } from './personal-attributes';
import { KIND_COUNTER, PLACEHOLDER_OF, PLACEHOLDERS } from './placeholders';
import type { PlannedWrites } from './planned-writes';
import { holdsPersonsTaxNumber } from './tax-fields';

// Attributes whose own name says they hold personal data (./personal-attributes.ts), replaced
// before the page is written; the names and e-mails in them are then chased everywhere else.

const PLACE = /city|town|zip|postal|plz|ville|ciudad|citta|città|cap\b|stadt|ort\b|code postal|localit/i;

/** A street's placeholder, or a town's when the field's name says it holds the town or postcode. */
export function placeholderFor(kind: PersonalKind, identifier: string): string {
  if (kind !== 'address') return PLACEHOLDER_OF[kind];
  return PLACE.test(identifier) ? PLACEHOLDERS.city : PLACEHOLDERS.street;
}

export function planPersonalAttributes(element: Element, writes: PlannedWrites, ledger: RemovedLedger): void {
  const replace = (attribute: string, kind: PersonalKind, identifier: string) => {
    const value = element.getAttribute(attribute) ?? '';
    if (value.trim() === '' || writes.attributes.get(element)?.has(attribute)) return;
    writes.setAttribute(element, attribute, placeholderFor(kind, identifier));
    ledger.note(KIND_COUNTER[kind], value.trim().toLowerCase());
    // data-author="seller" is a role, not a name: chasing "seller" would eat "Seller Central".
    // data-destinatario='{"nome":…,"via":…,"citta":"Bologna"}': an object is no name
    // (./json-values.ts says how its lines are chased).
    if (kind === 'name' && parseJson(value) !== undefined) notePersonalObject(value, ledger);
    else if (kind === 'name' && /\p{Lu}/u.test(value)) ledger.noteName(value);
    else if (kind === 'email') ledger.noteString(value, PLACEHOLDERS.email);
  };
  for (const attribute of Array.from(element.attributes)) {
    const kind = personalKindOfDataAttribute(attribute.name);
    if (kind) replace(attribute.name, kind, attribute.name);
  }
  const fieldKind = personalKindOfField(element);
  if (fieldKind && element.hasAttribute('value'))
    replace('value', fieldKind, element.getAttribute('name') ?? element.id);
  else if (!fieldKind && holdsPersonsTaxNumber(element)) {
    const value = (element.getAttribute('value') ?? '').trim();
    if (value === '' || writes.attributes.get(element)?.has('value')) return;
    writes.setAttribute(element, 'value', PLACEHOLDERS.taxId);
    ledger.note('ids', value.replace(/\s/g, ''));
    ledger.noteString(value, PLACEHOLDERS.taxId);
  }
}
