import { MONTH_NAMES } from '../../dates/month-names';
import { carrierNamedIn, isCarrierName } from '../../page/carrier-names';
import { collapse, normalizeLabel } from '../../page/text';
import { personalKindOfLabel } from '../personal-labels';
import { ELEMENT_NODE, TEXT_NODE } from '../walk';
import {
  AMAZON_ORDER_ID,
  LOOKS_LIKE_PHONE,
  POSTCODE_ANYWHERE,
  POSTCODE_CITY,
  POSTCODE_LINE,
  STREETS,
  UK_POSTCODE,
  US_STATE_ZIP,
} from './patterns';
import { isInline, splitInlineField } from './value-regions';

// An address no label announces: a block of short lines broken by <br>, one of them a postcode
// (with its town) and another a street or a phone, as in a list's hidden "Ship to" popover or a
// collapsed "Ver dirección de envío" block. Shapes alone would leave its other lines (a district,
// a province, a building name); as an address block each line is replaced.

const POSTCODES = [POSTCODE_CITY, UK_POSTCODE, US_STATE_ZIP].map(
  (p) => new RegExp(p.source, p.flags.replace('g', '')),
);
const STREET_LINES = STREETS.map((p) => new RegExp(p.source, p.flags.replace('g', '')));
export const hasPostcode = (line: string) =>
  POSTCODES.some((p) => p.test(line)) || POSTCODE_LINE.test(line) || POSTCODE_ANYWHERE.test(line);

const MONTH_WORDS = new Set(
  Object.values(MONTH_NAMES).flatMap((months) => months.flat().map((month) => normalizeLabel(month))),
);
/** "3. Dez. 2026", "Nov 22, 2024", "22/11/2024": an address has no date in it. */
function holdsDate(line: string): boolean {
  if (/(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/.test(line)) return true;
  const words = normalizeLabel(line).split(/[^\p{L}\d]+/u);
  return words.some(
    (word, i) =>
      MONTH_WORDS.has(word) && (/^\d{1,2}$/.test(words[i - 1] ?? '') || /^\d{1,4}$/.test(words[i + 1] ?? '')),
  );
}

/** A block holding a line of text: only text and inline elements in it. */
const LINE_BLOCKS = new Set(['div', 'p', 'li', 'dd', 'span']);
const isLineBlock = (element: Element): boolean =>
  LINE_BLOCKS.has(element.localName) &&
  Array.from(element.childNodes).every(
    (node) => node.nodeType === TEXT_NODE || (isInline(node) && (node as Element).localName !== 'br'),
  );

/**
 * A table of one cell per row, a line in each (`<tr><td>Rose Lefebvre</td></tr><tr><td>41 rue
 * Paul Bert</td></tr>`): an address laid out as a table; a table of labels and values is none.
 */
function linesOfTable(table: Element): string[] | null {
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length === 0 || rows.some((row) => row.closest('table') !== table)) return null;
  const lines: string[] = [];
  for (const row of rows) {
    const cells = Array.from(row.children).filter((cell) => /^t[dh]$/.test(cell.localName));
    if (cells.length !== 1 || cells[0]!.localName !== 'td' || cells[0]!.querySelector('table')) return null;
    lines.push(collapse(cells[0]!.textContent ?? ''));
  }
  return lines.filter((line) => line !== '');
}

/**
 * The lines an element shows when it holds only text, inline elements and <br>, one block per
 * line (a label's preview: `<div>Name</div><div>Street</div><div>69100</div>`), or one table
 * cell per line.
 */
export function linesOf(element: Element): string[] | null {
  if (element.localName === 'table') return linesOfTable(element);
  let current = '';
  const lines: string[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'br') {
      lines.push(current);
      current = '';
    } else if (child.nodeType === TEXT_NODE || (isInline(child) && child.nodeType === ELEMENT_NODE))
      current += child.textContent ?? '';
    else if (child.nodeType === ELEMENT_NODE && isLineBlock(child as Element)) {
      lines.push(current, child.textContent ?? '');
      current = '';
    } else if (child.nodeType === ELEMENT_NODE) return null;
  }
  lines.push(current);
  return lines.map(collapse).filter((line) => line !== '');
}

export function looksLikeAddressBlock(element: Element): boolean {
  const lines = linesOf(element);
  if (!lines || lines.length < 3 || lines.length > 10 || lines.some((line) => line.length > 80)) return false;
  // "Ship To:" on the first line: a labeled address, which the label's rule replaces.
  if (personalKindOfLabel(lines[0]!) || /[:：]$/.test(lines[0]!)) return false;
  // "Order ID: …", "Order Date: …": a block of order facts, which an address never holds.
  if (lines.some((line) => new RegExp(AMAZON_ORDER_ID.source).test(line))) return false;
  if (lines.some((line) => /^[^:：]{1,30}[:：]/.test(line) && !splitInlineField(line))) return false;
  // "DPD Classic", "Zugestellt am 3. Dez. 2026": a tracking card, whose scan town is no address.
  if (
    lines.some(
      (line) => isCarrierName(line) || carrierNamedIn(line) === line.split(' ')[0] || holdsDate(line),
    )
  )
    return false;
  const postcode = lines.findIndex(hasPostcode);
  if (postcode < 0) return false;
  return lines.some(
    (line, i) =>
      i !== postcode &&
      (STREET_LINES.some((p) => p.test(line)) || LOOKS_LIKE_PHONE.test(line.replace(/^[^:]{1,20}:\s*/, ''))),
  );
}
