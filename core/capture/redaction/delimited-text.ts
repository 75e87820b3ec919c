import { type PersonalKind, personalKindOfLabel } from '../personal-labels';
import { placeholderFor } from './attribute-values';
import type { LabeledPass } from './labeled-pass';
import { personalKindOfIdentifier } from './personal-attributes';
import { KIND_COUNTER, PLACEHOLDERS } from './placeholders';

// A file shown as text (a bulk upload's preview in a <pre>, a report pasted in a box): a header
// line of column names ("AddressName\tAddressFieldOne\tAddressPostalCode", "Nome;CAP;Città"),
// then one record per line. Nothing in a value says what it is; its column does, so each value
// under a personal column is replaced, whatever its shape.

const DELIMITERS = ['\t', ';', '|', ','];
const COLUMN_NAME = /^[\p{L}][\p{L}\d _./'’-]{0,40}$/u;

function kindOfColumn(name: string): PersonalKind | undefined {
  const trimmed = name.trim();
  return personalKindOfIdentifier(trimmed) ?? personalKindOfLabel(trimmed);
}

/** A line's values; a value in double quotes may hold the delimiter ("Doe, Jonathan"). */
function splitRecord(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    if (char === delimiter && !quoted) {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values;
}

/** The header's delimiter and the kind of each column, if the text's first line is a header. */
function headerOf(
  line: string,
): { delimiter: string; kinds: (PersonalKind | undefined)[]; names: string[] } | null {
  for (const delimiter of DELIMITERS) {
    // "Bonjour, merci, Jean" is prose: a comma-separated header has no space after its commas.
    if (delimiter === ',' && line.includes(', ')) continue;
    const names = line.split(delimiter);
    if (names.length < 3 || !names.every((name) => COLUMN_NAME.test(name.trim()))) continue;
    const kinds = names.map(kindOfColumn);
    return kinds.some((kind) => kind !== undefined) ? { delimiter, kinds, names } : null;
  }
  return null;
}

/** Plans the text's records with their personal values replaced; false when it is no such file. */
export function planDelimitedText(pass: LabeledPass, text: Text): boolean {
  const data = text.data;
  if (!data.includes('\n')) return false;
  const lines = data.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const header =
    first < 0 || lines.filter((line) => line.trim() !== '').length < 2
      ? null
      : headerOf(lines[first]!.replace(/\r$/, '').trim());
  if (!header) return false;
  const { delimiter, kinds, names } = header;
  const records = lines.map((line, index) => {
    if (index <= first) return line;
    const cr = line.endsWith('\r') ? '\r' : '';
    const values = splitRecord(cr ? line.slice(0, -1) : line, delimiter);
    return (
      values
        .map((value, column) => {
          const kind = kinds[column];
          const shown = value.trim().replace(/^"(.*)"$/s, '$1');
          if (!kind || shown === '') return value;
          pass.ledger.note(KIND_COUNTER[kind], shown);
          if (kind === 'name') pass.ledger.noteName(shown);
          else if (kind === 'email') pass.ledger.noteString(shown, PLACEHOLDERS.email);
          return placeholderFor(kind, names[column]!);
        })
        .join(delimiter) + cr
    );
  });
  pass.writes.texts.set(text, records.join('\n'));
  pass.claimed.add(text);
  return true;
}
