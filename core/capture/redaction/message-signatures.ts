import { isPageThing, isSellerCentralVoice } from './common-words';
import { digitCount, PHONE_DIGITS, PHONES } from './patterns';

// A customer's message, replaced whole, often names someone beside a phone number: signed
// "Hélène Garnier, 07 81 22 46 09", or asking to call "Thomas Vidal au 04 78 92 13 57". The page
// names the same person elsewhere (a chart's label, a hidden "Retour demandé par …"), where no
// label or shape finds them: the name is chased from the message, read before anything is written.

/** Two or three capitalized words, then what joins a name to its number, then the number. */
const NAME_BEFORE_NUMBER =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})(?:\s*[,:–—-]\s*|\s+(?:au|at|on|am|unter|al|allo|en|tel\.?|tél\.?|Tel\.?|Tél\.?)\s+)(?=[+(\d])/gu;

/** Whether `text` opens with a phone number. */
function opensWithPhone(text: string): boolean {
  for (const pattern of PHONES) {
    const sticky = new RegExp(pattern.source, 'y');
    const found = sticky.exec(text);
    if (found) {
      const digits = digitCount(found[0]);
      if (digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max) return true;
    }
  }
  return false;
}

/** The people a message names beside a phone number. */
export function namesBesidePhones(message: string): string[] {
  const names: string[] = [];
  for (const found of message.matchAll(NAME_BEFORE_NUMBER)) {
    const name = found[1]!;
    if (isSellerCentralVoice(name) || isPageThing(name)) continue;
    if (opensWithPhone(message.slice(found.index + found[0].length))) names.push(name);
  }
  return names;
}

/**
 * An e-mail's signature kept in a text no label announces (a message's `<pre>` tail, quoted
 * history): a name alone on its line, then a line opening with a phone number ("Marco Rinaldi" /
 * "Tel. 0039 347 …"). Whoever signs so with a phone is a person, the page's correspondent.
 */
const SIGNATURE_NAME =
  /(?:^|\n)[ \t>]*(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2})[ \t]*\r?\n[ \t>]*(?:(?:[Tt]el|[Tt]él|[Pp]hone|[Tt]elefon|[Tt]eléfono|[Tt]elefono|[Mm]obile?|[Hh]andy|[Mm]óvil|[Cc]ellulare|[Cc]ell)\.?[ \t]*[:：]?[ \t]*)?(?=[+(\d])/gu;

/** The names signing `text` above a phone line. */
export function signatureNames(text: string): string[] {
  const names: string[] = [];
  for (const found of text.matchAll(SIGNATURE_NAME)) {
    const name = found[1]!;
    if (isSellerCentralVoice(name) || isPageThing(name)) continue;
    if (opensWithPhone(text.slice(found.index + found[0].length))) names.push(name);
  }
  return names;
}
