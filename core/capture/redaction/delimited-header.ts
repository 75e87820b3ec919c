import { normalizeLabel } from '../../page/text';
import { type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { personalKindOfIdentifier } from './personal-attributes';

// The header line of a file shown as text, and what each of its columns holds. Exports write
// their column names many ways ("N° commande", "Recipient (full name)", "order-id, recipient-name"),
// sometimes under a title line ("Export 2024-12-01"): a header missed is every name left whole.

const DELIMITERS = ['\t', ';', '|', ','];
const COLUMN_NAME = /^[\p{L}#][\p{L}\d _./'’°#()-]{0,40}$/u;
/** How far down a header may be: a title and a blank line above it, no more. */
const HEADER_LINES = 3;

export interface DelimitedHeader {
  /** The header's line in the text, counted from 0. */
  line: number;
  delimiter: string;
  names: string[];
  kinds: (PersonalKind | undefined)[];
}

function kindOfColumn(name: string): PersonalKind | undefined {
  const trimmed = name.trim();
  return personalKindOfIdentifier(trimmed) ?? personalKindOfLabel(trimmed);
}

/** One word, as a column names its content without saying whose it is: "message", "Name", "Nom". */
const isBareWord = (name: string) => /^[\p{L}]+$/u.test(name.trim());
const NAMES_PRODUCTS = /(?:^|[^\p{L}])(?:sku|asin|fnsku|ean|upc|isbn|gtin)(?:$|[^\p{L}])/iu;
const NAMES_CENTRES =
  /(?:^|[^\p{L}])(?:centres?|centers?|entrep[oô]ts?|warehouses?|lager|almac[eé]n|magazzino|fulfil{1,2}ment|fc)(?:$|[^\p{L}])/iu;
const TOWNS = new Set(
  ['Ville', 'City', 'Town', 'Stadt', 'Ort', 'Ciudad', 'Localidad', 'Città', 'Località'].map(normalizeLabel),
);

/**
 * Whose a column is, from the file's other columns: a bare "message" is a log's or an upload's
 * result unless the file is about a person (a name, address, phone or e-mail column beside it); a
 * bare "Name" beside a SKU or an ASIN is a product's, unless an address, a phone or an e-mail says
 * the file is about people; a town beside a fulfilment centre, with no person in the file, is the
 * centre's.
 */
function inContext(names: string[], kinds: (PersonalKind | undefined)[]): (PersonalKind | undefined)[] {
  const aboutPerson = kinds.some((kind) => kind !== undefined && kind !== 'message');
  const aboutPeopleForSure = kinds.some(
    (kind, index) =>
      kind !== undefined && kind !== 'message' && !(kind === 'name' && isBareWord(names[index]!)),
  );
  const aboutProducts = names.some((name) => NAMES_PRODUCTS.test(name));
  const aboutCentres =
    names.some((name) => NAMES_CENTRES.test(name)) &&
    kinds.every((kind) => kind === undefined || kind === 'address');
  return kinds.map((kind, index) => {
    const name = names[index]!;
    if (!kind || !isBareWord(name)) return kind;
    if (kind === 'message' && !aboutPerson) return undefined;
    if (kind === 'name' && aboutProducts && !aboutPeopleForSure) return undefined;
    if (kind === 'address' && aboutCentres && TOWNS.has(normalizeLabel(name))) return undefined;
    return kind;
  });
}

function headerOfLine(line: string): Omit<DelimitedHeader, 'line'> | null {
  for (const delimiter of DELIMITERS) {
    const names = line.split(delimiter);
    if (names.length < 3 || !names.every((name) => COLUMN_NAME.test(name.trim()))) continue;
    // "Bonjour, merci, Jean" is prose: after ", " each column is one word ("order-id, ship-city").
    if (delimiter === ',' && line.includes(', ') && !names.every((name) => !/\s/.test(name.trim()))) continue;
    const kinds = inContext(names, names.map(kindOfColumn));
    return kinds.some((kind) => kind !== undefined) ? { delimiter, kinds, names } : null;
  }
  return null;
}

/** The header among the text's first non-blank lines, if one of them is a header with records under it. */
export function delimitedHeaderOf(lines: string[]): DelimitedHeader | null {
  let tried = 0;
  for (let index = 0; index < lines.length && tried < HEADER_LINES; index++) {
    const line = lines[index]!.replace(/\r$/, '').trim();
    if (line === '') continue;
    tried++;
    if (!lines.slice(index + 1).some((below) => below.trim() !== '')) return null;
    const header = headerOfLine(line);
    if (header) return { ...header, line: index };
  }
  return null;
}
