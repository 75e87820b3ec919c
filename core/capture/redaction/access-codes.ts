// A code that opens a door or a parcel locker, written wherever a note or a message quotes it
// ("Abholcode 4471 funktionierte nicht", "digicode : 4521B", "gate code is #2580", "código de
// recogida 88213"): with it and the address anyone can take her parcel or enter her building.
// The words stay, they say what the note is about; the code goes.

const CODE_WORDS = [
  // de
  'Abholcode',
  'Abhol-PIN',
  'Türcode',
  'Haustürcode',
  'Torcode',
  'Zugangscode',
  // fr
  'digicode',
  'code de retrait',
  'code d\\W?accès',
  'code d\\W?entrée',
  'code (?:de la |du )?(?:porte|portail)',
  'code porte',
  // en
  'pick-?up code',
  'collection code',
  'gate code',
  'door code',
  'access code',
  'entry code',
  'keypad code',
  // es
  'código de (?:recogida|acceso|entrada|(?:la )?puerta|(?:del )?portal)',
  // it
  'codice (?:di ritiro|di accesso|d\\W?accesso|(?:del )?(?:portone|cancello|citofono))',
];

/** The code after its word: at least one digit, three to ten signs, after "is", "ist", ":", "n°". */
export const ACCESS_CODE = new RegExp(
  `(?<![\\p{L}])(?:${CODE_WORDS.join('|')})(?:\\s?[:：=]\\s?|\\s(?:is|ist|est|es|è|n[°º]|nr\\.?)\\s|\\s)(?=[A-Z0-9#*]*\\d)([A-Z0-9#*]{3,10})(?![\\p{L}\\p{N}])`,
  'giu',
);

export const ACCESS_CODE_PLACEHOLDER = '[code retiré]';

/** `text` with every access code replaced, its word kept. */
export function withoutAccessCodes(text: string, onCode: (code: string) => void): string {
  return text.replace(ACCESS_CODE, (whole: string, code: string) => {
    onCode(code);
    return `${whole.slice(0, whole.length - code.length)}${ACCESS_CODE_PLACEHOLDER}`;
  });
}
