import type { PersonalKind } from '../personal-labels';
import { ACCESS_CODE_PLACEHOLDER } from './access-codes';

// What the redaction writes instead of personal data, and how it counts what it removed.

export const REMOVED_KINDS = ['names', 'addresses', 'phones', 'emails', 'messages', 'ids'] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];
export type RemovedCounts = Record<RemovedKind, number>;

export const PLACEHOLDERS = {
  name: 'Nom Prénom',
  street: '1 rue Exemple',
  city: '75000 Ville',
  phone: '+33 0 00 00 00 00',
  email: 'client@example.invalid',
  message: '[message retiré]',
  /** A bank account number: counted with the numbers replaced. */
  iban: 'FR00 0000 0000 0000 0000 0000 000',
  /** A person's tax number (a sole trader's VAT id, a NIF): counted with the numbers replaced. */
  taxId: '[n° fiscal retiré]',
  /** Where a photo was taken, coordinates and the place they name: counted with the addresses. */
  position: '[position retirée]',
  /** A customer's Amazon account (a profile link's `amzn1.account.…`): counted with the numbers. */
  account: 'amzn1.account.EXEMPLE',
} as const;

const ADDRESS_PLACEHOLDER = `${PLACEHOLDERS.name}, ${PLACEHOLDERS.street}, ${PLACEHOLDERS.city}`;
export const PLACEHOLDER_OF: Record<PersonalKind, string> = {
  name: PLACEHOLDERS.name,
  address: ADDRESS_PLACEHOLDER,
  phone: PLACEHOLDERS.phone,
  email: PLACEHOLDERS.email,
  message: PLACEHOLDERS.message,
  code: ACCESS_CODE_PLACEHOLDER,
};
export const KIND_COUNTER: Record<PersonalKind, RemovedKind> = {
  name: 'names',
  address: 'addresses',
  phone: 'phones',
  email: 'emails',
  message: 'messages',
  code: 'ids',
};
