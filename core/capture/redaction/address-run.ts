import { composedText } from '../../page/text';
import { isCountryName } from '../personal-labels';
import { ELEMENT_NODE } from '../walk';
import { hasPostcode } from './address-blocks';
import { isPageThing } from './common-words';

// An address under its label written one line per block: "Ship to", then `<div>Name</div>`,
// `<div>Street</div>`, `<div>Building B, 3rd floor</div>`, `<div>67000</div>`, `<div>STRASBOURG</div>`.
// The value is then the run of short blocks up to the postcode's line (or the country's), and
// the town or region lines right after it (`trimAddressRun`).

const MAX_LINES = 9;
const LINE_LENGTH = 80;

/** Whether `block` may be a further line of an address run: short, and not a link to click. */
export function continuesAddressRun(block: Node, linesSoFar: number): boolean {
  if (linesSoFar >= MAX_LINES) return false;
  const shown = composedText(block, LINE_LENGTH);
  if (shown === null || shown === '') return false;
  if (block.nodeType !== ELEMENT_NODE) return true;
  const element = block as Element;
  // "View on map", "Change address": a link alone on its line is an action, not a line.
  const links = Array.from(element.querySelectorAll('a'));
  const linked = links.map((a) => composedText(a, LINE_LENGTH) ?? '').join(' ');
  return !(element.localName === 'a' || (links.length > 0 && linked.trim() === shown));
}

/** Words of a town or region line after the postcode's ("STRASBOURG", "Zaragoza", "Bas-Rhin"). */
const TOWN_LINE = /^[\p{L}'’. -]{2,40}$/u;
const isTownLine = (line: string) => TOWN_LINE.test(line) && !isPageThing(line);
/** "Co. Mayo", "County Kerry": an Irish address's last line, where no postcode is written. */
const COUNTY_LINE = /^(?:Co\.|County)\s+\p{Lu}[\p{L}'’-]+$/u;

/** Whether the postcode's line names its town too ("69003 Lyon", "Bristol BS8 1TH"), or is the code alone ("W11 2NN"). */
const namesTown = (line: string) =>
  line.replace(/[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}/g, '').replace(/[^\p{L}]/gu, '').length >= 3;

/** Whether nothing but blanks follows `block` in its container. */
function endsContainer(block: Node): boolean {
  for (let next = block.nextSibling; next; next = next.nextSibling)
    if ((composedText(next, 0) ?? 'x') !== '') return false;
  return true;
}

/**
 * The address's own lines among the blocks after its label: up to the postcode's line (or the
 * country's, or an Irish county's), then the town when the postcode's line has none, never a
 * status, a carrier or a shipping speed ("W11 2NN", then "Standard", "Delivered" are no town). A
 * run with neither postcode nor country is whole when all its lines are places ending their
 * container ("Knockaun House", "Ballina"), else its first line alone.
 */
export function trimAddressRun(blocks: Node[]): Node[] {
  if (blocks.length <= 1) return blocks;
  const lines = blocks.map((block) => composedText(block, LINE_LENGTH) ?? '');
  let end = -1;
  lines.forEach((line, i) => {
    if (hasPostcode(line) || isCountryName(line) || COUNTY_LINE.test(line)) end = i;
  });
  if (end <= 0) {
    const places = lines.slice(1).every(isTownLine) && endsContainer(blocks[blocks.length - 1]!);
    return places ? blocks : blocks.slice(0, 1);
  }
  if (hasPostcode(lines[end]!) && !namesTown(lines[end]!))
    for (let extra = 0; extra < 2 && end + 1 < lines.length && isTownLine(lines[end + 1]!); extra++) end++;
  return blocks.slice(0, end + 1);
}
