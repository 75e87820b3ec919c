import { placeholderFor } from './attribute-values';
import { type DelimitedHeader, delimitedHeaderOf } from './delimited-header';
import type { LabeledPass } from './labeled-pass';
import { KIND_COUNTER, PLACEHOLDERS } from './placeholders';

// A file shown as text (a bulk upload's preview in a <pre>, a report pasted in a box): a header
// line of column names ("AddressName\tAddressFieldOne\tAddressPostalCode", "Nome;CAP;Città"),
// then one record per line. Nothing in a value says what it is; its column does, so each value
// under a personal column is replaced, whatever its shape.

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

/**
 * The file a text node is part of: its own text, or the whole `<pre>` when the `<pre>` draws its
 * lines in elements of their own (a `<span>` a line); with the lines of the file that are not
 * records (the header and any title above it).
 */
function fileOf(text: Text): { header: DelimitedHeader; notRecords: Set<string> } | null {
  const pre = text.parentElement?.closest('pre');
  const alone = !pre || (pre.firstChild === text && pre.lastChild === text);
  const whole = alone ? text.data : (pre.textContent ?? '');
  if (!whole.includes('\n')) return null;
  const lines = whole.split('\n');
  const header = delimitedHeaderOf(lines);
  if (!header) return null;
  const notRecords = new Set(lines.slice(0, header.line + 1).map((line) => line.trim()));
  return { header, notRecords };
}

/** Plans the text's records with their personal values replaced; false when it is no such file. */
export function planDelimitedText(pass: LabeledPass, text: Text): boolean {
  const file = fileOf(text);
  if (!file) return false;
  const { delimiter, kinds, names } = file.header;
  const records = text.data.split('\n').map((line) => {
    if (file.notRecords.has(line.trim())) return line;
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
          // The space after a ", " delimiter stays with its column.
          return (/^\s*/.exec(value)?.[0] ?? '') + placeholderFor(kind, names[column]!);
        })
        .join(delimiter) + cr
    );
  });
  pass.writes.texts.set(text, records.join('\n'));
  pass.claimed.add(text);
  return true;
}
