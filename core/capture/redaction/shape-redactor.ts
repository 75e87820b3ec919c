import { withoutAccessCodes } from './access-codes';
import { AMAZON_ADDRESS_LINE } from './amazon-address-line';
import { isPageWordThere } from './common-words';
import type { RemovedLedger } from './ledger';
import { MAY_HOLD_OBFUSCATED_EMAIL, OBFUSCATED_EMAILS } from './obfuscated-emails';
import {
  ADDRESS_DETAIL,
  AMAZON_ORDER_ID,
  digitCount,
  EMAIL,
  escapeRegExp,
  GEO_POSITION,
  HONORIFIC_NAME,
  IBAN,
  MAY_HOLD_SHAPE,
  PHONE_DIGITS,
  PHONE_EXTENSION,
  PHONES,
  POSTCODE_CITY,
  SHIELD,
  STREETS,
  TRACKING_SHAPES,
  UK_POSTCODE,
  US_STATE_ZIP,
} from './patterns';
import { PLACEHOLDERS } from './placeholders';
import { CARRIER_SITE_LINE, PUBLIC_OFFICE_LINE } from './public-office-line';
import { MAY_NAME_RELATIVE, RELATIVE_NAME } from './relatives';
import {
  BRACKETED_NAME,
  HANDED_ROLE_NAME,
  isRolePerson,
  MAY_NAME_ROLE,
  MONEY_ROLE_SURNAME,
  ROLE_NAME,
} from './role-names';
import { isLanguageName, MAY_HOLD_SCRIPT_NAME, SCRIPT_NAMES } from './script-names';
import { AMAZON_ACCOUNT, isSpanishId, SPANISH_ID } from './tax-ids';

// Shapes anywhere in a text: e-mails, phones, postcodes with a city, streets. Order ids and
// tracking numbers are taken out first (kept, or faked) and shielded, so that no phone shape eats
// the digits of an id.

const CACHED_TEXTS = 50_000;
/** A street already replaced, with what said where in the building after it. */
const STREET_AND_DETAIL = new RegExp(
  `${escapeRegExp(PLACEHOLDERS.street)}(?:${ADDRESS_DETAIL.source})`,
  'giu',
);
/**
 * "Flat 3, 14 Lansdowne Crescent": the flat written before its street, which the street shapes
 * took alone.
 */
const DETAIL_AND_STREET = new RegExp(
  `(?<![\\p{L}])(?:Flat|Apartment|Apt\\.?|Unit|Suite|Appt\\.?|Appartement|Wohnung|Whg\\.)\\s[\\w-]{1,6},\\s${escapeRegExp(PLACEHOLDERS.street)}`,
  'giu',
);

/**
 * "c/o Physiotherapie am Dom", "C/O. Garage des Tilleuls", "℅ Librería El Faro", Italian "presso …"
 * opening a line or after "Consegna": whoever receives the buyer's post is part of the buyer's
 * address, up to the line's end or a comma ("In transito presso il Centro di Genova" is a
 * carrier's). Amazon's own "c/o Amazon Locker …" or "c/o MXP5" is a public site and stays.
 */
const CARE_OF =
  /(?:(?<![\p{L}])([cC]\/[oO]\.?:?|℅)|(?<=^|\n|:|[Cc]onsegna |[Rr]ecapito )[ \t]*([Pp]resso)(?=\s+\p{Lu}))\s*(?![Aa]mazon\b|AMAZON\b|\p{Lu}{3}\d\b)(\p{L}[^\n,;·|]*[^\s,;·|])/gu;

/**
 * Redacts one text; `titles: false` leaves "Herr …", "Mr. …" alone, for a product title
 * ("Mr. Proper Allzweckreiniger", "Spiel für die ganze Familie").
 */
export type ShapeRedactor = (text: string, titles?: boolean) => string;

