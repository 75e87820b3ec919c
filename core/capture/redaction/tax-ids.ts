// Numbers that identify a person wherever they are written: a Spanish DNI or NIE (an autónoma's
// NIF is her DNI), written with its check letter, and a customer's Amazon account in a profile
// link (`/gp/profile/amzn1.account.AFQ3…`). The check letter is what tells a DNI from any other
// eight digits followed by a letter.

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** "47382915V", "47382915-V", "X1234567L", "Y-7654321-G". */
export const SPANISH_ID = /(?<![\p{L}\p{N}-])(?:[XYZ][- ]?)?\d{7,8}[- ]?[A-Z](?![\p{L}\p{N}-])/gu;

/** Whether a SPANISH_ID match is a real DNI or NIE (its check letter agrees with its digits). */
export function isSpanishId(match: string): boolean {
  const parts = /^([XYZ])?[- ]?(\d{7,8})[- ]?([A-Z])$/.exec(match);
  if (!parts) return false;
  const [, nie, digits, check] = parts;
  if (nie ? digits!.length !== 7 : digits!.length !== 8) return false;
  const number = Number(`${nie ? 'XYZ'.indexOf(nie) : ''}${digits}`);
  return DNI_LETTERS[number % 23] === check;
}

/** `amzn1.account.AFQ3ZK7LXW2YHT5R4E2N`: a buyer's account, as its profile link writes it. */
export const AMAZON_ACCOUNT = /amzn1\.(?:account|customer)\.[A-Z0-9]{8,}/gi;