/** A redactor of strings; `idOut` says what an id becomes, `trackingNumbers` adds shapeless ones. */
export function createShapeRedactor(
  ledger: RemovedLedger,
  idOut: (id: string) => string,
  trackingNumbers: readonly string[] = [],
  /** Lines kept whole, the seller's own firm's address (./seller-firm-line.ts). */
  keptLine?: RegExp,
): ShapeRedactor {
  const known = [...new Set(trackingNumbers)].filter((t) => t.length >= 6);
  known.sort((a, b) => b.length - a.length);
  const idPatterns: RegExp[] = [AMAZON_ORDER_ID, ...TRACKING_SHAPES];
  if (known.length > 0)
    idPatterns.unshift(new RegExp(`(?<![\\w-])(?:${known.map(escapeRegExp).join('|')})(?![\\w-])`, 'g'));
  // Pages repeat texts (table cells, labels): each distinct one is redacted once.
  const cache = new Map<string, string>();

  return (text, titles = true) => {
    if (
      !MAY_HOLD_SHAPE.test(text) &&
      !MAY_NAME_RELATIVE.test(text) &&
      !MAY_HOLD_SCRIPT_NAME.test(text) &&
      !MAY_HOLD_OBFUSCATED_EMAIL.test(text) &&
      !MAY_NAME_ROLE.test(text)
    )
      return text;
    const key = titles ? text : `\ufdd1${text}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const shielded: string[] = [];
    let out = shieldKept(text, idPatterns, idOut, shielded);
    if (keptLine) out = out.replace(keptLine, (line) => shield(shielded, line));
    out = withoutIdentifiers(out, ledger, shielded);
    out = withoutContacts(out, ledger);
    // A role names a person even in what reads as a product's title: a payment's description.
    out = withoutRoleNames(out, ledger);
    if (titles) out = withoutNames(out, ledger);
    out = withoutPlaces(out, ledger);
    if (shielded.length > 0)
      out = out.replace(SHIELD, (_, mark: string) => shielded[mark.charCodeAt(0) - 0xe000]!);
    if (cache.size < CACHED_TEXTS) cache.set(key, out);
    return out;
  };
}

/** Held out of every rule below, then put back as they were (or as `idOut` writes an id). */
function shield(shielded: string[], kept: string): string {
  shielded.push(kept);
  return `\ufdd0${String.fromCharCode(0xe000 + shielded.length - 1)}\ufdd0`;
}

/** Order ids and tracking numbers, Amazon's own address, a post office's street: kept whole. */
function shieldKept(
  text: string,
  idPatterns: readonly RegExp[],
  idOut: (id: string) => string,
  shielded: string[],
): string {
  let out = text;
  for (const pattern of idPatterns) out = out.replace(pattern, (id) => shield(shielded, idOut(id)));
  // Amazon's own address, kept whole: its street and postcode are a centre's.
  out = out.replace(AMAZON_ADDRESS_LINE, (address) => shield(shielded, address));
  // A post office's or a parcel shop's street, where a parcel waits, and a carrier's site: kept whole.
  out = out.replace(PUBLIC_OFFICE_LINE, (office) => shield(shielded, office));
  return out.replace(CARRIER_SITE_LINE, (site) => shield(shielded, site));
}

/** A buyer's Amazon account, a Spanish DNI/NIE, an IBAN. */
function withoutIdentifiers(text: string, ledger: RemovedLedger, shielded: string[]): string {
  return (
    text
      .replace(AMAZON_ACCOUNT, (account) => {
        if (account === PLACEHOLDERS.account) return account;
        ledger.note('ids', account);
        return PLACEHOLDERS.account;
      })
      .replace(SPANISH_ID, (id) => {
        if (!isSpanishId(id)) return id;
        ledger.note('ids', id.replace(/[- ]/g, ''));
        return PLACEHOLDERS.taxId;
      })
      // Before the phones, which would take its groups of digits.
      .replace(IBAN, (iban) => {
        if (digitCount(iban) < 12) return iban;
        if (iban !== PLACEHOLDERS.iban) ledger.note('ids', iban.replace(/\s/g, ''));
        return shield(shielded, PLACEHOLDERS.iban);
      })
  );
}

/** E-mails, written plainly or disguised, and phone numbers. */
function withoutContacts(text: string, ledger: RemovedLedger): string {
  let out = text;
  for (const pattern of OBFUSCATED_EMAILS)
    out = out.replace(pattern, (email) => {
      ledger.note('emails', email.toLowerCase());
      return PLACEHOLDERS.email;
    });
  out = out.replace(EMAIL, (email) => {
    if (email === PLACEHOLDERS.email) return email;
    ledger.note('emails', email.toLowerCase());
    return PLACEHOLDERS.email;
  });
  for (const pattern of PHONES)
    out = out.replace(pattern, (phone) => {
      const digits = digitCount(phone);
      if (phone === PLACEHOLDERS.phone || digits < PHONE_DIGITS.min || digits > PHONE_DIGITS.max)
        return phone;
      ledger.note('phones', phone.replace(/\D/g, ''));
      return PLACEHOLDERS.phone;
    });
  return out.replace(PHONE_EXTENSION, (_, word: string, digits: string) => {
    ledger.note('phones', digits.replace(/\D/g, ''));
    return `${word}${PLACEHOLDERS.phone}`;
  });
}

/** People named by a title, by their relation to the buyer, or in another script. */
function withoutNames(text: string, ledger: RemovedLedger): string {
  let out = text
    .replace(HONORIFIC_NAME, (person) => {
      ledger.note('names', person);
      ledger.noteName(person);
      return PLACEHOLDERS.name;
    })
    .replace(RELATIVE_NAME, (_, relation: string, person: string) => {
      ledger.note('names', person);
      return `${relation}${PLACEHOLDERS.name}`;
    });
  for (const pattern of SCRIPT_NAMES)
    out = out.replace(pattern, (person) => {
      if (isLanguageName(person)) return person;
      ledger.note('names', person);
      ledger.noteName(person);
      return PLACEHOLDERS.name;
    });
  return out;
}

/** People named by their part in a transaction: "filed by …", "recipient …", "(Name: …)". */
function withoutRoleNames(text: string, ledger: RemovedLedger): string {
  const replace = (whole: string, role: string, person: string) => {
    if (!isRolePerson(person)) return whole;
    ledger.note('names', person);
    ledger.noteName(person);
    return `${role}${PLACEHOLDERS.name}`;
  };
  const surname = (whole: string, role: string, person: string, index: number, all: string) =>
    isPageWordThere(person, all, index + role.length) ? whole : replace(whole, role, person);
  return text
    .replace(ROLE_NAME, replace)
    .replace(MONEY_ROLE_SURNAME, surname)
    .replace(HANDED_ROLE_NAME, surname)
    .replace(BRACKETED_NAME, replace);
}

/** Positions, postcodes with their towns, streets and their details, door and pickup codes. */
function withoutPlaces(text: string, ledger: RemovedLedger): string {
  let out = text
    .replace(GEO_POSITION, (position) => {
      ledger.note('addresses', position);
      return PLACEHOLDERS.position;
    })
    .replace(CARE_OF, (whole, careOf: string | undefined, presso: string | undefined, holder: string) => {
      const mark = careOf ?? presso;
      if (holder === PLACEHOLDERS.name) return whole;
      ledger.note('names', holder);
      return `${mark} ${PLACEHOLDERS.name}`;
    });
  for (const pattern of [POSTCODE_CITY, UK_POSTCODE, US_STATE_ZIP])
    out = out.replace(pattern, (place) => {
      if (place === PLACEHOLDERS.city) return place;
      ledger.note('addresses', place);
      return PLACEHOLDERS.city;
    });
  for (const pattern of STREETS)
    out = out.replace(pattern, (street) => {
      if (street === PLACEHOLDERS.street) return street;
      ledger.note('addresses', street.trim());
      return PLACEHOLDERS.street;
    });
  out = out.replace(STREET_AND_DETAIL, PLACEHOLDERS.street).replace(DETAIL_AND_STREET, PLACEHOLDERS.street);
  // After the streets, which take a digicode written on the street's line with it.
  return withoutAccessCodes(out, (code) => ledger.note('ids', code));
}
